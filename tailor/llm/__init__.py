"""Model backends behind one interface (`LanguageModel`); `load_model(spec)` picks one.

Importing this package stays cheap: the local backend (torch, transformers) is imported only
when a local model is actually loaded.
"""
from tailor.errors import ModelError
from tailor.llm.base import LanguageModel, Message
from tailor.llm.load import VALID_SPECS, load_model

__all__ = ["LanguageModel", "Message", "ModelError", "VALID_SPECS", "load_model"]

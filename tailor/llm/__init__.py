"""Model backends behind one interface (`LanguageModel`); a `ModelSpec` names and loads one.

Importing this package stays cheap: the local backend (torch, transformers) is imported only
when a local model is actually loaded.
"""

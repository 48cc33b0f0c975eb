"""Data contracts (pydantic v2) and the JSON Schema files exported from them."""
from tailor.schemas.application import *  # noqa: F401,F403
from tailor.schemas.models import *  # noqa: F401,F403

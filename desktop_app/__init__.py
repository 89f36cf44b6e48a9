"""NewsBrief: extractive summaries, key facts and one-page PDF briefs from news articles, offline."""

from __future__ import annotations

APP_NAME = "NewsBrief"
APP_ID = "newsbrief"
__version__ = "0.1.0"

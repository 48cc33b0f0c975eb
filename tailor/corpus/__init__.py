"""Loading experience corpora (native experiences.json or JSON Resume) and exporting JSON Resume."""
from tailor.corpus.evidence import LoadedCorpus
from tailor.corpus.jsonresume import corpus_from_json_resume, to_json_resume, validate_json_resume
from tailor.corpus.loader import load_corpus, load_corpus_with_warnings

__all__ = ["LoadedCorpus", "corpus_from_json_resume", "load_corpus", "load_corpus_with_warnings",
           "to_json_resume", "validate_json_resume"]

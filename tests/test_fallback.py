"""The learned-fallback experiment (coding/fallback.py, tools/train_fallback.py): its features and its weights file.

The fallback is not wired into the Coder (the experiment's measure was no-go, docs/engine_policies.md); these tests
keep the feature extractor and the stored-weights model honest for whoever retrains it.
"""

import pytest

from coding.fallback import (
    NONE,
    FallbackModel,
    from_arrays,
    lowest_common_head,
    pair_features,
)


def _tiny() -> FallbackModel:
    classes = (NONE, "11", "19")
    coef = [[0.5, 0.0, -1.0], [-0.2, 2.0, 0.0], [0.0, -0.5, 1.5]]
    return from_arrays(classes, coef, [1.0, -0.5, -0.25], ["bias", "lca=accuse", "lca=strike"], 0.4, {"note": "test"})


def test_model_probabilities_are_a_softmax_of_the_sparse_dot_product():
    m = _tiny()
    p = m.probabilities(["bias", "lca=accuse", "unknown=feature"])
    assert abs(sum(p) - 1) < 1e-9
    # z = bias + weights of the known features: NONE 1.5, 11 1.3, 19 -0.75
    import math

    z = [1.5, 1.3, -0.75]
    e = [math.exp(v) for v in z]
    assert p == pytest.approx([v / sum(e) for v in e])
    assert m.predict(["bias", "lca=accuse"])[0] == "11"  # NONE is never the prediction
    assert m.predict(["bias", "lca=strike"])[0] == "19"


def test_model_file_round_trips_and_rejects_other_files():
    m = _tiny()
    back = FallbackModel.from_json(m.to_json())
    assert back.classes == m.classes and back.threshold == 0.4 and back.meta == {"note": "test"}
    for feats in (["bias"], ["bias", "lca=accuse"], ["lca=strike", "x"]):
        assert back.probabilities(feats) == pytest.approx(m.probabilities(feats))
    assert "lca=accuse" in back.weights and 1 in back.weights["lca=accuse"]
    assert 0 not in back.weights["lca=accuse"]  # zero weights are not stored
    with pytest.raises(ValueError):
        FallbackModel.from_json('{"format": "something-else"}')


def _tok(doc, word):
    return next(t.i for t in doc if t.text == word)


@pytest.mark.model
def test_pair_features_on_hand_written_sentences(cameo_coder):
    from coding.fallback import verb_lexicon

    nlp, lex = cameo_coder.nlp, verb_lexicon(cameo_coder.codebook)
    assert "11" in lex["accuse"] and "make" not in lex  # a word of many roots says nothing

    doc = nlp("Russia accused Ukraine of shelling the nuclear plant.")
    f = pair_features(doc, _tok(doc, "Russia"), _tok(doc, "Ukraine"), lexicon=lex)
    assert {"lca=accuse", "top=nsubj|dobj", "lca_top=accuse|nsubj|dobj", "order=st", "lex_lca=11"} <= set(f)

    # the target after a preposition, the other order, another verb and other countries
    doc = nlp("Troops from Chad clashed with Sudanese forces near the border.")
    lca, path_a, _ = lowest_common_head(doc[_tok(doc, "Chad")], doc[_tok(doc, "forces")])
    assert lca.lemma_ == "clash" and [t.text for t in path_a] == ["Chad", "from", "Troops"]
    f = pair_features(doc, _tok(doc, "forces"), _tok(doc, "Chad"), src_role="MIL", tgt_role=None)
    assert {"lca=clash", "prep=with", "prep=from", "lca_prep=clash|with", "order=ts", "srole=MIL", "trole=-"} <= set(f)

    # negation, a modal and a condition on the path's verbs
    doc = nlp("Germany did not condemn France.")
    assert "neg" in pair_features(doc, _tok(doc, "Germany"), _tok(doc, "France"))
    doc = nlp("Japan could sanction Korea over the dispute.")
    assert "modal=could" in pair_features(doc, _tok(doc, "Japan"), _tok(doc, "Korea"))
    doc = nlp("The minister said that if Peru expels Chile's envoy, trade will suffer.")
    f = pair_features(doc, _tok(doc, "Peru"), _tok(doc, "Chile"))
    assert "cond" in f and "lca=expel" in f

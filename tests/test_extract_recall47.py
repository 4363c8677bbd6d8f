"""Classes of the recall study over all tuning sets (``benchmarks/recall_stages.py``): a
blow whose doer is a state's craft or guns named by a government or armed-force word and no
country ('Government aircraft bombed the town', 'Army warplanes struck …') is the blow of the
state the story is about. Sentences written for the test."""

from __future__ import annotations

from event_helpers import events_of_type, extract_events, one_act

PUB = "1988-11-03T12:00:00Z"


def test_government_craft_are_the_story_states(extractor):
    text = "MOGADISHU, Jan 3 - Government artillery shelled residential districts of the capital."
    one_act(extractor, text, "shelling", PUB, {"SOM"})
    text = "KHARTOUM, April 20 - Army warplanes struck rebel positions in the south of the city."
    one_act(extractor, text, "airstrike", PUB, {"SDN"})
    text = (
        "Sudan's army is fighting rebels in the south. Government aircraft bombed rebel "
        "concentrations around Kurmuk on Sunday, the rebels said."
    )
    one_act(extractor, text, "airstrike", PUB, {"SDN"})


def test_craft_of_a_named_state_keep_their_state(extractor):
    text = "MOGADISHU, Jan 3 - Ethiopian aircraft bombed the border town of Galkayo."
    bombed = events_of_type(extract_events(extractor, text, PUB), "airstrike")
    assert [{a["country"] for a in e["actors"]} for e in bombed] == [{"ETH"}]

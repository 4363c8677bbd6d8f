"""Event triggers, arguments and modality over a spaCy dependency parse.

For each sentence: find trigger words with the lexicon (verbs, nouns, light-verb + noun
pairs), let complement-taking events absorb the events they talk about ("threatened to
attack" is one threat), attach actors and targets from the dependency structure, and read
modality — negation, future and intent, hypotheticals, ongoing states and reported speech —
which can change the event's status, its CAMEO code (intent → 03x / 13x) or its type
(refused cooperation → rejection, intended attack → threat). Reported speech keeps the
reported event ("X said Y attacked Z" is Y's attack on Z; X is the source only as "it").

The output is a list of :class:`Draft` per sentence: plain data plus head tokens for the
pipeline to resolve into actors, places, quantities and dates. Tree helpers live in
``syntax.py``, the reading of negation, tense and intent in ``modality.py``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from spacy.strings import get_string_id
from spacy.tokens import Span, Token

from stream.extract.actors import (
    SHIP_NOUNS,
    Gazetteer,
    names_a_body,
    navy_prefixed,
    state_body_names,
)
from stream.extract.docrows import LOWER_COL, ORTH_COL, sentence_has, word_rows
from stream.extract.justice import JUDGED_CAMEOS
from stream.extract.lexicon import PREPOSITION_WORDS, Entry, Lexicon, inflections
from stream.extract.modality import (
    Modality,
    hedged_present,
    inverted_condition,
    puts_off,
    read_modality,
    reported_clause,
    sets_a_deadline,
)
from stream.extract.ontology import Ontology
from stream.extract.places import CRAFT_WORDS
from stream.extract.syntax import (
    ACTOR_PREPS,
    ANY_SUBJECT_DEPS,
    BACKGROUND_DEPS,
    CALLED_IN_VERBS,
    CURRENCY_NOUNS,
    DOCUMENT_NOUNS,
    EFFORT_NOUNS,
    MEANS_OF_TALKING,
    MUNITIONS,
    NAMING_VERBS,
    OBJECT_DEPS,
    PARTY_ENTS,
    PASSIVE_SUBJECT_DEPS,
    PERSON_TITLES,
    PRESENT_BE,
    RELATIVE_PRONOUNS,
    SUBJECT_DEPS,
    TARGET_PREPS,
    TEMPORAL_PREPS,
    TRIAL_FORMS,
    after_distance,
    any_lemma,
    children,
    complement_clauses,
    content_head,
    described_noun,
    fired_from,
    has_own_doer,
    hyphened_partners,
    is_countryish,
    is_party_word,
    is_passive,
    is_personish,
    is_plan_noun,
    is_pronoun,
    is_reduced_relative,
    is_speaking_body,
    is_to_infinitive,
    lemmas,
    national_modifiers,
    objects,
    opening_adjective,
    planted_by,
    pobjs,
    pos_of,
    prep_children,
    prep_objects,
    rated_for_ease,
    subjects,
    with_conjuncts,
)

# words come 'from' their speaker as aid comes from its giver ('drew condemnation from France')
VOICED_TYPES = frozenset(
    {"accusation", "support", "appeal", "demand", "rejection", "threat", "pledge", "statement"}
)
CLAIM_CAMEO = "015"  # claiming responsibility
RELEASE_CAMEO = "0841"  # releasing persons
RELEASE_VERBS = frozenset({"free", "release"})  # verbs that set captives free
MOOD_CAMEOS = frozenset({"012", "013"})  # pessimistic or optimistic comment
MOOD_PREPS = ("about", "over", "on", "regarding", "for")  # 'upbeat about the chances of …'
FORCE_MOVES = ("deployment", "withdrawal", "military_exercise")  # the force moved is the doer
CONCRETE_CLASSES = ("site", "force", "weapon")  # things attacked, not decisions criticised
TOLD_TYPES = frozenset({"demand", "appeal"})  # the party told to act is the target
PARTNER_PREPS = frozenset({"with", "between", "among", "alongside"})
TIME_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY", "MONEY"})
WHEN_OR_WHERE_ENTITIES = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})  # 'seized it on Tuesday'
_WORDS = json.loads((Path(__file__).parent / "data" / "event_syntax.json").read_text("utf-8"))
HOSTILE_VOW = frozenset(_WORDS["hostile_vow"])
LEFT_UNANSWERED = frozenset(_WORDS["left_unanswered"])  # 'would not leave it unanswered'
PURSUE_VERBS = frozenset(_WORDS["pursue_verbs"])
FIRM_RUIN_VERBS = frozenset(_WORDS["firm_ruin_verbs"]["words"])  # 'the company was destroyed'
RAID_ENDINGS = _WORDS["raid_endings"]  # 'fought for three hours before withdrawing'
REFUGE_WORDS = frozenset(_WORDS["refuge_words"]["words"])  # 'was given asylum in Zimbabwe'
INQUIRY_NOUNS = frozenset(_WORDS["inquiry_nouns"]["words"])  # 'an inquiry into the blast'
LONE_OBSERVERS = frozenset(_WORDS["lone_observers"]["words"])  # 'sent an observer'
DATED_OCCASIONS = frozenset(_WORDS["dated_occasions"]["words"])  # 'the summit in June'
FACED_BLAME = frozenset(_WORDS["faced_blame"]["nouns"])  # 'faced a storm of criticism'
BLAME_FACING_VERBS = frozenset(_WORDS["faced_blame"]["verbs"])
BLAME_COMING_VERBS = frozenset(_WORDS["faced_blame"]["come_in_for"])  # 'come in for criticism'
LIFTED_SUMS = frozenset(_WORDS["lifted_sums"]["verbs"])  # 'lift 84 mln dlrs in sanctions'
LAW_PROVISIONS = frozenset(_WORDS["law_provisions"]["words"])  # 'provisions of the Act'
LAW_DOCUMENTS = frozenset(_WORDS["law_provisions"]["documents"])
RUMOUR_TALK = frozenset(_WORDS["rumour_talk"]["words"])  # 'yesterday's talk of lower rates'
PRESS_SITTINGS = frozenset(_WORDS["press_sittings"]["words"])  # 'a news conference'
JOINT_SITTINGS = frozenset(_WORDS["press_sittings"]["joint"])  # 'a joint news conference'
OTHER_SIDE_NOUNS = frozenset(_WORDS["other_side_nouns"]["words"])  # "Japan's trading partners"
FORCEFUL_ANSWERS = {key: frozenset(words) for key, words in _WORDS["forceful_answer"].items()}
HOSTILE_PURSUITS = frozenset(_WORDS["hostile_pursuits"])
QUESTION_MARKS = frozenset(_WORDS["question_marks"])
UNNAMED_VERBS = frozenset(_WORDS["unnamed_source"]["verbs"])  # 'asked not to be identified'
UNNAMED_NOUNS = frozenset(_WORDS["unnamed_source"]["nouns"])  # 'requested anonymity'
CIRCUMSTANCE_MARKS = frozenset(_WORDS["circumstance_marks"])
REACTION_PARTICIPLES = frozenset(_WORDS["reaction_participles"])
TRIP_TYPES = frozenset(_WORDS["trip_types"])
# 'agreed to meet again': a meeting planned
AGREED_MEETINGS = {k: frozenset(v) for k, v in _WORDS["agreed_meetings"].items()}
ADOPTED_DOCUMENTS = {k: frozenset(v) for k, v in _WORDS["adopted_documents"].items()}
CIVILIAN_VICTIMS = frozenset(_WORDS["civilian_victims"])  # 'troops killed civilians': 180
AIR_DOERS = frozenset(_WORDS["air_doers"])  # 'gunships killed villagers': still 19x
PLAGUES = frozenset(_WORDS["plagues"])  # 'could let rabies invade Britain': no act of war
RETURN_NOUNS = frozenset(_WORDS["return_nouns"])  # 'on his return from a visit to …'
TRIP_PHASE_NOUNS = frozenset(_WORDS["trip_phase_nouns"])  # 'at the start of a visit'
PROMISES_APART = frozenset(_WORDS["promises_apart"])  # 'pledged aid and promised troops'
CONDEMNED_ALONE = frozenset({"coercion"})  # 'condemned the arrest of X': no arrest event
ARMED_EFFORTS = {k: frozenset(v) for k, v in _WORDS["armed_efforts"].items()}
MISHAPS = {k: frozenset(v) for k, v in _WORDS["mishaps"].items()}
PLAYER_ROLES = frozenset(_WORDS["player_roles"])  # 'attack the Australian bowlers'
ANSWERING_PARTICIPLES = frozenset(_WORDS["answering_participles"])
REMEMBRANCE_HEADS = frozenset(_WORDS["remembrance_heads"])
SPORTS_BODIES = frozenset(_WORDS["sports_bodies"])
LEGAL_RECOURSE = {k: frozenset(v) for k, v in _WORDS["legal_recourse"].items()}
PRIVATE_SUIT_VERBS = frozenset(_WORDS["private_suits"]["verbs"])  # 'sue': a suit, whose bringer?
SUING_SECTORS = frozenset(_WORDS["private_suits"]["sectors"])  # offices whose suit is a state's
RETORT_VERBS = frozenset(_WORDS["retort_verbs"])  # 'retaliated by expelling …'
WEAPON_TESTS = {k: frozenset(v) for k, v in _WORDS["weapon_tests"].items()}
GUARD_WORDS = frozenset(_WORDS["guard_words"])
COPULA_FORMS = frozenset(_WORDS["copula_forms"])
FIRING_VERBS = frozenset({"fire", "launch"})  # a missile 'test-fired' is a show of arms
GOAL_COURSES = frozenset(_WORDS["goal_courses"]["words"])  # 'moving towards talks'
GOAL_PREPS = frozenset(_WORDS["goal_preps"])  # where a course leads: 'a step towards talks'
STANCE_HOLDING_VERBS = frozenset(_WORDS["stance_holding_verbs"])  # 'had no objection'
HARM_VERBS = frozenset(_WORDS["harm_verbs"])  # 'the raid killed 12 guerrillas'
WATCHING_VERBS = frozenset(_WORDS["watching_verbs"]["words"])  # 'would watch the visit'
ALLEGED_DOER = {k: frozenset(v) for k, v in _WORDS["alleged_doer"].items()}  # 'was behind'
VERDICT_VERBS = frozenset(_WORDS["verdict_verbs"])  # 'declared the annexation illegal'
OPENING_NOUNS = frozenset(_WORDS["openings"]["nouns"])  # 'open the door to talks'
OPENING_PREPS = frozenset(_WORDS["openings"]["preps"])
HEARSAY_TALK = {key: frozenset(v) for key, v in _WORDS["hearsay_talk"].items() if key != "about"}
HEARSAY_NOUNS = frozenset(_WORDS["hearsay_nouns"])  # 'speculation Egypt would recall …'
HOPE_WORDS = frozenset(_WORDS["hoped_for"]["words"])  # 'is hoping for talks'
AVERTING_VERBS = frozenset(_WORDS["averted_acts"]["verbs"])  # 'to avert a trade war'
AVERTING_PARTICLE_VERBS = frozenset(_WORDS["averted_acts"]["particle_verbs"])  # 'head off'
SPARING_VERBS = frozenset(_WORDS["averted_acts"]["sparing"])  # 'saved Japan from an attack'
FAILING_VERBS = frozenset(_WORDS["averted_acts"]["failing"])  # 'failed to prevent the attack'
FAILED_WORDS = frozenset(_WORDS["averted_acts"]["failed_words"])  # 'an unsuccessful bid to …'
NEWS_NOUNS = frozenset(_WORDS["unreported"]["nouns"])  # 'no word on fighting'
IDIOM_HEADS = {w: frozenset(heads) for w, heads in _WORDS["idiom_heads"].items()}  # 'rest assured'
COUNT_NOUNS = frozenset(_WORDS["count_nouns"])  # 'a total of', 'dozens of'
CARE_VERBS = frozenset(_WORDS["people_by_harm"])  # 'treated the wounded', 'evacuate wounded'
VIEW_VERBS = frozenset(_WORDS["shared_views"]["verbs"])  # 'agreed that it was a mistake'
VIEW_MODALS = frozenset(_WORDS["shared_views"]["modals"])
HELP_VERBS = frozenset(_WORDS["help_verbs"])  # 'received money to help it resist Israel'
FUNDING_VERBS = frozenset(_WORDS["funding_verbs"])
FORCED_VERBS = frozenset(_WORDS["forced_verbs"])  # 'was obliged to suspend exports'
ATTEMPT_VERBS = frozenset(_WORDS["attempt_verbs"])  # 'had not sought to resolve': not tried
WISHING_VERBS = frozenset(_WORDS["wished_states"]["verbs"])  # 'wanted the UK to be prosperous'
STANCE_ADJECTIVES = frozenset(_WORDS["standing_stances"]["adjectives"])  # 'is committed to'
TEXT_ASKING_VERBS = frozenset(_WORDS["text_contents"]["verbs"])  # 'the bill calls on'
TEXT_NOUNS = frozenset(_WORDS["text_contents"]["texts"])  # 'legislation', 'the accord'
_TEXT_FORMS = frozenset(f for w in TEXT_NOUNS for f in inflections(w, "noun"))
_TEXT_ASKING_FORMS = frozenset(f for w in TEXT_ASKING_VERBS for f in inflections(w, "verb"))
_DOUBT_NOUNS = frozenset(_WORDS["doubted_prospects"]["nouns"])  # 'expressed reservations that'
_DOUBT_MODALS = frozenset(_WORDS["doubted_prospects"]["modals"])
DATED_WARS = frozenset(_WORDS["dated_makings"]["wars"])  # 'captured in the 1967 war'
DATED_WAR_PREPS = frozenset(_WORDS["dated_makings"]["preps"])
_STANCE_COPULAS = frozenset(_WORDS["standing_stances"]["copulas"])
AGREED_PARTY_NOUNS = frozenset(_WORDS["shared_views"]["party_nouns"])  # 'members were agreed'
CAPACITY_NOUNS = frozenset(_WORDS["capacities"]["nouns"])  # 'powers to detain suspects'
CLAIMING_VERBS = frozenset(_WORDS["capacities"]["claiming_verbs"])  # 'reserves the right to'
TRIED_FOR = {k: frozenset(v) for k, v in _WORDS["tried_for"].items()}  # 'charged over'
STATES_OF_LAW = frozenset(_WORDS["states_of_law"])  # 'a state of siege'
PUNISHING_VERBS = frozenset(_WORDS["punishing_verbs"])  # 'jailed for murdering a burglar'
# a meeting or trip that is only what someone is arrested or jailed for ('arrested activists
# for holding an unauthorised meeting')
OFFENCE_TYPES = frozenset(_WORDS["offence_types"])
CHARGING_VERBS = frozenset(_WORDS["charging_verbs"])  # 'accused the government of genocide'
CHARGED_WITH = frozenset(_WORDS["charged_with_preps"])  # 'accused of', 'charged with'
CASE_VERBS = PUNISHING_VERBS | TRIED_FOR["verbs"]  # 'jailed for', 'charged over'
CASUALTY_VERBS = frozenset(_WORDS["casualty_verbs"])  # 'four guerrillas were killed'
UNDER_WORDS = frozenset(_WORDS["under"])
OWNED_TRIP_NOUNS = frozenset(_WORDS["owned_trip_nouns"])
RETURN_NOUNS = frozenset({"return"})  # 'his return from Moscow': whose
VERBAL_ATTACK = {k: frozenset(v) for k, v in _WORDS["verbal_attack"].items()}
VERBAL_ATTACK_EXPLAINING = VERBAL_ATTACK["explaining"]
FRAMING_VERBS = {key: frozenset(words) for key, words in _WORDS["framing_verbs"].items()}
CONTROL_MEASURES = frozenset(_WORDS["control_measures"])
RELIEF_CARGO = {  # 'ships carrying relief supplies': aid delivered, no deployment
    "verbs": frozenset(_WORDS["relief_cargo"]["verbs"]),
    "supply_marks": frozenset(_WORDS["relief_cargo"]["supply_marks"]),
    "destination_preps": tuple(_WORDS["relief_cargo"]["destination_preps"]),
    "vehicles": frozenset(_WORDS["relief_cargo"]["vehicles"]),
}
STATE_MEASURES = {  # 'a curfew was imposed', 'martial law was lifted': the state's own act
    "nouns": frozenset(_WORDS["state_measures"]["nouns"]),
    "holders": frozenset(_WORDS["state_measures"]["holders"]),
    "modified": {k: frozenset(v) for k, v in _WORDS["state_measures"]["modified"].items()},
}
DISASTER_EMERGENCIES = {k: frozenset(v) for k, v in _WORDS["disaster_emergencies"].items()}
SIT_IN_PLACES = frozenset(_WORDS["sit_in_places"])  # 'the yard occupation'
RELEASE_VERBS = frozenset(_WORDS["release_verbs"])
LAUNCH_VERBS = frozenset(_WORDS["launch_verbs"])
EXPELLING_VERBS = frozenset(_WORDS["expelling_verbs"])  # 'were deported from Guinea'
STRUCK_PRONOUNS = frozenset(_WORDS["struck_pronouns"])
PARTAKE_VERBS = frozenset(_WORDS["partake_verbs"])
HELD_PARTICIPLES = frozenset(_WORDS["held_participles"])
PURSUIT_SUBJECTS = frozenset(_WORDS["pursuit_subjects"]["words"])  # 'efforts would continue'
PLAN_WORDS = frozenset(_WORDS["planned_coercion"]["words"])  # 'is planning to return them'
REMOVALS_ABROAD = {k: frozenset(v) for k, v in _WORDS["removals_abroad"].items() if k != "about"}
PROTECTION_VERBS = frozenset(_WORDS["protection_against"]["verbs"])  # 'defended against …'
SOUGHT_DEAL_VERBS = frozenset(_WORDS["sought_deals"]["verbs"])  # 'deals are being sought'
PROTECTION_DANGERS = frozenset(_WORDS["protection_against"]["words"])  # '… the threat
TRUCE_WARS = frozenset(_WORDS["truce_wars"])  # 'a ceasefire in the war between X and Y'
HOLDING_PARTICIPLES = frozenset(_WORDS["holding_participles"]["words"])  # 'a hill held by X'
OWN_GATHERING_PREPS = frozenset(_WORDS["own_gathering_preps"]["words"])  # 'a meeting of …'
VICTIM_PREPS = frozenset(_WORDS["victim_preps"]["words"])  # 'the invasion of Kuwait'
FORESEEN_AUX = frozenset(_WORDS["foreseen_aux"]["words"])  # 'doubted that Hanoi would sign'
TERROR_MARKS = frozenset(_WORDS["terror_marks"]["words"])  # 'the US terror attacks'
TERROR_NOUNS = frozenset(_WORDS["terror_marks"]["nouns"])
SEQUENCE_PREPS = frozenset(_WORDS["sequence_preps"]["words"])  # 'after an attempt to …'
HOURS_APART = frozenset(_WORDS["hours_apart"]["words"])  # 'Hours after Thursday's raid'
WIN_VERBS = frozenset(_WORDS["win_verbs"])  # 'beat Argentina 2-1': a game's result
FIXTURE_CLASHES = {k: frozenset(v) for k, v in _WORDS["fixture_clashes"].items()}  # semi-final
PLEDGING_VERBS = frozenset(_WORDS["pledging_verbs"])  # 'pledged aid': a pledge, CAMEO 033
FACED_CHARGES = {k: frozenset(v) for k, v in _WORDS["faced_charges"].items() if k != "_doc"}
OWN_PREMISES_SHUT = {k: frozenset(v) for k, v in _WORDS["own_premises_shut"].items() if k != "_doc"}
PENALTY_PAYING = {k: frozenset(v) for k, v in _WORDS["penalty_paying"].items() if k != "_doc"}
FIRM_PERMISSIONS = {k: frozenset(v) for k, v in _WORDS["firm_permissions"].items() if k != "_doc"}
# 'committed 500 soldiers to the force': troops sent (CAMEO 074), not a promise of them
FORCE_COMMITTING_VERBS = frozenset(_WORDS["force_committing_verbs"])
DRILL_NOUNS = frozenset(_WORDS["drill_nouns"])  # exercises two states hold are held together
TRUCE_EXTENSIONS = frozenset(_WORDS["truce_extensions"]["verbs"])  # 'agreed to extend the truce'
TRUCE_HOLDING = frozenset(_WORDS["truce_holding"]["verbs"])  # 'as the ceasefire held'
TRUCE_STARTS = frozenset(_WORDS["truce_starts"]["verbs"])  # 'a ceasefire took hold in Syria'
SIGNING_VERBS = frozenset(_WORDS["signing_verbs"])  # 'signed an accord on X': 057 whatever X is
WEIGHING_VERBS = frozenset(_WORDS["weighing_verbs"])  # 'is considering whether to lift'
OPTION_WEIGHING_VERBS = frozenset(_WORDS["option_weighing_verbs"])  # 'is weighing recognition'
OUTBREAK_VERBS = frozenset(_WORDS["outbreak_verbs"])  # 'protests erupted in Colombia'
OUTBREAK_PREPS = ("in", "across", "throughout")  # where a protest broke out or spread
STILLING_VERBS = frozenset(_WORDS["stilling_verbs"])  # 'a general strike paralysed Karachi'
CROWD_HEADS = frozenset(_WORDS["crowd_heads"])  # 'thousands rallied in Yerevan'
CROWD_MEMBERS = frozenset(_WORDS["crowd_members"])  # 'thousands of people': no one named
CROWD_TYPES = frozenset(_WORDS["crowd_types"])  # 'miners in Bolivia demanded …': Bolivia's
PLACE_ENTS = frozenset({"GPE", "LOC"})  # named places
CROWD_PREPS = (*OUTBREAK_PREPS, "at", "through", "into")  # 'marched through Quito': there
CROWD_SITE_PREPS = tuple(_WORDS["crowd_site_preps"])  # 'gathered outside the embassy in Lima'
STREET_WORDS = frozenset(_WORDS["street_words"])  # 'took to the streets of Podgorica'
GAME_NOUNS = frozenset(_WORDS["game_nouns"])  # 'beat France on penalties', 'by six wickets'
CROWD_CONTROL = {k: frozenset(v) for k, v in _WORDS["crowd_control"].items()}  # 'tear gas'
MASS_DESTRUCTION = {  # weapons of mass destruction: the using verbs, weapon nouns and kinds
    "using_verbs": frozenset(_WORDS["mass_destruction"]["using_verbs"]),
    "weapons": frozenset(_WORDS["mass_destruction"]["weapons"]),
    "kinds": {code: frozenset(w) for code, w in _WORDS["mass_destruction"]["kinds"].items()},
}
CUSTODY_NOUNS = frozenset(_WORDS["custody_nouns"])
HELD_BY_PARTY = frozenset(_WORDS["held_by_party"])  # 'Britons held by the US'
PATIENT_OF_NOUNS = frozenset(_WORDS["patient_of_nouns"])  # 'the destruction of X's air force'
VICTIM_NOUNS = frozenset(_WORDS["victim_nouns"])  # "his assassination", 'the killing of X'
VICTIM_OF_NOUNS = frozenset(_WORDS["victim_of_nouns"])  # 'the arrest of two soldiers'
MOVEMENT_TYPES = frozenset({"deployment", "withdrawal", "arms_transfer", "aid", "peacekeeping"})
DEMAND_SUBJECTS = frozenset(_WORDS["demand_subjects"])
FIGURE_SUBJECTS = frozenset(_WORDS["figure_subjects"])  # 'Israel's exports must double'
# what a thing 'should' do when only expected: 'should result in', 'should serve as'
EXPECTED_OUTCOMES = frozenset(_WORDS["expected_outcomes"])
ANSWERED_WITH = frozenset(_WORDS["answered_with"])
SHOW_VERBS = frozenset(_WORDS["show_verbs"])
MOTION_VERBS = frozenset(_WORDS["motion_verbs"])
PLACE_ADVERBS = frozenset(_WORDS["place_adverbs"])  # 'remain offshore': somewhere
UNDERGO_VERBS = frozenset(_WORDS["undergo_verbs"])
PUNISHMENT_NOUNS = frozenset(_WORDS["punishment_nouns"])  # 'a jail sentence', 'convictions'
PUNISHMENT_TAKEN = frozenset(_WORDS["punished_verbs"]["taken"])  # 'received a sentence'
PUNISHMENT_GIVEN = frozenset(_WORDS["punished_verbs"]["handed_out"])  # 'was given a sentence'
ABILITY_WORDS = frozenset(_WORDS["ability_words"])
FIGURATIVE = frozenset(_WORDS["figurative_modifiers"])
FIGURATIVE_ADVERBS = frozenset(_WORDS["figurative_adverbs"])  # 'verbally attacked'
VOLLEY_NOUNS = frozenset(_WORDS["volley_nouns"])
VOLLEY_VERBS = frozenset(_WORDS["volley_verbs"])
RECEIVE_VERBS = frozenset(_WORDS["receive_verbs"])
RECEIVED_TYPES = frozenset({"arms_transfer", "aid", "support"})  # given by whom 'from' names
DEPART_VERBS = frozenset(_WORDS["depart_verbs"])  # 'left Beirut for Damascus': Beirut is left
HELP_NOUNS = frozenset(_WORDS["help_nouns"])  # 'built a missile with help from China'
MAKER_WORDS = frozenset(_WORDS["maker_words"])
FLOW_TYPES = frozenset({"aid", "arms_transfer"})
COMPLEMENT_DEPS = frozenset({"advcl", "ccomp", "xcomp"})
ESCORT_VERBS = frozenset({"escort"})
TOPIC_OPENERS = ("concerning", "regarding")  # 'Concerning Saudi Arabia, X said …'
TOPIC_PARTNER_TYPES = frozenset({"meeting", "agreement", "cooperation", "aid", "pledge"})
# 'will not allow Iran to use force': a threat, no rejection
ARMED_PERMISSION = frozenset(_WORDS["armed_permission"])
WEIGHED_ACT_VERBS = frozenset(  # 'regretted the attack': not its doer
    form for verb in _WORDS["weighed_act_verbs"] for form in {verb} | inflections(verb, "verb")
)
SEQUENCE_VERBS = frozenset(  # 'X follows the capture of Y': the subject is no doer of Y
    {"follow", "follows", "followed", "precede", "precedes", "preceded"}
)
TARGET_NOUNS = frozenset({"target", "targets", "victim", "victims"})  # 'been the target of'
MEANWHILE_TYPES = frozenset({"meeting"})  # 'during a meeting with …' is held then
TRIPS_OR_MEETINGS = TRIP_TYPES | MEANWHILE_TYPES
MEANWHILE_PREPS = ("with", "between")
WHETHER = frozenset({"whether"})  # 'is considering whether to lift', 'a row over whether …'
SETTING_PREPS = frozenset({"in", "at"})  # 'said in talks with …' on a verb: held then
COMPASS_POINTS = frozenset(
    {"east", "west", "north", "south", "northeast", "northwest", "southeast", "southwest"}
)
OWN_ESCORTS = frozenset(_WORDS["own_escorts"])  # 'the Turkish research ship, escorted by warships'
PARTNER_VERBS = frozenset(_WORDS["partner_verbs"])  # 'discussed X near Y with Z': Z is a partner
PARTNER_NOUNS_NOT = frozenset(_WORDS["partner_nouns_not"])  # 'discussed the dispute with Iraq'
GATHERINGS = frozenset(_WORDS["gatherings"])  # event nouns whose 'of' phrase names the parties
PAIR_NOUNS = frozenset(_WORDS["pair_nouns"])  # 'both countries', 'the two sides'
PAIR_MARKERS = frozenset({"two", "both"})
PAIR_PREPS = ("between", "among")
AGREED_TYPES = frozenset({"agreement", "ceasefire"})  # acts two parties do together
PRESS_NOUNS = frozenset(_WORDS["press_nouns"])
QUOTING_VERBS = frozenset({"quoting", "citing"})
REPORT_NOUNS = frozenset(_WORDS["report_nouns"])
BLAME_PREPS = frozenset({"for", "of", "with", "over"})
YIELDED_TO = frozenset(_WORDS["yielded_to"])  # 'the town fell to the rebels': they took it
TOLD_OF = frozenset(_WORDS["told_of"])  # "Manila was told of Tokyo's concern"
REPORTED_ACTS = frozenset(_WORDS["reported_acts"]["verbs"])  # 'ADN reported the talks'
BLAMED_ON = frozenset(_WORDS["blamed_on"])  # 'blamed the blasts on the rebels'
# a score ('2-1', '3 - 0'), not part of a longer run of numbers ('1986-87', '3-4-87')
_SCORE = re.compile(r"(?<![\d-])\d{1,2} ?- ?\d{1,2}(?![\d-])")
ARMED_TYPES = frozenset({"attack", "clash", "shelling", "airstrike", "mass_violence"})
# acts a party names only to judge them ('called the pullout a historic step'): no act of its own
JUDGED_TYPES = ARMED_TYPES | frozenset({"withdrawal", "occupation"})
PROTEST_AIMED_CAMEOS = ("1712",)  # property destroyed 'to protest': burning tyres
_BE = frozenset({"be"})
THIRD_PERSON = frozenset({"he", "she", "his", "her", "him", "it", "its", "they", "their", "them"})
QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d"})
SENTENCE_STOPS = frozenset({".", "!", ";"})
QUESTION_REACH = 80  # tokens back from 'asked' to the question it reports
ASK_FORMS = frozenset({"ask", "asks", "asked", "asking"})
BESIDE_PREPS = frozenset(_WORDS["beside_preps"])
GUARDED_PLACE_PREPS = frozenset(_WORDS["guarded_place_preps"])  # 'security around the embassy'
UNDOING_VERBS = frozenset(_WORDS["undoing_verbs"])  # 'would not hesitate to attack'
LEVIES = frozenset(_WORDS["levies"])
REPEAT_MARKS = frozenset(_WORDS["repeat_marks"])  # a second armed act, not one told again
MARKET_DEMAND = {k: frozenset(v) for k, v in _WORDS["market_demand"].items()}
BUSINESS_TALKS = {k: frozenset(v) for k, v in _WORDS["business_talks"].items()}
BUSINESS_CONTESTS = {k: frozenset(v) for k, v in _WORDS["business_contests"].items()}
EXPELLED_FROM = {k: frozenset(v) for k, v in _WORDS["expelled_from"].items()}
LEGAL_APPEAL = {k: frozenset(v) for k, v in _WORDS["legal_appeal"].items()}
SETTLEMENTS = {k: frozenset(v) for k, v in _WORDS["settlements"].items()}
UNLAWFUL_THINGS = {  # 'the auction violated US bankruptcy law'
    k: frozenset(v) for k, v in _WORDS["unlawful_things"].items() if k != "about"
}
PHRASAL_SENSES = {verb: frozenset(prts) for verb, prts in _WORDS["phrasal_senses"].items()}
IDIOM_OBJECTS = {verb: frozenset(nouns) for verb, nouns in _WORDS["idiom_objects"].items()}
BARE_IDIOM_OBJECTS = {
    verb: frozenset(nouns) for verb, nouns in _WORDS["bare_idiom_objects"]["verbs"].items()
}  # 'killing the messenger'
GAME_TRIP_WORDS = frozenset(_WORDS["game_trip_words"]) | PLAYER_ROLES  # 'the cricket tour'
_OWN_STANCES = _WORDS["own_stances"]
OWN_STANCE_VERBS = frozenset(_OWN_STANCES["verbs"])  # 'defended her policy'
OWN_STANCE_OWNERS = frozenset(_OWN_STANCES["owners"])
OWN_STANCE_NOUNS = frozenset(_OWN_STANCES["nouns"])
OWN_STANCE_TOPIC_PREPS = frozenset(_OWN_STANCES["topic_preps"])  # 'her policy toward …'
BARE_ARRIVAL_NOT = frozenset(_WORDS["bare_arrival_not"])  # 'arrived home', 'arrived in'
ARRIVE_FORMS = frozenset(("arrive", "arrives", "arrived", "arriving"))
TIME_SPANS = frozenset(_WORDS["dated_apart"]["spans"])  # 'the first elections in 30 years'
TIME_CLAUSE_MARKS = frozenset(_WORDS["dated_apart"]["clause_marks"])  # 'when Turkey sent'
SERIAL_MARKS = frozenset(_WORDS["serial_marks"])  # 'for a third straight meeting'
OPEN_CONSULTATIONS = frozenset(_WORDS["open_consultations"])  # 'a public consultation'
TRADING_SESSIONS = {k: frozenset(v) for k, v in _WORDS["trading_sessions"].items()}
HOME_SITTINGS = frozenset(_WORDS["home_sittings"])  # 'an emergency cabinet meeting'
_SITTINGS = frozenset({"meeting", "session", "sitting"})  # nouns of a body sitting
HOLDING_VERBS = frozenset(_WORDS["holding_verbs"])  # 'has defence agreements with …'
KILLING_VERBS = frozenset(_WORDS["killing_verbs"])  # 'killed the Hamas leader': CAMEO 186
LEADER_TITLES = frozenset(_WORDS["leader_titles"])
# a verb with one of these particles and no object: 'shares shot up 7%' is a rise
INTRANSITIVE_SENSES = {v: frozenset(prts) for v, prts in _WORDS["intransitive_senses"].items()}
JOINT_ADVERBS = frozenset(_WORDS["joint_work"]["adverbs"])  # 'jointly financed a pipeline'
JOINT_PHRASES = dict(_WORDS["joint_work"]["phrase_nouns"])  # 'side by side', 'in tandem'
JOINT_CUES = JOINT_ADVERBS | frozenset(JOINT_PHRASES)  # the words joint work is read off
JOINT_WORDS = frozenset(_WORDS["joint_work"]["prefilter"])  # joint work with no trigger word
JOINT_VERBS_NOT = frozenset(_WORDS["joint_work"]["verbs_not"])  # 'brought together'
JOINT_MARKS = frozenset(_WORDS["joint_work"]["joint_marks"])  # 'launched a joint venture'
FOUNDING_VERBS = frozenset(_WORDS["joint_work"]["founding_verbs"])  # … 'set up', 'opened'
STARTING_VERBS = frozenset(_WORDS["joint_work"]["starting_verbs"])  # 'began building a joint …'
# the cooperation a verb done jointly by several parties is (CAMEO 061 economic, 062 military)
_JOINT_WORK = Entry(-1, frozenset(), "verb", "cooperation", "061", 0.5)
_JOINT_DRILL = Entry(-2, frozenset(), "verb", "cooperation", "062", 0.5)
SELF_WISHES = frozenset(_WORDS["self_wishes"])
ASSERT_VERBS = frozenset(_WORDS["assert_verbs"])
ATTEMPT_NOUNS = frozenset(_WORDS["attempt_nouns"])
ATTEMPT_PREPS = tuple(_WORDS["attempt_preps"])  # 'a last attempt at a deal': an effort
OPINION_HOLDERS = frozenset(_WORDS["opinion_holders"])  # 'sources agreed that …'
PRICE_PAID = {k: frozenset(v) for k, v in _WORDS["price_paid"].items() if k != "about"}
IMPLYING_VERBS = frozenset(_WORDS["implying_verbs"])  # 'did not mean Europe would …'
STRUGGLE_WORDS = frozenset(_WORDS["struggle_aims"]["words"])  # 'the battle to control …'
ARMED_AIMS = frozenset(_WORDS["struggle_aims"]["armed_aims"])  # 'the battle to retake …'
HAZARDS = frozenset(_WORDS["struggle_aims"]["hazards"])  # 'battled to keep the slick off'
SURVIVAL = frozenset(_WORDS["struggle_aims"]["survival"])  # 'fighting for its survival'
OFFICES = frozenset(_WORDS["struggle_aims"]["offices"])  # 'the battle for the leadership'
HYPOTHETICAL_AUX = frozenset(_WORDS["hypothetical_aux"])
HEDGING_AUX = frozenset(_WORDS["hedging_aux"])  # 'may impose sanctions': a threat of them
OWN_VOICES = frozenset(_WORDS["own_voices"])  # who speaks for the party that may act
GUESSED_DEALINGS = frozenset(_WORDS["guessed_dealings"]["types"])  # 'may agree': a guess
# what may be said on a condition and still be said: 'will strike if …', 'would free them if …'
CONDITIONAL_ACTS = frozenset(_WORDS["conditional_acts"])
ADVOCACY_NOUNS = frozenset(_WORDS["advocacy_nouns"])
QUIT_VERBS = frozenset(_WORDS["quit_verbs"])  # leaving a party or an office: no sanction
QUIT_BODIES = frozenset(_WORDS["quit_bodies"])
PLEDGE_CONTENT_PREPS = frozenset(_WORDS["pledge_content_preps"])
PERMIT_VERBS = frozenset(_WORDS["permit_verbs"])
HELPING_VERBS = frozenset(_WORDS["helping_verbs"])  # 'offered arms to help it fight'
REVIEWED_MEASURE_VERBS = frozenset(_WORDS["reviewed_measure_verbs"])  # 'reviews the sanctions'
ACCORD_BOUND_WORDS = frozenset(_WORDS["accord_bound_words"])  # 'as required under the accords'
ACCEPTANCE_VERBS = frozenset(_WORDS["acceptance_verbs"])  # not accepting is refusing
# ships and armed aircraft, which meet no one ('warplanes met Iranian jets')
MEETING_CRAFT = (CRAFT_WORDS | SHIP_NOUNS | frozenset(_WORDS["meeting_craft"]["more"])) - frozenset(
    _WORDS["meeting_craft"]["not"]
)
THREATENING_THINGS = frozenset(_WORDS["threatening_things"])  # 'the war threatens …'
THREAT_CHARACTERISED = frozenset(_WORDS["threat_characterised"])  # 'posed a threat to …'
DEBT_SERVICE = {key: frozenset(words) for key, words in _WORDS["debt_service"].items()}
HELD_POWERS = {key: frozenset(words) for key, words in _WORDS["held_powers"].items()}
_PAYMENT = frozenset({"payment"})
# a concession only when a party permits
LABOUR_STRIKE = {k: frozenset(v) for k, v in _WORDS["labour_strike"].items()}
BROKEN_PLEDGE = {k: frozenset(v) for k, v in _WORDS["broken_pledge"].items()}
EXAMPLE_MARKS = {k: frozenset(v) for k, v in _WORDS["example_marks"].items()}
WARNING_SIDES = frozenset(_WORDS["warning_sides"])  # 'warned that police will not tolerate …'
WARNING_FORCE = frozenset(_WORDS["warning_force"])  # 'warned Iraq would face sanctions'
PARTICIPLE_ACCORDS = _WORDS["participle_accords"]  # 'a peace accord signed in Arusha'
PROTESTED_PREPS = ("over", "against", "about")  # 'lodged a protest with Kabul over a raid'
WARNED_STATES = frozenset(_WORDS["warned_states"]["verbs"])  # 'warned the EC will have a deficit'
ARMS_MOVED_INTO = {k: frozenset(v) for k, v in _WORDS["arms_moved_into"].items() if k != "about"}
GAME_RESULTS = {k: frozenset(v) for k, v in _WORDS["game_results"].items() if k != "about"}
WATCH_PURPOSES = {k: frozenset(v) for k, v in _WORDS["watch_purposes"].items() if k != "about"}
_SCORE = re.compile(r"\b\d{1,2}-\d{1,2}\b")
OWN_AIRLIFTS = {k: frozenset(v) for k, v in _WORDS["own_airlifts"].items() if k != "about"}
WARNED_BLOWS = frozenset(_WORDS["warned_blows"]["verbs"])  # 'its bases would be targeted'
WARNING_PENALTIES = frozenset(_WORDS["warning_penalties"])  # 'could trigger sanctions'
WARNING_MEASURES = frozenset(_WORDS["warning_measures"]["verbs"])  # 'could restrict trade'
RISKED_PENALTIES = {k: frozenset(v) for k, v in _WORDS["risked_penalties"].items() if k != "about"}
HOSTILE_MEASURES = frozenset(_WORDS["hostile_measures"])  # 'announced retaliatory measures'
_MEASURES = frozenset({"measure"})  # the object of 'announce/propose measures' threats
COMMENTATOR_WORDS = frozenset(_WORDS["commentator_words"])  # no political demander
FIGHTING_SIDES = frozenset(_WORDS["fighting_sides"])  # 'the two sides fought a battle'
ARMED_STAKES = frozenset(_WORDS["armed_stakes"])  # 'fighting for a separate state'
MARKET_PARTIES = {k: frozenset(v) for k, v in _WORDS["market_parties"].items()}
OWN_POSSESSIVES = frozenset({"its", "their", "his", "her"})
FIRED_THINGS = {k: frozenset(v) for k, v in _WORDS["fired_things"].items()}
NATURAL_DOERS = {k: frozenset(v) for k, v in _WORDS["natural_doers"].items()}  # 'locusts invaded'
_ORDEALS = (
    frozenset(_WORDS["struggle_aims"]["ordeals"]) | HAZARDS | NATURAL_DOERS["things"]
)  # 'pupils battled with their examinations', 'fought with the snow'
NO_PARTY_DOERS = {k: frozenset(v) for k, v in _WORDS["no_party_doers"].items()}  # 'the film'
LABOUR_ACTIONS = {k: frozenset(v) for k, v in _WORDS["labour_actions"].items()}
CONTEST_SETTINGS = frozenset(_WORDS["contest_settings"])  # 'routed their rivals in the election'
STANDINGS = frozenset(_WORDS["standings"])  # 'stormed to a 3-0 lead'
OUTCOME_VERBS = frozenset(_WORDS["outcome_verbs"])  # 'won the second game with an assault'
ENTERED_CONTESTS = frozenset(_WORDS["entered_contests"])  # 'stormed into the fight'
ECONOMIC_CONTROLS = frozenset(_WORDS["economic_controls"]["modifiers"])  # 'export controls'
CONTROL_NOUNS = frozenset(_WORDS["economic_controls"]["nouns"])  # 'controls', 'curbs'
ECONOMY_HELD = frozenset(_WORDS["economic_controls"]["held"])  # 'control of its banks'
DEED_THREATS = frozenset(_WORDS["deed_threats"]["verbs"])  # 'would respond in kind'
HARMED_TIES_VERBS = frozenset(_WORDS["harmed_ties_verbs"])  # 'is damaging cooperation'
WORKPLACE_PARTIES = frozenset(_WORDS["workplace_parties"])  # 'accused the mine owners'
_WORKPLACE_TYPES = frozenset({"accusation", "rejection", "threat", "clash"})
STAGED_WORKS = frozenset(_WORDS["staged_works"])  # 'plots to kill his chief in the novel'
HOME_SUPPLIES = frozenset(_WORDS["home_supplies"])  # 'household water supplies'
HOME_FREEZES = frozenset(_WORDS["home_freezes"])  # 'a wage and price freeze'
FREEZE_NOUNS = frozenset(_WORDS["freeze_nouns"])
FINITE_BE = frozenset(_WORDS["finite_be"])  # 'is', 'was', "'re"
SETTING_FORMS = frozenset(_WORDS["setting_forms"])  # armed craft that 'set them ablaze'
LEFT_COMPACTS = frozenset(_WORDS["left_compacts"])  # 'withdrew from the convention'
CRACKDOWNS = frozenset(_WORDS["crackdown_nouns"])  # 'a crackdown on tax evasion'
KEEPING_VERBS = frozenset(_WORDS["keeping_verbs"])  # 'are abiding by the accord'
TOLD_STORIES = {k: frozenset(v) for k, v in _WORDS["told_stories"].items()}  # 'the epic tells of'
STORY_WORKS = TOLD_STORIES["works"] | NO_PARTY_DOERS["works"] | STAGED_WORKS
DRILLS = frozenset(_WORDS["drills"])  # 'stormed the jet in an exercise'
NO_ONE_PRONOUNS = frozenset(_WORDS["no_one_pronouns"])  # 'not building an army to attack anyone'
_NO_ONE_WORDS = NO_ONE_PRONOUNS | {"one"}  # what `_no_one` can be: 'nobody', 'no one'
ARMED_MISHAP_CAUSES = frozenset(_WORDS["armed_mishap_causes"])  # 'artillery fire killed three'
GAME_LINES = frozenset(_WORDS["game_lines"])  # 'the pace attack bombarded the batsmen'
NEAR_MISS = {  # 'came close to collapse'
    k: frozenset(v) for k, v in _WORDS["near_miss"].items() if k != "about"
}
ACQUAINTED = {k: frozenset(v) for k, v in _WORDS["acquainted_sources"]["words"].items()}
MOBILISED_CIVILIANS = frozenset(_WORDS["mobilised_civilians"])  # 'would mobilise workers'
HAND_ARMS = frozenset(_WORDS["hand_arms"])  # 'fought … with clubs and machetes'
TOPIC_VERBS = frozenset(_WORDS["topic_verbs"])  # 'plans to discuss economic cooperation'
HUNTED_ANIMALS = frozenset(_WORDS["hunted_animals"])  # 'need to kill 80 fin whales'
DISMISSAL_VERBS = frozenset(_WORDS["dismissal_verbs"])  # 'the minister was dismissed'
DISMISSED_PEOPLE = frozenset(_WORDS["dismissed_people"])
FUND_RAISERS = frozenset(_WORDS["fund_raisers"])  # 'charities launched an appeal for Ethiopia'
ADDRESSED_GATHERINGS = {k: frozenset(v) for k, v in _WORDS["addressed_gatherings"].items()}
TOURING_PERFORMERS = frozenset(_WORDS["touring_performers"])  # 'the orchestra's tour'
_PERFORMER_WORDS = TOURING_PERFORMERS | GAME_TRIP_WORDS  # a doer named as performers or players
_NEAR_MISS_WORDS = NEAR_MISS["of"] | NEAR_MISS["to"]  # 'close', 'brink', 'verge' …
MUSIC_MARCHES = {k: frozenset(v) for k, v in _WORDS["music_marches"].items()}  # 'behind a band'
CIVIL_FLEETS = frozenset(_WORDS["civil_fleets"])  # 'the whaling fleet stayed in port'
FIGURATIVE_ENEMIES = {k: frozenset(v) for k, v in _WORDS["figurative_enemies"].items()}
STATE_BODIES = frozenset(_WORDS["state_bodies"])  # 'the government accused the company'
INSTITUTION_DOERS = frozenset(_WORDS["institution_doers"])  # 'the regulator criticised …'
_BODY_NAME_WORDS = frozenset(n for n in state_body_names() if " " not in n)  # 'sec', 'fed'
BODY_NAME_STANDINS = frozenset(_WORDS["body_name_standins"])  # 'The SEC' as 'the regulator'
_Words = TypeVar("_Words", set[str], frozenset[str])
TOPIC_PREPS = frozenset(_WORDS["topic_preps"])
TELLING_WORDS = frozenset(_WORDS["telling_words"])  # 'briefed them on', 'answers on'
LIGHT_PARTICLES = {verb: frozenset(prts) for verb, prts in _WORDS["light_particles"].items()}
TRADE_FLOWS = frozenset(_WORDS["trade_flows"])  # 'duties on imports of Korean steel'
OUTWARD_FLOWS = frozenset(_WORDS["outward_flows"])  # 'a ban on arms sales to Iran'
LIGHT_OBJECTS = {verb: frozenset(nouns) for verb, nouns in _WORDS["light_objects"].items()}
LIGHT_TYPES = frozenset(_WORDS["light_types"])  # event nouns a light verb makes the subject's
AIR_COVER_VERBS = frozenset(_WORDS["air_cover_verbs"]["verbs"])  # 'troops backed by bombers'
MEASURES_APART = frozenset(_WORDS["measures_apart"]["types"])  # 'broke ties and imposed …'
ENACTING_VERBS = frozenset(_WORDS["enacting_verbs"]["verbs"])  # 'and ordered sanctions against
SPACE_LAUNCHES = {k: frozenset(v) for k, v in _WORDS["space_launches"].items()}
RESCUE_PURPOSES = {k: frozenset(v) for k, v in _WORDS["rescue_purposes"].items()}
RELIEF_PURPOSES = {k: frozenset(v) for k, v in _WORDS["relief_purposes"].items() if k != "_doc"}
# 'landed in Jaffna to help enforce the peace accord': forces sent to protect, CAMEO 074
PROTECTIVE_PURPOSES = {
    k: frozenset(v) for k, v in _WORDS["protective_purposes"].items() if k != "_doc"
}
LABOUR_SIDES = frozenset(_WORDS["labour_sides"])  # 'while talks with the union continued'
OWN_STAFF = frozenset(_WORDS["own_staff"])  # 'after meeting with aides over the weekend'
BUILT_STRUCTURES = frozenset(_WORDS["built_structures"])  # 'the Farakka barrage'
DREAD_VERBS = frozenset(_WORDS["dread_verbs"])  # 'fearing a French invasion'
HOPELESS_FIGHTS = {k: frozenset(v) for k, v in _WORDS["hopeless_fights"].items()}
CIVIL_BLOCKADERS = frozenset(_WORDS["civil_blockaders"])  # 'striking seamen blockaded the port'
HARDSHIP_VERBS = frozenset(_WORDS["hardship_verbs"])  # 'would not let anyone starve'
BECOMING_VERBS = frozenset(_WORDS["becoming_verbs"])  # 'will not let X become a haven'
CARED_FOR_OR_BECOMING = HARDSHIP_VERBS | BECOMING_VERBS
PRIVATE_REFUSERS = frozenset(_WORDS["private_refusers"])  # 'many refugees refuse to go home'
PRIVATE_CROWDS = frozenset(_WORDS["private_crowds"])  # 'fans stormed the gates'
RACE_COURSES = {k: frozenset(v) for k, v in _WORDS["race_courses"].items()}  # 'the last stage'
RACE_RALLIES = {k: frozenset(v) for k, v in _WORDS["race_rallies"].items()}  # 'won the rally'
DANGER_STANCES = frozenset(_WORDS["danger_stances"])  # "threatened by Iraq's demand"
GOVERNMENT_COMPOUNDS = frozenset(_WORDS["government_compounds"])  # 'government requests'
ANY_DETERMINERS = frozenset(_WORDS["any_determiners"])  # 'any attack … would be answered'
_PERMIT_FORMS = frozenset(_WORDS["refused_leave"]["permit"])  # 'would not allow … to be'
_BEAR_FORMS = frozenset(_WORDS["refused_leave"]["bear"])  # 'would not tolerate attacks'
_LEAVE_FORMS = _PERMIT_FORMS | _BEAR_FORMS
HOLDING_AGAINST = frozenset(_WORDS["holding_against"]["words"])  # 'holding out against attacks'
TALKS_ROUNDS = frozenset(_WORDS["talks_rounds"])  # 'the Uruguay round': where it opened
DENIALS = frozenset(_WORDS["confirm_or_deny"]["denials"])  # 'neither confirm nor deny'
CONFIRMING = frozenset(_WORDS["confirm_or_deny"]["partners"])
MEDICAL_TRIPS = frozenset(_WORDS["medical_trips"])  # 'flew to Paris for treatment'
DANGER_PROCESSES = frozenset(_WORDS["danger_processes"])  # 'threatened by the clearing of forests'
CRIMINAL_DOERS = frozenset(_WORDS["criminal_doers"])  # 'under attack from smuggling gangs'
RELIEF_DROPS = frozenset(_WORDS["relief_drops"])  # 'dropped food and medicine over …'
MARKET_DOERS = frozenset(_WORDS["market_doers"])  # 'under attack from currency speculators'
ROLE_VERBS = frozenset(_WORDS["role_verbs"])  # 'playing soldiers who seized ballot boxes'
BESIEGED_BODIES = frozenset(_WORDS["besieged_bodies"])  # '"The party is under siege"'


_COUNTRIES = json.loads((Path(__file__).parent / "data" / "countries.json").read_text("utf-8"))


def _venue_names() -> frozenset[str]:
    """Capitals and other cities of the gazetteer (``countries.json``, ``places.tsv``): named
    before a gathering noun they say where it meets ('the Tokyo summit'), not who meets."""
    names = {c.lower() for entry in _COUNTRIES.values() for c in entry["capitals"]}
    for line in (Path(__file__).parent / "data" / "places.tsv").read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            names |= {n.lower() for n in line.split("\t")[0].split("|")}
    return frozenset(names)


VENUE_NAMES = _venue_names()
COUNTRY_NAMES = frozenset(
    name.lower() for entry in _COUNTRIES.values() for name in entry["aliases"] if " " not in name
)
"""One-word country names of the gazetteer: a country even where the parser tags it an
organisation ('before heading to Mozambique')."""
TOPIC_TYPES = frozenset({"cooperation", "aid", "support"})  # event nouns talks can be about
PERMIT_NEGATED_THINGS = frozenset(_WORDS["permit_negated_things"])  # 'cannot allow it to …'
_PRESUPPOSED = json.loads(
    (Path(__file__).parent / "data" / "presupposed_acts.json").read_text("utf-8")
)
RESPONSE_WORDS = frozenset(_PRESUPPOSED["response_words"])
PRESUPPOSING_PREPS = frozenset(_PRESUPPOSED["presupposing_preps"])
CAUSE_WORDS = frozenset(_PRESUPPOSED["cause_words"])  # 'as a result of', 'because of'
GENERIC_DETERMINERS = frozenset(_PRESUPPOSED["generic_determiners"])
INQUIRY_WORDS = frozenset(_PRESUPPOSED["inquiry_words"])  # 'the inquiry into the bombing'
AFTERMATH_WORDS = frozenset(_PRESUPPOSED["aftermath_words"])  # 'victims of the bombings'


@dataclass(slots=True)
class Trigger:
    """A matched trigger word with its lexicon entry."""

    token: Token
    entry: Entry
    words: list[Token]
    nominal: bool
    absorbed_by: Trigger | None = None
    complements: list[Trigger] = field(default_factory=list)
    background: bool = False
    means: Trigger | None = None  # 'a rocket attack killed two': the noun saying how
    told: list[Token] = field(default_factory=list)  # 'X said Iran must …': Iran
    presupposed: bool = False  # 'in response to Friday's attack on a tanker': it happened
    retold: bool = False  # 'the inquiry into the bombing': told before, no news of its own
    answered_by: Trigger | None = None  # the armed act answering it ('destroyed … in response')
    protested: bool = False  # 'lodged a protest with Kabul over an air raid': the parties
    # of the protest give the raid's when it names none


@dataclass(slots=True)
class Draft:
    """An event found in a sentence, before actors/places/dates are resolved."""

    type: str
    cameo: str
    token: Token
    trigger_text: str
    actor_tokens: list[Token]
    target_tokens: list[Token]
    status: str
    negated: bool
    confidence: float
    nominal: bool
    speaker_tokens: list[Token] = field(default_factory=list)
    pronoun_tokens: list[Token] = field(default_factory=list)  # 'he' when read as the speaker
    background: bool = False  # a mention of an event reported elsewhere: dates only
    date_token: Token | None = None  # the word whose clause dates the event
    quoted: tuple[int, int] | None = None  # reported content: its dates are not the event's
    reported: tuple[int, int] | None = None  # the reported clause holding the event: its dates
    own_doer: bool = False  # an event noun naming its own doer ("Iraq's raid", 'an Iranian attack')
    abroad: bool = False  # a visit read from presence: only news when the place is foreign
    presupposed: bool = False  # one armed act a clause answers or follows: news even with no doer


# --------------------------------------------------------------------------- matching


class _Around:
    """What the entries tried on one token ask about its surroundings, worked out once: the
    prepositions around it (``_preps_around``) and which of its objects are concrete."""

    __slots__ = ("tok", "lex", "objs", "_preps", "_concrete")

    def __init__(self, tok: Token, lex: Lexicon, objs: list[Token]) -> None:
        self.tok, self.lex, self.objs = tok, lex, objs
        self._preps: dict[bool, list[Token]] = {}
        self._concrete: dict[int, bool] = {}

    def preps(self, with_object: bool) -> list[Token]:
        found = self._preps.get(with_object)
        if found is None:
            found = _preps_around(self.tok, with_object, self.objs, self.lex)
            found += _stranded_partners(self.tok, self.lex)
            self._preps[with_object] = found
        return found

    def concrete(self, obj: Token) -> bool:
        found = self._concrete.get(obj.i)
        if found is None:
            found = self._concrete[obj.i] = _is_concrete(obj, self.lex)
        return found


def _matches(
    entry: Entry, tok: Token, lex: Lexicon, objs: list[Token], around: _Around | None = None
) -> bool:
    """Whether ``tok`` meets ``entry``'s conditions; ``objs`` are its objects (``objects(tok)``).

    The caller has ruled out a token named as an example or a broken promise
    (``_never_an_event``), which no entry makes an event."""
    if around is None:
        around = _Around(tok, lex, objs)
    if entry.type in ARMED_TYPES and (
        _is_figurative(tok)
        or _volley_of_words(tok, lex)
        or _pelted_with_words(tok, lex)
        or _guarded_against(tok, lex)
    ):
        return False  # 'a diplomatic offensive', 'a barrage of criticism', 'protect … from attack'
    if (
        entry.object is not None
        or entry.person_object
        or entry.country_object
        or entry.people_object
    ):
        named = objs
        if entry.type in ARMED_TYPES:  # 'launched a diplomatic offensive', 'launched strikes',
            # 'fired a volley of complaints'
            named = [
                o
                for o in objs
                if not _is_figurative(o)
                and not _labour_strike(o)
                and not _volley_of_words(o, lex)
                and not _aimed_at_ills(o, lex)
            ]
        else:  # 'will lead the government's attack on inflation', 'launched a crackdown on
            # tax evasion': a figure of policy
            assault = lex.word_class("assault") | CRACKDOWNS
            named = [o for o in objs if not (any_lemma(o, lex, assault) and _aimed_at_ills(o, lex))]
            if entry.type == "sanction":  # 'introduced a sweeping tariff cut': eased, no measure
                named = [o for o in named if content_head(o).lower_ not in EASED_MEASURES]
        ok = any(
            (
                (
                    entry.object is not None
                    and _names_any(o, lex, entry.object, around, modifier=not entry.light)
                )
                or (entry.object is not None and "prisoner" in entry.object and _held(o))
                or (entry.object is not None and _stands_for(o, lex, entry.object, around))
                or (entry.person_object and is_personish(o))
                or (entry.country_object and (is_countryish(o) or _untagged_place(o)))
                or (entry.people_object and _nationals(o, lex))
            )
            and (entry.object_compound is None or _has_modifier(o, entry.object_compound, lex))
            for o in named
        )
        if not ok:
            return False
    if entry.transitive and not _objects_of_its_own(tok, objs):
        return False  # 'a galleon that sank off the coast' sank nothing
    if entry.intransitive and _objects_of_its_own(tok, objs):
        return False  # 'drove thousands of villagers into Bangladesh' invades nothing
    if entry.prep_object is not None and "death" in entry.prep_object and _crowd_crush(tok, lex):
        return False  # 'eight mourners were crushed to death at the grave': no assault
    if entry.type == "occupation" and _occupied_place(tok):
        return False  # 'to strike back "inside occupied Palestine"': a place, no act
    if entry.dative and not _recipient(tok, lex):
        return False
    if entry.type == "visit" and pos_of(tok) == "adj" and not _in_a_named_place(tok):
        return False  # 'is due in Moscow', not 'is due in court' or 'is expected in March'
    if entry.complement_clause and not children(tok, ("ccomp",)):
        return False
    if entry.object_not is not None and any(
        any_lemma(o, lex, entry.object_not)
        for o in (objs + prep_objects(tok, ("of",)) if pos_of(tok) == "noun" else objs)
    ):  # a noun's object is its 'of' phrase: 'the auction of mobile licences by the state'
        return False
    if tok.head.lower_ in IDIOM_HEADS.get(tok.lower_, ()):
        return False  # 'can rest assured that …': an idiom, no assurance given
    if entry.type in ARMED_TYPES and _people_harmed(tok):
        return False  # 'doctors treated the wounded', 'planned to evacuate wounded': people
    if entry.subject is not None or entry.person_subject or entry.people_subject:
        subj = _kind_subjects(tok, lex) if pos_of(tok) == "verb" else []
        if entry.predicative and pos_of(tok) == "adj" and tok.dep_ == "acomp":
            # '"… demands … were unacceptable," Tass said': the thing judged
            subj = [content_head(s) for s in children(tok.head, SUBJECT_DEPS)]
        ok = any(
            (entry.subject is not None and any_lemma(s, lex, entry.subject))
            or (entry.subject is not None and _titled_person(s, lex, entry.subject))
            or (  # 'The SEC fined the company': a named body stands for a body's word
                entry.subject is not None
                and not entry.subject.isdisjoint(BODY_NAME_STANDINS)
                and _state_institution(s, lex)
            )
            or (entry.person_subject and (is_personish(s) or _known_leader(s)))
            or (entry.people_subject and _counted_nationals(s, lex) and not _gone_away(tok))
            or (entry.country_subject and s.ent_type_ == "GPE")  # a state, not a people
            for s in subj
        )
        if not ok:
            return False
        if entry.type == "airstrike" or entry.cameo == "1831":
            # 'a suicide bomber struck a mosque' is a man with a bomb, no aircraft
            on_foot = any(
                any_lemma(s, lex, SUICIDE_ATTACKERS) and _has_modifier(s, SUICIDE_WORDS, lex)
                for s in subj
            )  # 'suicide drones' are still aircraft
            if on_foot != (entry.cameo == "1831"):
                return False
    # 'kicked a Turkish immigrant to death': the parser hangs the verb's phrase on its object
    on_object = entry.object is not None or entry.transitive
    if entry.prep is not None and not any(
        c.lower_ in entry.prep and not _time_phrase(c) for c in around.preps(on_object)
    ):
        return False
    if entry.prt is not None and not any(
        c.lower_ in entry.prt
        and (
            c.dep_ == "prt"
            or _is_bare_particle(c)
            or _is_adverb_particle(c)
            or (c.dep_ in ("advmod", "oprd") and entry.object is not None)
        )  # 'called its envoy back from Lima': the parser reads 'back' as an adverb (with
        # the object the entry asks for: 'jets hit back at targets' is no verbal 'hit back')
        for c in [*tok.children, *_particles_on_objects(objs, entry)]
    ):
        return False
    if entry.compound is not None and not _has_modifier(tok, entry.compound, lex):
        return False
    if entry.compound_not is not None and _has_modifier(tok, entry.compound_not, lex):
        return False  # 'a water concession': a licence to trade, nothing yielded
    if (
        (entry.prep_object is not None or entry.country_prep_object or entry.person_prep_object)
        and not any(
            (
                entry.prep_object is not None
                and (
                    any_lemma(p, lex, entry.prep_object)
                    or any_lemma(content_head(p), lex, entry.prep_object)
                    or _titled_person(content_head(p), lex, entry.prep_object)
                    or any(any_lemma(x, lex, entry.prep_object) for x in _labelled_as([p])[1:])
                    or (  # 'would be treated as enemy troops': the words of the label given
                        prep.lower_ == "as"
                        and any(
                            any_lemma(x, lex, entry.prep_object)
                            for x in _kind_labels([content_head(p)])[1:]
                        )
                    )
                    or any(  # 'the trial of Bernie Ebbers, former chief executive of WorldCom'
                        any_lemma(x, lex, entry.prep_object)
                        for x in children(content_head(p), ("appos",))
                    )
                )
            )
            or (
                entry.country_prep_object
                and (
                    is_countryish(content_head(p))
                    or content_head(p).lower_ in COUNTRY_NAMES
                    or _untagged_place(content_head(p))  # 'journeyed to Khartoum' (read as a name)
                )
                and not _ends_a_firm_name(content_head(p))
            )
            or (entry.person_prep_object and is_personish(content_head(p)))
            for prep in around.preps(on_object)
            if entry.prep is None or prep.lower_ in entry.prep
            for p in pobjs(prep)
        )
    ):  # the object of the entry's own preposition: 'withdrew from the town under the
        return False  # Geneva accord' leaves no accord
    if entry.prep_object_not is not None and any(
        any_lemma(content_head(p), lex, entry.prep_object_not)
        for prep in around.preps(on_object)
        if entry.prep is None or prep.lower_ in entry.prep
        for p in pobjs(prep)
    ):  # only the entry's own prepositions: 'marched in the capital against the president'
        return False  # 'was speaking to reporters', 'spoke to the BBC's Newsnight programme'
    if entry.subject_of is not None and not (
        tok.dep_ in ANY_SUBJECT_DEPS and any_lemma(tok.head, lex, entry.subject_of)
    ):
        return False
    if entry.object_of is not None and not (
        tok.dep_ in ("dobj", "nsubjpass") and any_lemma(tok.head, lex, entry.object_of)
    ):
        return False  # 'made a complaint to Kabul', not 'consumer complaints'
    if entry.object_of_not is not None and (
        tok.dep_ in ("dobj", "nsubjpass") and any_lemma(tok.head, lex, entry.object_of_not)
    ):
        return False  # 'will cut tariffs on American beef': no tariff imposed
    if entry.with_object_of is not None and not _outcome_of_talks(tok, lex, entry.with_object_of):
        return False  # 'ended the summit with an agreement', not 'a deal with Iran'
    if entry.complement is not None and not any(
        any_lemma(c, lex, entry.complement)
        for c in _labelled_as(children(tok, ("xcomp", "ccomp", "oprd", "acomp")))
        + (children(tok, ("relcl", "acl")) if pos_of(tok) == "noun" else [])
        # a noun's infinitive: 'had nothing to do with the blast'
        + _purpose_clauses(tok)
        + _gathering_participles(entry, tok)
        + _object_complements(tok)
        + _kind_labels(_labelled_as(_second_objects(tok)))
        + _kind_labels(children(tok, ("oprd",)))
        + _time_limit_clauses(tok, lex)
        # 'found him guilty': ccomp; 'rallied in Diyarbakir to demand': a purpose clause;
        # 'will not go unpunished': acomp; 'found a former mayor guilty': on the object
    ):
        return False
    if entry.complement_object is not None and not any(
        any_lemma(w, lex, entry.complement_object)
        for c in children(tok, ("xcomp", "ccomp"))
        for o in map(content_head, objects(c))
        for w in (o, *children(o, ("compound",)))  # 'its consulate general'
    ):
        return False  # 'ordered Hungary to close its consulate', not '… to close the camps'
    if entry.requires_complement and not (
        complement_clauses(tok)
        or (prep_children(tok, ("for",)) and entry.type == "appeal")
        or _clause_on_object(objs)
    ):
        return False
    if entry.no_complement and (
        complement_clauses(tok)
        or _clause_on_object(objs)
        or any(t.dep_ == "aux" and t.lower_ == "to" for t in tok.subtree)
    ):  # 'called on Nehru to resign', '… on the Secretary-General to secure their release'
        return False  # an appeal, not a courtesy call
    if entry.negated and not (
        children(tok, ("neg",))
        or any(d.lower_ == "no" for o in objs for d in children(o, ("det",)))
    ):
        return False  # 'let the currency float': only 'would not let Iran use …' (or 'had no
        # part in …') is an event
    if entry.predicative and not _is_predicate_noun(tok, lex):
        return False
    if entry.type == "deployment" and _participle_on_acting_force(tok):
        return False  # 'troops ordered to Honduras landed at Palmerola': one deployment
    return not _other_sense(entry, tok, lex, objs)  # last: the costliest test


def _participle_on_acting_force(tok: Token) -> bool:
    """Whether ``tok`` is a past participle right after a noun that is the subject of a verb of
    its own ('The first of 3,200 troops ordered to Honduras landed at the air base', 'soldiers
    sent to the border opened fire'): the participle tells which force it is, the verb what
    it did; the sending is no second act of the sentence. One set off by a comma tells an
    act of its own ('The force, sent to the island in July, began …')."""
    if tok.dep_ != "acl" or tok.tag_ != "VBN" or tok.head.i != tok.i - 1:
        return False
    noun = tok.head
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ == "of":
        noun = noun.head.head  # 'the first of 3,200 troops ordered to …'
    return noun.dep_ in ("nsubj", "nsubjpass") and pos_of(noun.head) == "verb"


def _home_sitting(tok: Token, lex: Lexicon, objs: list[Token]) -> bool:
    """A meeting noun, the trigger or the object of the trigger verb, that one of
    ``HOME_SITTINGS`` describes ('called an emergency cabinet meeting', 'a party caucus
    meeting'): a sitting of the doer's own body."""
    meetings = [tok] if pos_of(tok) == "noun" else [content_head(o) for o in objs]
    return any(
        any_lemma(m, lex, _SITTINGS)
        and any(c.dep_ in ("compound", "amod") and c.lower_ in HOME_SITTINGS for c in m.children)
        for m in meetings
    )


def sets_captives_free(cameo: str | None, verb: Token, lex: Lexicon) -> bool:
    """A release of persons (CAMEO 0841) told with 'free' or 'release' ('two French hostages
    were freed'), not 'turned back' or 'handed over'."""
    return cameo == RELEASE_CAMEO and any_lemma(verb, lex, RELEASE_VERBS)


def imposes_a_state_measure(etype: str, verb: Token, lex: Lexicon) -> bool:
    """A measure only a state takes over its own ground (``state_measures``), imposed or lifted
    in the passive with no doer named ('a curfew was imposed in Nablus', 'a state of emergency
    was declared in the province', 'martial law was lifted'): the state of the place is its
    doer, as it is of an arrest no one is named as making."""
    if etype not in ("coercion", "concession") or pos_of(verb) != "verb" or not is_passive(verb):
        return False
    return any(_a_state_measure(o, lex) for o in objects(verb))


def _a_state_measure(noun: Token, lex: Lexicon) -> bool:
    """'curfew', 'a state of emergency', 'martial law' (``state_measures``)."""
    if any_lemma(noun, lex, STATE_MEASURES["nouns"]):
        return True
    if any_lemma(noun, lex, STATE_MEASURES["holders"]):  # 'a state of emergency'
        return any(_a_state_measure(p, lex) for p in prep_objects(noun, ("of",)))
    return any(
        any_lemma(noun, lex, frozenset({head})) and _has_modifier(noun, modifiers, lex)
        for head, modifiers in STATE_MEASURES["modified"].items()
    )


def _relief_carrier(tok: Token, lex: Lexicon) -> Token | None:
    """The participle of carrying that says the ships, planes or lorries sent or arriving bear
    relief (``relief_cargo``: 'sent two ships carrying relief supplies', 'Italian ships
    carrying food and medicine arrived'): aid delivered (073), no deployment. 'Supplies' are
    relief only with one of the 'supply_marks' ('helicopters carrying supplies to the
    garrison' stay). None when there is none."""
    goods = lex.derived(
        "relief_loads",
        lambda: lex.word_classes("relief_goods", "aid", "staple_food") - {"supplies"},
    )
    movers = objects(tok) + subjects(tok)
    movers += [o for m in movers for o in prep_objects(m, ("of",))]  # 'a convoy of trucks'
    return next(
        (
            c
            for mover in movers
            for c in mover.children
            if c.dep_ == "acl"
            and any_lemma(c, lex, RELIEF_CARGO["verbs"])
            and _relief_load(c, goods, lex)
        ),
        None,
    )


def _convoy_trigger(trig: Trigger) -> bool:
    """A trigger read off convoys or lorries that reach or arrive somewhere (an entry whose
    subjects are all ``relief_cargo`` 'vehicles'): aid when they bear relief, else nothing."""
    allowed = trig.entry.subject
    return bool(allowed) and allowed <= RELIEF_CARGO["vehicles"]


def _marked_convoy(tok: Token, lex: Lexicon) -> Token | None:
    """A subject of ``tok`` one of the 'supply_marks' describes ('an aid convoy arrived')."""
    return next(
        (s for s in subjects(tok) if _has_modifier(s, RELIEF_CARGO["supply_marks"], lex)), None
    )


def _vehicle_owners(tok: Token) -> list[Token]:
    """The parties named on the vehicles that are a verb's subject, or on the vehicles of
    their 'of' phrase ('a Red Cross convoy', 'a convoy of U.N. trucks'): whose relief it is."""
    movers = subjects(tok)
    movers += [o for m in movers for o in prep_objects(m, ("of",))]
    return [
        c
        for m in movers
        for c in m.children
        if c.dep_ in ("compound", "amod", "poss", "nmod") and c.ent_type_ in PARTY_ENTS
    ]


def _relief_load(carrying: Token, goods: frozenset[str], lex: Lexicon) -> bool:
    """What a carrying participle bears is relief: one of ``goods``, or supplies one of
    ``supply_marks`` describes."""
    loads = [o for d in objects(carrying) for o in [d, *d.conjuncts]]
    return any(
        any_lemma(o, lex, goods)
        or (o.lower_ == "supplies" and _has_modifier(o, RELIEF_CARGO["supply_marks"], lex))
        for o in loads
    )


def _aimed_at_ills(noun: Token, lex: Lexicon) -> bool:
    """An attack noun aimed only at an ill, a doctrine or funds ('launched an assault on the
    budget deficit', 'a war against inflation'): a figure of policy, no armed act."""
    aims = [content_head(p) for p in prep_objects(noun, ("on", "against"))]
    figures = lex.word_classes("ills", "doctrine", "funds")
    return bool(aims) and all(any_lemma(a, lex, figures) for a in aims)


def _talks_mediated(trig: Trigger, at: dict[int, Trigger]) -> list[Token]:
    """The parties to talks a mediation is told in a participle on ('the two leaders met in
    talks arranged by King Fahd'): the subjects of the verb the talks noun hangs on, when
    that noun is a meeting of its own. The mediation is the news of that meeting, no
    background."""
    tok = trig.token
    if trig.entry.type != "mediation" or tok.dep_ != "acl" or tok.head.i not in at:
        return []
    talks = at[tok.head.i]
    if talks.entry.type != "meeting" or not talks.nominal:
        return []
    verb = talks.token.head.head if talks.token.dep_ == "pobj" else talks.token.head
    for _ in range(4):  # 'after two days of talks chaired by X': the span's own preposition
        if verb.lower_ != "of" and not (verb.dep_ == "pobj" and verb.head.lower_ == "of"):
            break
        verb = verb.head
    if verb.dep_ == "pobj":
        verb = verb.head.head
    return with_conjuncts(subjects(verb)) if pos_of(verb) == "verb" else []


def _object_complements(tok: Token) -> list[Token]:
    """Adjectives after a verb's direct object that the parser hangs on the object ('found a
    former mayor guilty of genocide'): the verb's complement, as in 'found him guilty'; an
    adjective before the noun ('found the guilty man') describes it. An adjective the parser
    reads as a clause on the object counts too ('would not leave the attack unanswered'), and
    so does a noun with no comma before it that the parser hangs on the object ('called the
    Israeli prime minister a war criminal'; not 'met the envoy, a former general')."""
    return [
        a
        for o in children(tok, ("dobj",))
        for a in o.children
        if a.i > o.i
        and (
            a.dep_ == "amod"
            or (a.dep_ == "acl" and a.tag_ == "JJ")
            or (a.dep_ == "appos" and not any(t.is_punct for t in o.doc[o.i + 1 : a.left_edge.i]))
        )
    ]


def _second_objects(tok: Token) -> list[Token]:
    """A verb's second direct object, which the parser may give for the name it gives the
    first ('branded Ethiopia an enemy state': 'state')."""
    return children(tok, ("dobj",))[1:]


def _time_limit_clauses(tok: Token, lex: Lexicon) -> list[Token]:
    """The act a time limit given is for ('were given 72 hours to leave the country', 'gave
    them a week to leave'): a to-infinitive on a time noun that is the verb's object, the
    verb's complement as in 'told them to leave'."""
    return [
        c
        for o in children(tok, ("dobj",))
        if any_lemma(o, lex, lex.modality["time_limits"])
        for c in children(o, ("relcl", "acl"))
        if is_to_infinitive(c)
    ]


def _left_unanswered(trig: Trigger) -> bool:
    """A threat read off an act said to be left unanswered ('the massacre will not go
    unpunished'): its subject is the act, and the one who threatens is who says so."""
    return (
        trig.entry.negated
        and trig.entry.complement is not None
        and "go" in trig.entry.lemmas
        and not trig.nominal
    )


ACCUSING_VERBS = frozenset(_WORDS["answered_charges"]["accusing_verbs"])  # 'accused X of …'
CHARGE_NOUNS = frozenset(_WORDS["answered_charges"]["charges"])  # '…, a charge Y rejected'
LABEL_HEADS = frozenset(_WORDS["label_heads"])  # 'called the raid an act of piracy'
LABELLED_KINDS = frozenset(_WORDS["labelled_kinds"])  # 'branded X an enemy state'
AGREEING_VERBS = frozenset(_WORDS["agreeing_verbs"])  # 'agreed to ban imports': done
AIMED_EFFORTS = frozenset(_WORDS["aimed_efforts"])  # 'a war to disarm Iraq': its aim
ASKED_NOUNS = frozenset(_WORDS["asked_nouns"])  # 'a call by the Senate to impose penalties'
SUSPECTED_GROUNDS = frozenset(_WORDS["suspected_grounds"])  # 'on suspicion of selling arms'
EVACUATING_VERBS = frozenset(_WORDS["envoys_kin"]["verbs"])  # 'evacuated diplomats' families'
ENVOY_OWNERS = frozenset(_WORDS["envoys_kin"]["owners"])
JOINED_BLOW_TYPES = ARMED_TYPES - {"clash"}  # 'fired missiles and dropped bombs': one blow
RESISTING_VERBS = frozenset(_WORDS["resisted_acts"]["verbs"])  # 'will oppose any aggression'
RESISTED_ACTS = frozenset(_WORDS["resisted_acts"]["acts"])
CONTROL_PARTICIPLES = frozenset(_WORDS["control_participles"])  # 'camps held by rebels'


def _charge_told_before(tok: Token, lex: Lexicon) -> Token | None:
    """The accusing verb the parser hung as a clause under the rejection of a charge set after
    it ('Mozambique accused Malawi of arming the rebels, a charge Malawi denied': 'accused'
    read as the content of 'denied', the charge as its object): a charge of its own, told
    before the rejection, not what is rejected."""
    if pos_of(tok) != "verb":
        return None
    charges = [c for c in objects(tok) if _is_one_of(c, lex, CHARGE_NOUNS)]
    for clause in children(tok, ("ccomp",)):
        if (
            clause.i < tok.i
            and pos_of(clause) == "verb"
            and lemmas(clause, lex, "verb") & ACCUSING_VERBS
            and any(clause.i < c.i < tok.i for c in charges)
        ):
            return clause
    return None


def _accusers_of_the_charge(tok: Token, lex: Lexicon) -> list[Token]:
    """Who made the charge a rejection answers, when the charge is set beside the accusing
    verb ('X accused Cuba of holding prisoners, a charge Havana rejected': X)."""
    told = _charge_told_before(tok, lex)
    if told is not None:
        return subjects(told)
    for charge in objects(tok):
        if not _is_one_of(charge, lex, CHARGE_NOUNS):
            continue
        verb = charge.head
        if (
            charge.dep_ in ("npadvmod", "appos", "dobj")
            and pos_of(verb) == "verb"
            and verb != tok
            and lemmas(verb, lex, "verb") & ACCUSING_VERBS
        ):
            return subjects(verb)
    return []


def _sayers(tok: Token, lex: Lexicon) -> list[Token]:
    """The subjects of the nearest verb of speech above ``tok`` ('Hizbollah said the killing
    was a massacre that will not go unpunished': Hizbollah)."""
    speech = lex.modality.get("speech", frozenset())
    head = tok
    for _ in range(8):
        if head.head == head:
            return []
        head = head.head
        if pos_of(head) == "verb" and any_lemma(head, lex, speech):
            return subjects(head)
    return []


def _labelled_as(complements: list[Token]) -> list[Token]:
    """Complements with what an act 'of' one names ('called the raid an act of piracy':
    'act' and 'piracy') and how an adjective judges it ('called it a criminal act': 'act'
    and 'criminal')."""
    out = list(complements)
    for c in complements:
        if c.lower_ in LABEL_HEADS:
            out.extend(p for prep in prep_children(c, ("of",)) for p in pobjs(prep))
            out.extend(children(c, ("amod",)))
    return out


def _kind_labels(complements: list[Token]) -> list[Token]:
    """Complements with the words that label a kind of party ('branded its neighbour an enemy
    state': 'state' and 'enemy')."""
    out = list(complements)
    for c in complements:
        if c.lower_ in LABELLED_KINDS:
            out.extend(children(c, ("amod", "compound")))
    return out


def _people_harmed(tok: Token) -> bool:
    """Whether a participle of harm names people, not an act: the head of a noun phrase, the
    object or subject of another verb with no subject or auxiliary of its own ('treated the
    wounded', 'the injured were flown out'), or the complement of a verb of care
    (``CARE_VERBS``: 'planned to evacuate wounded from the camps')."""
    if tok.tag_ not in ("VBN", "JJ") or children(tok, ("nsubj", "nsubjpass", "aux", "auxpass")):
        return False
    if tok.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass"):
        return True
    return tok.dep_ in ("xcomp", "oprd", "ccomp") and tok.head.lower_ in CARE_VERBS


def _counted(tok: Token) -> Token:
    """What a count counts ('a total of 60 hares', 'dozens of foxes': the 'of' object)."""
    if tok.tag_ != "CD" and tok.lower_ not in COUNT_NOUNS:
        return tok
    counted = prep_objects(tok, ("of",))
    if counted:
        return content_head(counted[0])
    after = tok.doc[tok.i + 1 : tok.i + 5]  # 'a total of 60 hares' parsed apart
    if len(after) and after[0].lower_ == "of":
        return next((t for t in after[1:] if t.pos_ in ("NOUN", "PROPN")), tok)
    return tok


def _kind_subjects(verb: Token, lex: Lexicon) -> list[Token]:
    """The subjects whose kind an entry tests, a pronoun taken as the speaker of the report it
    stands in ('the air force said it struck two bridges', 'the court said it had found them
    guilty': the air force, the court), as the actors of the event are. Not under a modal:
    'the farmers said they would blockade Paris' states an intent, which the entries of the
    act without a doer's kind read (a threat)."""
    found = [content_head(s) for s in subjects(verb)]
    if not any(is_pronoun(s) and s.lower_ in THIRD_PERSON for s in found):
        return found  # most subjects are no pronoun: no report need be read
    if any(c.tag_ == "MD" for c in children(verb, ("aux",))):
        return found
    speaker = read_modality(verb, lex).speakers()
    return [
        content_head(x)
        for s in found
        for x in (speaker if s.lower_ in THIRD_PERSON and _agrees(s, speaker) else [s])
    ]


THAT_MARK = frozenset({"that"})


def _clause_on_object(objs: list[Token]) -> bool:
    """A 'that' clause the parser hung on the verb's object noun, which says what the verb
    conveys ('served notice that it could impose tariffs', 'gave assurances that it would
    withdraw')."""
    return any(
        c.dep_ in ("acl", "ccomp") and pos_of(c) == "verb" and _has_mark(c, THAT_MARK)
        for o in objs
        if pos_of(o) == "noun"
        for c in o.children
    )


def _particles_on_objects(objs: list[Token], entry: Entry) -> list[Token]:
    """An adverb particle the parser hangs on the object the entry asks for ('ordered its
    ambassador home', 'brought the troops back'): the verb's particle."""
    if entry.object is None:
        return []
    return [c for o in objs for c in o.children if c.dep_ == "advmod" and c.i > o.i]


def _recipient(tok: Token, lex: Lexicon) -> bool:
    """Whether ``tok`` names a recipient as its first object ('gave Kenya a loan'), not a
    sum the parse puts there ('give a pounds 4m grant'); or, passive, keeps the sum as its
    object, so its subject (or the subject it shares with a verb before) is the one given it
    ('Britain was granted pounds 349m by the EU', 'had hoped for more but was given 5m')."""
    currency = lex.word_class("currency")
    if any(not c.like_num and not any_lemma(c, lex, currency) for c in children(tok, ("dative",))):
        return True
    return is_passive(tok) and any(
        any_lemma(c, lex, currency) for c in children(tok, ("dative", "dobj"))
    )


def _stands_for(pronoun: Token, lex: Lexicon, words: frozenset[str], around: _Around) -> bool:
    """'it' as the object of a verb, standing for a thing the entry needs (``words``) named
    earlier in its sentence or in the sentence before: the nearest singular noun before it
    that is a subject or object ('drafted an accord, and both signed it'), or the subject of
    the sentence before, its topic ('The protocol freezes consumption of the chemicals. Most
    West European countries signed it')."""
    if pronoun.lower_ != "it" or pronoun.dep_ not in OBJECT_DEPS:
        return False
    sent = pronoun.sent
    start = pronoun.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    nearest = next(
        (
            t
            for t in reversed(pronoun.doc[start : pronoun.i])
            if t.tag_ == "NN"
            and t.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "appos")
            and not is_personish(t)  # 'the president signed it': not the president
        ),
        None,
    )
    said = [nearest] if nearest is not None else []
    if start < sent.start:
        topic = pronoun.doc[start].sent.root
        said += [t for t in children(topic, ANY_SUBJECT_DEPS) if t.tag_ == "NN"]
    return any(_names_any(t, lex, words, around, modifier=False) for t in said)


def _held(tok: Token) -> bool:
    """People a participle describes as held ('the fishermen detained last month', 'the
    detained student'): prisoners."""
    # a participle before the noun, also one the parser hangs on another modifier
    before = (t for left in tok.lefts for t in left.subtree)
    if any(t.dep_ == "amod" and t.lower_ in HELD_PARTICIPLES for t in before):
        return True  # 'freed the detained student', 'the jailed Australian academic'
    described = [c for c in tok.children if c.dep_ in ("acl", "relcl")]
    if tok.dep_ in SUBJECT_DEPS and is_reduced_relative(tok.head):  # a mis-parsed participle
        described.append(tok.head)
    return any(c.lower_ in HELD_PARTICIPLES or _holders(c) for c in described)


def _protected_against(verb: Token, lex: Lexicon) -> bool:
    """A verb of defending whose 'against' phrase names a danger (``protection_against``:
    'could be defended against the threat of terrorism'): protection, no words of backing
    ('defended the policy against its critics' stays support)."""
    return any_lemma(verb, lex, PROTECTION_VERBS) and any(
        p.lower_ in PROTECTION_DANGERS for p in prep_objects(verb, ("against",))
    )


def _pursued_by_efforts(trig: Trigger) -> bool:
    """A verb of an act whose verb above (through 'to' clauses) has an effort under way as
    its subject (``PURSUIT_SUBJECTS``: 'efforts would continue to deport them'): the act is
    pursued, not vowed, so no threat."""
    if trig.nominal:
        return False
    verb = trig.token
    while verb.dep_ == "xcomp" and verb.head is not verb:
        verb = verb.head
    return any(s.lower_ in PURSUIT_SUBJECTS for s in children(verb, ("nsubj",)))


def removes_abroad(sent: Span, lex: Lexicon) -> bool:
    """Whether a sentence sends people abroad with no state named (``REMOVALS_ABROAD``):
    'deals are being sought to allow the UK to deport terror suspects to their home
    countries', 'return them to their countries of origin', 'send them back overseas',
    'deport some of the foreign detainees'."""
    if not sentence_has(sent, lex.inflections(REMOVALS_ABROAD["verbs"])):
        return False  # no form of a verb of removal
    for tok in sent:
        if tok.pos_ != "VERB" or not any_lemma(tok, lex, REMOVALS_ABROAD["verbs"]):
            continue
        if any(c.lower_ in REMOVALS_ABROAD["adverbs"] for c in tok.children):
            return True
        for obj in children(tok, ("dobj", "nsubjpass")):
            head = content_head(obj)
            if any(m.lower_ in REMOVALS_ABROAD["object_marks"] for m in head.children):
                return True  # 'deport some of the foreign detainees'
        for prep in prep_children(tok, ("to",)):
            for obj in pobjs(prep):
                if obj.lower_ in REMOVALS_ABROAD["places"]:
                    return True
    return False


def _planned_coercion(trig: Trigger, etype: str) -> bool:
    """A coercion of people or property under a word of plan (``PLAN_WORDS``), through 'to'
    clauses ('the UK government is planning to return the children to Albania', 'plans to
    deport the men', 'plan to seize 12,900 acres'): a coercion planned, no threat; a vow
    ('will deport them') stays one, and so do restrictions planned (CAMEO 172: 'plans to
    impose restrictions on its labour market', which CAMEO coders read as a threat)."""
    if etype != "coercion" or trig.nominal or (trig.entry.cameo or "").startswith("172"):
        return False
    verb = trig.token
    while verb.dep_ == "xcomp" and verb.head is not verb:
        verb = verb.head
        if verb.lower_ in PLAN_WORDS:
            return True
    return False


def _holders(participle: Token) -> list[Token]:
    """The country or force a participle such as 'held' says holds people ('Britons held by
    the US': the US); none for other participles or holders ('shares held by the bank').
    With no 'by' phrase, a country the people are held in holds them ('a suspect held in
    the UK without trial was freed': the UK frees him)."""
    if participle.lower_ not in HELD_BY_PARTY and participle.lower_ not in HELD_PARTICIPLES:
        return []
    agents = [content_head(p) for agent in children(participle, ("agent",)) for p in pobjs(agent)]
    if not agents:
        agents = [p for p in prep_objects(participle, ("in",)) if p.lower_ in COUNTRY_NAMES]
    return [p for p in agents if p.ent_type_ in ("GPE", "NORP") or is_countryish(p)]


def _place_holders(verb: Token) -> list[Token]:
    """Who holds the place a hostile verb hits or takes, named in the 'by' phrase of a
    participle on its object (``HOLDING_PARTICIPLES``: 'retake a hill held by Laotian
    forces', 'shelled a town controlled by the rebels')."""
    return [
        p
        for o in children(verb, ("dobj",))
        for c in children(o, ("acl",))
        if c.lower_ in HOLDING_PARTICIPLES
        for agent in children(c, ("agent",))
        for p in with_conjuncts(pobjs(agent))
    ]


def _holding_participles(verb: Token) -> list[Token]:
    """The participles saying who holds the people a passive verb frees or returns."""
    return [
        c
        for s in children(verb, PASSIVE_SUBJECT_DEPS)
        for c in s.children
        if c.dep_ in ("acl", "relcl") and _holders(c)
    ]


def _held_on_freed(verb: Token) -> list[Token]:
    """The participles of holding on the people a verb frees or returns ('released two
    yachtsmen detained after straying into its waters', 'fishermen arrested off the coast
    were handed back'): they tell which people, not a new arrest."""
    freed = children(verb, ("dobj", *PASSIVE_SUBJECT_DEPS))
    described = [c for o in freed for c in o.children if c.dep_ in ("acl", "relcl")]
    described += [c for c in verb.children if is_reduced_relative(c)]
    return [c for c in described if c.lower_ in HELD_PARTICIPLES]


def _held_by(verb: Token) -> list[Token]:
    """Who holds the people a passive verb with no agent frees or returns ('All four Britons
    held by the US will be returned': the US returns them)."""
    return [h for c in _holding_participles(verb) for h in _holders(c)]


def _gathering_participles(entry: Entry, tok: Token) -> list[Token]:
    """The participles after a gathering that tell what it is for ('rallied in Jerusalem,
    demanding early elections'), for a protest entry that asks for such a complement."""
    if entry.type != "protest":
        return []
    return [c for c in children(tok, ("advcl",)) if c.tag_ == "VBG" and c.i > tok.i]


def _other_sense(entry: Entry, tok: Token, lex: Lexicon, objs: list[Token]) -> bool:
    """The word in a sense that makes no diplomatic or military event: market demand ('it has
    immediate demand'), business talks ('in talks to buy assets'), talks only wished for ('a
    proponent of talks'), an effort ('in an attempt
    to bring …'), expulsion from a party, a court appeal ('considering whether to appeal'),
    'sworn in', a wish for one's own act ('wants to end US isolation'), a claim ('insisted
    it had made great advances'), a bare statement whose clause tells of an act ('told
    reporters that Tehran would retaliate': the act is the news; or one about no state), an
    admission of no deed of one's own, a telling that asks no act, help by no state."""
    pos = pos_of(tok)
    if entry.type == "meeting" and pos == "verb" and any_lemma(tok, lex, SOUGHT_DEAL_VERBS):
        return not is_passive(tok)  # 'Iran has been pursuing a series of deals': its dealings
    if entry.type == "support" and pos == "verb" and _protected_against(tok, lex):
        return True  # 'how Britain could be defended against the threat of terrorism'
    if entry.type == "statement" and entry.cameo == "010":
        if entry.object is not None and objs:
            return False  # 'briefed the envoys on the fighting': a telling to those it names
        return _tells_of_an_act(tok, lex, _ABOUT) or not _about_a_state(tok)
    if entry.type == "demand" and entry.requires_complement and not _bids_an_act(tok):
        return True  # 'told Madrid that I want it': no act asked of Madrid
    if entry.type == "appeal" and pos == "verb" and _wishes_a_state(tok, lex):
        return True  # 'Patriots wanted the UK to be prosperous': a wish, no act asked
    if entry.type == "aid" and entry.country_object and pos == "verb":
        return not any(is_party_word(s) for s in subjects(tok))  # 'moves would help Japan'
    if entry.type == "statement" and entry.complement_clause and entry.cameo == "015":
        return not _admits_own_deed(tok, lex)
    if _denial(entry) and pos == "verb" and _denies_a_state(tok, objs, lex):
        return True  # 'denied reports that the president was ill': no deed disowned
    if entry.type == "accusation" and pos == "verb" and _weapons_act(tok, lex):
        return True  # 'Israeli jets hit back at targets in Gaza': no retort
    if entry.type == "demand" and pos == "noun" and any_lemma(tok, lex, frozenset({"demand"})):
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod")]
        bare = tok.tag_ == "NN" and not any(  # 'Demand in India has been driven by …'
            c.dep_ in ("det", "poss", "nummod", "predet") for c in tok.children
        )
        return (
            bare
            or any(c.lower_ in MARKET_DEMAND["modifiers"] for c in mods)
            or (tok.dep_ in OBJECT_DEPS and any_lemma(tok.head, lex, MARKET_DEMAND["verbs"]))
            or any(  # 'depressing its demand for imports': buyers' demand for goods
                _is_one_of(p, lex, MARKET_DEMAND["goods"]) for p in prep_objects(tok, ("for",))
            )
        )
    if entry.type == "concession" and pos == "verb":
        asked = [o for o in objs if o.lower_ == "demand"]
        if asked and all(_market_demand(o) for o in asked):
            return True  # 'to meet demand from investors', 'corn demand has been met'
    if entry.type not in ARMED_TYPES and pos == "verb" and _given_to_no_one(tok):
        return True  # 'it has given its word to nobody': no promise made
    if entry.type == "concession" and pos == "verb" and _freed_in_assault(tok, lex):
        return True  # 'troops stormed the cave and freed 23 hostages': a rescue
    if entry.type == "sanction" and pos == "verb" and _home_supplies(objs):
        return True  # 'cut household water supplies to eight hours a day': rationing
    if entry.type == "pledge" and pos == "verb" and _kept_now(tok, lex):
        return True  # 'the six nations are abiding by the Paris accord': a state
    if entry.type == "sanction" and pos == "verb" and _home_freeze(objs, lex):
        return True  # 'announced a wage and price freeze': economic policy at home
    if entry.type == "sanction" and pos == "verb" and _own_airlifts(objs):
        return True  # 'had ended their evacuation flights': an airlift of one's own people
    if entry.type == "sanction" and pos == "verb" and _links_between_things(objs):
        return True  # 'break the link between arriving here and claiming asylum'
    if entry.type == "withdrawal" and _leaves_a_compact(tok, lex):
        return True  # 'withdrawing from the UN convention on refugees': no forces pulled back
    if entry.type == "sanction" and pos == "verb":
        payments = [o for o in objs if any_lemma(o, lex, _PAYMENT)]
        if payments and all(_debt_service(o) or _home_payment(o) for o in payments):
            return True  # 'suspended interest payments on its foreign debt': a moratorium;
            # 'pension payments were halted': economic policy at home
    if (
        (entry.type in ARMED_TYPES or entry.type == "threat")
        and _business_contest(tok)
        and not (pos == "verb" and _forces_against_a_party(tok, lex))
    ):
        return True  # 'the takeover battle for Burlington', 'a fight for control of the bank'
    if entry.type == "clash" and pos == "verb" and _fights_to_survive(tok):
        return True  # 'continues to fight for its survival', 'is fighting for its life'
    if entry.type == "withdrawal" and entry.cameo == "087" and _protest_ended_by_act(tok):
        return True  # 'resigned on Sunday, ending three weeks of street protests': a result
    if entry.type == "ceasefire" and pos == "noun" and _truce_holding(tok, lex):
        return True  # 'as the ceasefire with the rebels held': a truce in force, no act
    if entry.type in ARMED_TYPES and _contest_for_office(tok):
        return True  # 'the battle for the leadership of the party': a contest for a post
    if entry.type == "appeal" and _to_sports_bodies(tok):
        return True  # 'said they would appeal to the international weightlifting federation'
    if entry.type in ARMED_TYPES and pos == "noun" and _remembered_act(tok):
        return True  # 'veterans of the Dieppe raid', 'the anniversary of the invasion'
    if entry.type == "blockade" and pos == "noun" and _state_of_law(tok):
        return True  # 'declared a state of siege': a law of emergency, no siege laid
    if entry.type == "threat" and pos == "verb" and _legal_recourse(tok, lex):
        return True  # 'threatened to take the case to court', 'threatened to sue the paper'
    if entry.type in ARMED_TYPES and pos == "verb" and _answered_by_doing(tok, lex):
        return True  # 'retaliated by ordering six diplomats to leave': the act is the expulsion
    if entry.type in ARMED_TYPES and pos == "verb" and _killed_by_mishap(tok, lex):
        return True  # 'an earthquake hit Peru, killing 12', 'were killed in crashes of buses'
    if entry.type in ARMED_TYPES and _plays_against_players(tok, lex, objs):
        return True  # 'would attack the Australian bowlers from the first over': a game
    if entry.type in ARMED_TYPES and pos == "verb" and _game_result(tok, lex):
        return True  # 'Brazil beat Argentina 2-1 in the qualifier': a match won
    if entry.type in ("meeting", "visit") and pos == "noun" and _game_told(tok, lex):
        return True  # 'in their last meeting, the Irish beat Italy in the final': a match
    if entry.type in ("meeting", "visit") and _game_trip(tok, lex):
        return True  # 'named a captain for the cricket tour', 'ran at a meeting in Nairobi'
    if (
        entry.type == "meeting"
        and pos == "noun"
        and any(c.dep_ == "amod" and c.lower_ in SERIAL_MARKS for c in tok.children)
    ):
        return True  # 'held its rate for a third straight meeting': a sitting counted
    if entry.type == "meeting" and pos == "noun" and _open_consultation(tok):
        return True  # 'launched a public consultation on the plans': comments invited
    if entry.type == "meeting" and _press_sitting([tok] if pos == "noun" else objs):
        return True  # 'will hold a televised news conference on Thursday': reporters faced
    if entry.type == "meeting" and pos == "noun" and _talk_of_a_thing(tok):
        return True  # 'yesterday's talk of lower base lending rates fizzled out': chatter
    if entry.type == "aid" and _clauses_of_a_law([tok] if pos == "noun" else objs):
        return True  # 'decided to rush provisions of the Financial Services Act into effect'
    if entry.type == "sanction" and pos == "noun" and _lifted_sum(tok, lex):
        return True  # 'may lift an additional 84 mln dlrs in trade sanctions': no sanction
    if entry.type in ARMED_TYPES and pos == "verb" and _called_a_quality(tok):
        return True  # 'was attacked by the Tories as too little, too late': criticism
    if entry.type in ("meeting", "support") and _home_sitting(tok, lex, objs):
        return True  # 'called an emergency cabinet meeting': the doer's own body sits
    if entry.type == "meeting" and _trading_session(tok, objs):
        return True  # 'the Nikkei index ended the morning session higher': a market's day
    if (
        entry.type in ("agreement", "cooperation")
        and pos == "noun"
        and tok.dep_ == "dobj"
        and tok.head.tag_ in ("VBZ", "VBP")
        and any_lemma(tok.head, lex, HOLDING_VERBS)
    ):
        return True  # 'France, which has defence agreements with both countries': a standing tie
    if entry.type == "clash" and _fought_over_words(tok, lex):
        return True  # 'fought the planned sale', 'battling against proposals'
    if (entry.type == "clash" or (entry.type == "attack" and _war_worded(tok, lex, objs))) and (
        _fought_against_things(tok, lex)
    ):  # 'fighting a losing battle against cheap imports', 'waging war against poverty';
        return True  # 'would retaliate against any tariffs' stays a threat of a blow
    if entry.type == "clash" and _fight_of_no_party(tok, lex):
        return True  # 'fought her corner', 'hired lawyers to fight for compensation'
    if entry.type == "clash" and _fought_a_hazard(tok, lex):
        return True  # 'soldiers battled to keep the oil slick off the beaches'
    if _market_doing(entry, tok, lex):
        return True  # 'the speculators attack again', 'blue chips were slaughtered'
    if (
        (entry.type in ARMED_TYPES or entry.type in ("blockade", "occupation"))
        and pos == "noun"
        and _scare_quoted(tok)
        and not _armed_noun(tok, lex)
        and not prep_children(tok, ("by", "from", "on", "against"))
    ):
        return True  # 'unions were "under siege"': a figure the writer marks as one
    if entry.type in ("protest", "deployment") and _march_of_music(tok, lex):
        return True  # 'marched behind a pipe band', 'the band played Scottish marches'
    if entry.type in ARMED_TYPES and _fired_no_arms(tok, lex, objs):
        return True  # 'fired figures at one another', 'shot to international fame'
    if entry.type in _STAGEABLE_TYPES and _done_by_nature(tok, lex):
        return True  # 'swarms of locusts invaded farmland', 'measles kills 4,000 children'
    if entry.type == "support" and pos == "verb" and _praised_works(children(tok, ("dobj",)), lex):
        return True  # 'the newspaper praised the battle scenes': a review
    if pos == "verb" and _told_in_a_work(tok):
        return True  # 'In the film's last scene, troops storm the palace': a story
    if _told_by_a_work(tok, lex):
        return True  # 'the epic tells of a platoon that captures a ridge': a story
    if entry.type in ARMED_TYPES and pos == "verb" and _done_in_jail(tok, lex):
        return True  # 'about 50 prisoners attacked officers': a jail riot
    if entry.type == "threat" and pos == "verb" and _threatened_labour_action(objs):
        return True  # 'threatened industrial action unless more staff were hired'
    if entry.type == "threat" and pos == "verb" and _threatened_with_fate(tok):
        return True  # 'Spain is threatened with massive imports': a danger, no one's threat
    if pos == "noun" and any(
        c.dep_ in ("amod", "compound") and c.lower_ in NO_PARTY_DOERS["pretend_marks"]
        for c in tok.children
    ):
        return True  # 'students ran a mock negotiation': play
    if entry.cameo in MOOD_CAMEOS and pos == "verb" and _no_ones_mood(tok):
        return True  # 'nobody should doubt that the rebels mean to …': a claim, no one's mood
    if entry.type == "threat" and pos == "verb" and _threatened_deed_done(tok, lex):
        return True  # 'Iraq responded in kind, shelling Iranian towns': the answer given
    if (
        entry.type in ("coercion", "threat", "occupation")
        and pos == "verb"
        and _economic_controls(objs, lex)
    ):  # 'promised to tighten its export controls', 'tightened its grip on the banking sector'
        return True  # economic policy
    if entry.type in ("cooperation", "agreement") and _harmed_tie(tok, lex):
        return True  # 'the campaign was damaging cooperation between the scientists'
    if entry.type in ("clash", "ceasefire") and _fight_over_a_question(tok):
        return True  # 'ended a long battle over who discovered the virus': a dispute
    if entry.type in _WORKPLACE_TYPES and _workplace_quarrel(tok, lex):
        return True  # 'accused the mine owners of waging war', 'pickets clashed with guards'
    if entry.type in ARMED_TYPES and _done_by_a_ruling(tok, lex):
        return True  # 'we have been attacked by a judgment that threatens the company'
    if entry.type in ARMED_TYPES and _name_given_as(tok):
        return True  # 'described the Swedish move as a raid on a national asset'
    if entry.type in _STAGEABLE_TYPES and _in_a_contest(tok, lex):
        return True  # 'routed their rivals in the election', 'stormed to a 3-0 lead'
    if entry.type in _STAGEABLE_TYPES and _staged(tok, lex):
        return True  # 'stormed the jet in an exercise', 'is ambushed in the opening chapter'
    if entry.type in ARMED_TYPES and _aimed_at_no_one(objs):
        return True  # 'we are not building an army to attack anyone'
    if _near_miss(tok, lex):
        return True  # 'the talks came close to collapse', 'on the brink of war'
    if pos == "noun" and _known_to_sources(tok, lex):
        return True  # 'officials familiar with the talks said', 'sources close to the talks'
    if entry.type == "deployment" and _civilians_mobilised(tok, lex, objs):
        return True  # 'would mobilise workers against the plan'
    if entry.type in ARMED_TYPES and pos == "verb" and _animals_hunted(tok, lex, objs):
        return True  # 'they need to kill 80 fin whales this summer': hunting
    if entry.type == "rejection" and pos == "verb" and _removed_from_post(tok, lex, objs):
        return True  # 'the forestry minister was dismissed for negligence'
    if entry.type == "appeal" and _fund_raising(tok, lex):
        return True  # 'six charities launched an emergency appeal for Ethiopia'
    if entry.type == "protest" and pos == "noun" and _audience_of_speech(tok, lex):
        return True  # 'he told a rally in Manila'
    if entry.type == "meeting" and pos == "noun" and _own_audience_of_speech(tok, lex):
        return True  # 'the king told a meeting of senior officials that …'
    if entry.type in ("deployment", "blockade") and pos == "verb" and _civil_fleet(tok):
        return True  # 'the whaling fleet stayed in port', 'spectator boats blockaded the line'
    if entry.type == "clash" and pos == "verb" and _figurative_enemy(tok, lex, objs):
        return True  # 'we are fighting an invisible enemy'
    if pos == "verb" and _sent_into_space(tok, lex, objs):
        return True  # 'launched the rocket from the Baikonur space centre', 'fired a satellite'
    if entry.type == "deployment" and pos == "verb" and _rescue_at_home(tok, lex):
        return True  # 'troops were deployed along the river to rescue stranded families'
    if entry.type == "clash" and _hopeless_fight(tok, lex):
        return True  # 'we are fighting a losing battle with too few vaccines'
    if entry.type == "rejection" and pos == "verb" and _private_refusal(tok, lex):
        return True  # 'many refugees now refuse to go home'
    if entry.type in _CROWD_RUSH_TYPES and pos == "verb" and _private_crowd_rush(tok, lex):
        return True  # 'fans stormed the gates', 'the plane was invaded by schoolchildren'
    if entry.type in _COURSE_ATTACK_TYPES and _attack_on_a_course(tok, lex):
        return True  # 'attacked the last stage', 'an attack on the world record'
    if entry.type == "protest" and pos == "noun" and _rally_raced(tok, lex):
        return True  # 'won the Paris-Dakar rally', 'the Monte Carlo motor rally'
    if entry.type == "occupation" and pos == "verb" and _taken_along(tok, lex):
        return True  # 'left Hungary, taking with them 450 tanks': carried along, no capture
    if entry.type == "visit" and pos == "verb" and _mass_travel(tok):
        return True  # 'some 1.2 million East Germans visited the West': private travel
    if entry.type in ("visit", "aid") and pos == "verb" and _trip_for_own_care(tok, lex):
        return True  # 'the president flew to Paris for a medical check-up': his own care
    if entry.type == "threat" and pos == "verb" and _threatened_by_a_stance(tok, lex):
        return True  # "the deal was threatened by Iraq's demand for a bigger quota"
    if entry.type in _CROWD_RUSH_TYPES and _done_by_criminals(tok, lex):
        return True  # 'the port was under attack from smuggling gangs': crime
    if entry.type in ARMED_TYPES and _done_by_the_market(tok, lex):
        return True  # 'the baht came under attack from speculators': selling
    if entry.type in _STAGEABLE_TYPES and pos == "verb" and _played_role(tok, lex):
        return True  # 'trainees played soldiers who seized ballot boxes': a role
    if entry.type == "blockade" and pos == "noun" and _besieged_body(tok, lex):
        return True  # '"The party is under siege," one delegate said': a figure
    if entry.type in _COURSE_ATTACK_TYPES and _attack_on_a_market_hold(tok, lex):
        return True  # "launched a fresh attack on Boeing's hold on the market"
    if entry.type == "call" and pos == "verb" and _talk_when_they_spoke(tok):
        return True  # 'had discussed it with Bush when they spoke by telephone': the same talk
    if entry.type in ARMED_TYPES and pos == "noun" and _undated_anchor(tok):
        return True  # 'the militants behind the Pulwama bombing': the doers named by it
    if entry.type == "military_exercise" and pos == "verb" and _tally_since(tok):
        return True  # 'has conducted more than 100 nuclear tests since 1966': a tally
    if entry.type == "visit" and pos == "verb" and _permitted_visit(tok, lex):
        return True  # 'allowed Red Cross officials to visit the prisoners': the leave is the act
    if entry.type == "sanction" and pos == "noun" and _measure_under_review(tok, lex):
        return True  # 'the council reviews the sanctions against Iraq every 60 days'
    if entry.type == "agreement" and pos == "noun" and _accord_in_force(tok):
        return True  # 'refused to disarm as required under the Paris accords'
    if entry.type in ("peacekeeping", "deployment", "aid") and _observers_of_a_vote(tok, lex):
        return True  # "groups prepare to send observers to Haiti's presidential vote"
    if entry.type == "blockade" and _civil_blockade(tok, lex):
        return True  # 'striking seamen blockaded Calais harbour', 'a blockade by fishermen'
    if entry.type == "aid" and pos == "verb" and _relief_drop_at_home(tok, lex):
        return True  # 'troops dropped food packets from helicopters to villages cut off'
    if entry.type == "meeting" and _labour_talks(tok, lex):
        return True  # 'while talks with the union continued'
    if entry.type == "meeting" and _own_staff_talks(tok, lex):
        return True  # 'after meeting with aides over the weekend': a leader and his staff
    if pos == "noun" and _named_structure(tok, lex):
        return True  # 'sharing the waters of the Ganges at the Farakka barrage'
    if entry.type in _FIRM_QUARREL_TYPES and pos == "verb" and _quarrel_with_a_firm(tok, lex, objs):
        return True  # "lawyers for the victims attacked the company's tactics"
    if _naming_call(tok, lex) and entry.complement is None:
        return True  # 'on what officials called a private visit'; an entry that reads the
        # name itself does: 'called the raid an act of piracy'
    if entry.type in ARMED_TYPES and entry.light and _unarmed_effort(tok, lex, objs):
        return True  # 'began operations in 1975', 'launched a promotion campaign in Japan'
    if entry.type == "meeting" and pos == "noun":
        if (
            tok.dep_ == "pobj"
            and tok.head.lower_ == "of"
            and tok.head.head.lower_ in ADVOCACY_NOUNS
        ):
            return True  # 'a proponent of talks', 'the prospect of talks': none are held
        if any(
            c.dep_ in ("amod", "compound", "nmod") and c.lower_ in BUSINESS_TALKS["modifiers"]
            for c in tok.children
        ):
            return True  # 'merger talks'
        weapons = lex.word_class("weapon")
        if any(
            _is_one_of(p, lex, BUSINESS_TALKS["modifiers"])
            and not any(any_lemma(w, lex, weapons) for w in p.subtree)
            for prep in prep_children(tok, TOPIC_PREPS)
            for p in pobjs(prep)
        ):
            return True  # 'in talks about contracts with two navies', 'talks on pay'
        return any(  # 'in talks to buy former assets', not 'talks to buy missiles'
            any_lemma(v, lex, BUSINESS_TALKS["verbs"])
            and not any(any_lemma(o, lex, weapons) for o in objects(v))
            for v in [
                *children(tok, ("acl", "relcl")),
                *(p for prep in prep_children(tok) for p in pobjs(prep)),
            ]
        )
    if entry.type == "attack" and pos == "noun" and tok.lower_.removesuffix("s") in ATTEMPT_NOUNS:
        return bool(prep_children(tok, ATTEMPT_PREPS)) or any(  # 'an attempt at a deal',
            c.dep_ == "acl" and is_to_infinitive(c)  # 'in an attempt to bring the dispute to a
            for c in tok.children  # head': what is tried is news
        )
    if (
        (entry.type == "agreement" or (entry.type == "statement" and entry.cameo == "019"))
        and pos == "verb"
        and _shared_opinion(tok, objs)
    ):
        return True  # 'banking sources agreed that a compromise could be reached': a view
    if entry.type == "clash" and _struggle_to_do(tok, lex):
        return True  # 'the battle to control projects': an effort told, no fighting
    if (
        entry.type == "coercion"
        and any_lemma(tok, lex, EXPELLED_FROM["verbs"])
        and any(
            any_lemma(content_head(p), lex, EXPELLED_FROM["bodies"])
            for prep in prep_children(tok, ("from",))
            for p in pobjs(prep)
        )
    ):
        return True  # 'was expelled from the Labour party'
    if entry.type == "coercion" and pos == "verb" and _body_expelled(tok, lex, objs):
        return True  # 'threatened to expel the electricians' union': put out of a federation
    if (
        entry.type in ARMED_TYPES
        and pos == "noun"
        and entry.compound is None
        and _labour_strike(tok)
    ):
        return True  # 'workers could take part in a strike': a labour dispute, no attack
    if (
        entry.type == "protest"
        and pos == "noun"
        and tok.lower_ in LABOUR_STRIKE["nouns"]
        and any(
            c.dep_ in ("amod", "compound", "nmod") and c.lower_ in LABOUR_STRIKE["armed_modifiers"]
            for c in tok.children
        )
    ):
        return True  # 'the missile strike on the port': a blow, no stoppage at the docks
    if _bare_strike_noun(entry, tok) and not _labour_strike(tok):
        return True  # 'launched a strike', 'the strike rate': a stoppage only of workers' talk
    if entry.type == "occupation" and pos == "noun" and _workplace_occupation(tok, lex):
        return True  # 'the last big yard occupation ended after nine days': a sit-in
    if entry.type == "coercion" and pos == "verb" and _emergency_of_disaster(tok, lex, objs):
        return True  # 'declared a state of emergency after the typhoon': relief, no repression
    if entry.type in ("agreement", "appeal") and pos == "verb" and _post_taken(tok, lex):
        return True  # 'he has agreed to continue that service', 'honoured to be asked to take
        # on this role': an appointment, no deal or request between parties
    if entry.type == "agreement" and pos == "verb" and _agreed_thing(tok) and not accord_made(tok):
        return True  # 'the official prices agreed last December': an accord named, none made
    if entry.type == "accusation" and pos == "noun" and _in_charge(tok):
        return True  # 'had been in charge of policing', 'put in charge of election planning'
    if entry.type == "threat" and pos == "verb" and _policy_measures(entry, tok, lex, objs):
        return True  # 'announced a package of economic measures': policy, no threat
    if entry.type == "threat" and pos == "noun" and _called_a_threat(tok):
        return True  # 'posed a threat to UKIP', 'the government is a far greater threat'
    if entry.type == "pledge" and pos == "noun" and not _says_what(tok):
        return True  # 'his promises do not even last a week': no promise made is told
    if entry.type == "coercion" and pos == "noun" and _held_as_a_rule(tok, lex):
        return True  # 'the regime of detention without trial': a practice, no one held
    if pos != "verb":
        return False
    if (
        entry.type == "concession"
        and entry.object is None
        and entry.prep_object is None
        and lemmas(tok, lex, "verb") & PERMIT_VERBS
    ):
        doers = [content_head(s) for s in subjects(tok)]
        if doers and not any(_is_party(d) for d in doers):
            return True  # 'a legal system which allows …', 'too small to permit …': no one yields
    if (
        entry.type == "occupation"
        and pos == "verb"
        and any_lemma(tok, lex, YIELDED_TO)
        and not _a_place_fell(tok, lex)
    ):
        return True  # 'the task fell to the army': no place was taken
    if entry.type == "withdrawal" and children(tok, ("oprd",)):
        return True  # 'left the U.S. military overly dependent on oil': leaves it in a state
    if entry.type in ("sanction", "concession") and tok.lower_ in QUIT_VERBS:
        left = objs + [p for prep in prep_children(tok, ("from",)) for p in pobjs(prep)]
        if prep_children(tok, ("as",)) or any(content_head(o).lower_ in QUIT_BODIES for o in left):
            return True  # 'quit the party', 'quit as home secretary': a career, no sanction
    found = lemmas(tok, lex, "verb")
    if found & PHRASAL_SENSES.keys() and any(
        c.lower_ in PHRASAL_SENSES[lemma] and (c.dep_ == "prt" or _phrasal_prep(c))
        for lemma in found & PHRASAL_SENSES.keys()
        for c in tok.children
    ):
        return True  # 'Mr Bush was sworn in', 'will seize on those reports'
    if any(
        c.dep_ == "dobj" and c.lower_ in IDIOM_OBJECTS[lemma]
        for lemma in found & IDIOM_OBJECTS.keys()
        for c in tok.children
    ):
        return True  # 'took part in joint manoeuvres', 'took place': an idiom, no seizure
    if any(
        c.dep_ == "dobj"
        and c.lower_ in BARE_IDIOM_OBJECTS[lemma]
        and all(m.dep_ == "det" and m.lower_ == "the" for m in c.children)
        for lemma in found & BARE_IDIOM_OBJECTS.keys()
        for c in tok.children
    ):
        return True  # 'like killing the messenger': blaming who brings the news
    if (
        not objs
        and entry.prt is None
        and any(
            c.dep_ in ("prt", "advmod") and c.lower_ in INTRANSITIVE_SENSES[lemma]
            for lemma in found & INTRANSITIVE_SENSES.keys()
            for c in tok.children
        )
    ):
        return True  # 'shares shot up 7%': a rise, 'the row blew up': it began; 'gunmen shot
        # up a bus' stays a shooting, and a bomb that blew up is the entry naming its particle
    if entry.type == "rejection" and found & UNLAWFUL_THINGS["verbs"] and _things_break_rules(tok):
        return True  # 'lawyers say the auction violated US bankruptcy law': a claim about it
    if entry.type == "appeal" and found & LEGAL_APPEAL["verbs"] and _a_plea(tok):
        return True  # 'pleaded guilty to fraud', 'pleaded not guilty': a plea in court
    if entry.type == "appeal" and found & LEGAL_APPEAL["verbs"] and entry.prep is None:
        return not (
            objs
            or complement_clauses(tok)
            or prep_children(tok, LEGAL_APPEAL["preps"])
            or _for_clauses(tok, lex)
        ) or bool(prep_children(tok, ("against",)))
    if entry.type == "demand" and found & ASSERT_VERBS and not _insisted_on(tok):
        clauses = complement_clauses(tok)  # 'insisted it had made great advances': a claim
        if not clauses and not objs:  # '"… wholly unfounded," he insisted': the words before
            return _reports_words_before(tok, lex)
        return bool(clauses) and not any(_is_bidding_clause(c, lex) for c in clauses)
    if entry.type == "appeal" and found & SELF_WISHES and not objs:
        return all(  # 'wants to end US isolation': no one else is asked anything
            c.dep_ == "xcomp" and not children(c, SUBJECT_DEPS) for c in complement_clauses(tok)
        )
    return False


def _insisted_on(verb: Token) -> bool:
    """An 'on' phrase that says what is insisted on ('insisted on a full ceasefire'), not a
    day ('insisted on Monday that the reports were unfounded')."""
    return any(
        not any(p.ent_type_ in ("DATE", "TIME") for p in pobjs(prep))
        for prep in prep_children(verb, ("on",))
    )


def _reports_words_before(verb: Token, lex: Lexicon) -> bool:
    """A verb of asserting with no object or clause of its own that stands after the words it
    reports, set off by a comma or a closing quote ('claims … were "wholly unfounded," he
    insisted'): a claim, unless those words ask for an act ('must', 'should', 'ought')."""
    before = verb.doc[verb.sent.start : verb.i]
    if not any(
        c.dep_ == "punct" and c.i < verb.i and c.lower_ in (",", '"', "''") for c in verb.children
    ):
        return False
    return not any(t.lower_ in lex.modality["must_aux"] for t in before)


def _post_taken(verb: Token, lex: Lexicon) -> bool:
    """A person agreeing, or asked in the passive, to take a post (``taking_office``: 'he has
    agreed to continue that service', 'I am honoured to be asked to take on this role', 'agreed
    to serve as envoy'): the infinitive below the verb is a verb of taking or holding a post
    whose object is a post, or 'serve' or 'become' with 'as' or a noun complement. A request
    with a party named as its object ('asked Iran to take on the role') stays, and so does a
    state's ('Iran agreed to take on the role of mediator'): the taker is a person, a name of
    one or a personal pronoun, the subject of the verb or of the verb it hangs on."""
    if verb.lemma_ == "ask" and not is_passive(verb):
        return False
    takers = subjects(verb) or (subjects(verb.head) if verb.dep_ == "xcomp" else [])
    if not takers or not all(
        t.ent_type_ == "PERSON" or t.lower_ in POST_TAKER_PRONOUNS for t in takers
    ):
        return False
    for step in children(verb, ("xcomp",)):
        if not any_lemma(step, lex, TAKING_OFFICE["verbs"]):
            continue
        posts = [content_head(o) for o in children(step, OBJECT_DEPS)]
        if any(any_lemma(p, lex, TAKING_OFFICE["posts"]) for p in posts):
            return True
        if step.lemma_ in ("serve", "become") and (
            prep_children(step, ("as",)) or children(step, ("attr",))
        ):
            return True
    return False


def _things_break_rules(verb: Token) -> bool:
    """A verb of breaking a rule whose subjects are all acts, measures or dealings
    (``unlawful_things``: 'the auction violated US bankruptcy law', 'the plans would contravene
    EU policy'): what a claim says of them, no party defying anything."""
    heads = [content_head(s) for s in subjects(verb)]
    return bool(heads) and all(
        h.lower_ in UNLAWFUL_THINGS["subjects"]
        or h.lower_.removesuffix("s") in UNLAWFUL_THINGS["subjects"]
        for h in heads
    )


_PLEA_DEPS = ("acomp", "oprd", "advmod", "dobj")  # 'pleaded guilty', 'pleads innocent'


def _pleas(verb: Token) -> list[Token]:
    """The verb's complements that are pleas in court (``legal_appeal``'s ``pleas``)."""
    return [c for c in verb.children if c.dep_ in _PLEA_DEPS and c.lower_ in LEGAL_APPEAL["pleas"]]


def _a_plea(verb: Token) -> bool:
    """A plea in court: the verb's complement is one of ``legal_appeal``'s ``pleas`` ('pleaded
    guilty', 'pleaded not guilty', 'pleads innocent')."""
    return bool(_pleas(verb))


def _guilty_plea(verb: Token) -> bool:
    """A plea of guilt ('pleaded guilty', 'will plead guilty'), not of innocence ('pleaded not
    guilty', 'pleads innocent'): only an admitted charge is news of the state's charge."""
    return any(
        plea.lower_ == "guilty"
        and not any(n.dep_ == "neg" for n in (*plea.children, *verb.children))
        for plea in _pleas(verb)
    )


_ABOUT = ("on", "about", "of")


def _tells_of_an_act(verb: Token, lex: Lexicon, preps: tuple[str, ...] = ()) -> bool:
    """A clause below a verb of telling (or the object of one of ``preps`` on it: 'spoke of
    the threat Pakistan made') that holds a word some entry makes an event."""
    return any(
        t.i != verb.i and match_token(t, lex) is not None
        for part in complement_clauses(verb) + prep_children(verb, preps)
        for t in part.subtree
    )


def _bids_an_act(verb: Token) -> bool:
    """An infinitive below a verb of telling or pressing: the act asked ('told Hanoi to
    withdraw', 'leaned on Seoul to allow …')."""
    return any(is_to_infinitive(c) for c in complement_clauses(verb))


def _wishes_a_state(verb: Token, lex: Lexicon) -> bool:
    """A verb of wishing (``wished_states`` of event_syntax.json) whose clauses are all an
    infinitive 'be' with an adjective or noun for predicate ('wanted the UK to be prosperous
    and strong'): a state wished for, no act asked."""
    if not any_lemma(verb, lex, WISHING_VERBS):
        return False
    clauses = complement_clauses(verb)
    return bool(clauses) and all(
        is_to_infinitive(c)
        and c.lower_ == "be"
        and any(k.dep_ in ("acomp", "attr") for k in c.children)
        for c in clauses
    )


def under_a_stance(tok: Token) -> bool:
    """Whether ``tok`` is told inside a stance held with a copula (``standing_stances`` of
    event_syntax.json: 'all seven remain committed to strengthening policy coordination'):
    the act the state stands for is not done. The stance itself stays a pledge, as CAMEO
    coders code 'Vietnam is committed to opening up the economy'."""
    node = tok
    for _ in range(5):
        if (
            node is not tok
            and node.lower_ in STANCE_ADJECTIVES
            and (
                (node.dep_ == "acomp" and node.head.lower_ in _STANCE_COPULAS)
                or any(c.dep_ == "auxpass" and c.lower_ in _STANCE_COPULAS for c in node.children)
            )
        ):
            return True  # 'remain committed to', 'is committed to' (parsed as a passive)
        if (
            node.dep_ not in ("prep", "pcomp", "pobj", "dobj", "conj", "compound")
            or node.head is node
        ):
            return False
        node = node.head
    return False


def _text_subject(verb: Token, depth: int = 0) -> Token | None:
    """The noun a verb's clause is told of: its subject (the noun a relative clause hangs on
    for 'that' or 'which'), a coordinated verb's subject, or the noun a participle set off by
    commas describes ('the accord, reached in the Paris Club, calls for …')."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None:
        if subj.tag_ == "WDT" and verb.dep_ == "relcl":
            return verb.head  # 'a measure that would require …'
        return content_head(subj)
    if verb.dep_ == "relcl":
        return verb.head
    if verb.dep_ == "conj" and verb.head is not verb and depth < 3:
        return _text_subject(verb.head, depth + 1)
    if (
        verb.tag_ == "VBN"
        and verb.dep_ in ("advcl", "acl")
        and verb.i >= 2
        and verb.doc[verb.i - 1].text == ","
        and verb.doc[verb.i - 2].pos_ == "NOUN"
    ):
        return verb.doc[verb.i - 2]  # 'the accord, reached in …, calls for …'
    return None


def told_by_a_text(tok: Token) -> bool:
    """Whether ``tok`` is, or is told under, a verb of asking or requiring whose subject is a
    text (``text_contents`` of event_syntax.json: 'The legislation calls on Reagan to account
    for all aid', 'the accord … calls for rescheduling the debts', 'a measure that would
    require Shultz to enter into talks with Japan'): what the text says, no one's appeal and
    no act done. A resolution or communique speaks for its body and is not such a text."""
    node = tok
    for _ in range(6):
        if pos_of(node) == "verb" and node.lower_ in _TEXT_ASKING_FORMS:
            subject = _text_subject(node)
            if subject is not None and subject.lower_ in _TEXT_FORMS:
                return True
        if node.head is node or not (
            node.dep_ in ("xcomp", "ccomp", "prep", "pcomp", "pobj", "dobj")
            or (node.dep_ == "conj" and pos_of(node) == "noun")
        ):
            return False
        node = node.head
    return False


def doubts_a_prospect(tok: Token) -> bool:
    """Whether ``tok`` is, or has for object, a noun of doubt (``doubted_prospects``) with a
    'that' clause on it whose verb has a modal ('expressed reservations that such a scheme
    would ever get off the ground'): a pessimistic comment on a prospect (CAMEO 012, as
    'voiced doubt that talks could succeed' is coded), no one disapproved of; 'expressed
    reservations about the plan' stays an accusation."""
    nouns = [tok] if pos_of(tok) == "noun" else children(tok, ("dobj",))
    return any(
        noun.lower_ in _DOUBT_NOUNS
        and any(
            clause.dep_ in ("acl", "ccomp")
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
            and any(c.dep_ == "aux" and c.lower_ in _DOUBT_MODALS for c in clause.children)
            for clause in noun.children
        )
        for noun in nouns
    )


def _about_a_state(verb: Token) -> bool:
    """What a bare statement is about (its clause, or its 'on/about/of' object) names a
    state or nation ('told reporters that ties with Washington were tense', 'commented on
    the Algerian elections'), so that it has a subject matter abroad to code."""
    below = complement_clauses(verb) + prep_children(verb, _ABOUT)
    return any(is_countryish(t) for part in below for t in part.subtree)


def _admits_own_deed(verb: Token, lex: Lexicon) -> bool:
    """'admitted that its boats had fired on …': an act in the clause, done by the one who
    admits it (a pronoun, or a doer its pronoun owns). Not 'admitted the Iranians had taken
    ground' (another's act) nor 'admitted that inflation was high' (no act)."""
    if not _tells_of_an_act(verb, lex):
        return False
    doers = [s for clause in complement_clauses(verb) for s in subjects(clause)]
    return any(_own_or_pronoun(d) for d in doers)


def _denial(entry: Entry) -> bool:
    """A denial or a rejection, read off any of their entries."""
    return entry.type == "rejection" or entry.cameo == "016"


def _denies_a_state(verb: Token, objs: list[Token], lex: Lexicon) -> bool:
    """Every clause a denial (or the report it denies) carries tells a state with an adjective
    and no act ('denied reports that the president was seriously ill', 'denied that the king
    was ill'), not a deed ('denied that its troops had shelled the town') nor what the denier
    itself is ('denied that it was responsible', 'claims that its programme was military')."""
    clauses = complement_clauses(verb) + [c for o in objs for c in children(o, ("acl", "ccomp"))]
    return bool(clauses) and all(
        any_lemma(c, lex, _BE)
        and children(c, ("acomp",))
        and not any(_own_or_pronoun(s) for s in subjects(c))
        and not any(t.i != c.i and match_token(t, lex) is not None for t in c.subtree)
        for c in clauses
    )


def _own_or_pronoun(tok: Token) -> bool:
    """A pronoun ('it'), or a noun a pronoun owns ('its troops')."""
    return is_pronoun(tok) or any(c.dep_ == "poss" and is_pronoun(c) for c in tok.children)


def _a_place_fell(verb: Token, lex: Lexicon) -> bool:
    """The subject of 'fell to' is a place ('the town fell to the rebels'), not a task or a
    share ('the task fell to the army')."""
    grounds = lex.word_class("ground")
    return any(
        s.ent_type_ in ("GPE", "LOC", "FAC") or _untagged_place(s) or any_lemma(s, lex, grounds)
        for s in map(content_head, subjects(verb))
    )


def _phrasal_prep(prep: Token) -> bool:
    """A preposition that makes a phrasal verb ('seize on those reports', 'engaged in
    talks'), not one that says when or where ('seized the town on Tuesday', 'engaged the
    rebels in Falluja')."""
    return prep.dep_ == "prep" and not any(
        p.ent_type_ in WHEN_OR_WHERE_ENTITIES for p in pobjs(prep)
    )


def _hypothetical_act(noun: Token) -> bool:
    """An act named as one that may come, none done: 'any' before it ('any U.S. strike on
    its territory'), or 'in the event of' or 'in case of' ('in case of an attack')."""
    if any(c.dep_ == "det" and c.lower_ == "any" for c in noun.children):
        return True
    of = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    case = of.head if of is not None else None
    return (
        case is not None
        and case.lower_ in ("event", "case")
        and case.dep_ == "pobj"
        and case.head.lower_ == "in"
    )


def _weighed_option(tok: Token, lex: Lexicon, nominal: bool = False) -> bool:
    """An act put as a question under a verb of weighing ('is considering whether to lift
    its ban', 'is reviewing whether to expel the troops'): an option considered (CAMEO 014),
    not yet done or promised; so is a gerund weighed ('is considering sending troops', 'has
    been weighing imposing sanctions', 'is considering closing its embassy'), and an act's
    noun that is the object of considering, weighing or mulling (``OPTION_WEIGHING_VERBS``:
    'is weighing recognition of a Palestinian state', 'is mulling sanctions'), when the act
    names no doer of its own ('contemplated the Israeli invasion of Lebanon' is done)."""
    if nominal:
        return (
            tok.dep_ == "dobj"
            and tok.head.lower_ in OPTION_WEIGHING_VERBS
            and not _own_doer(tok)  # 'contemplated the Israeli invasion with alarm': done
            and not children(tok.head, ("oprd",))  # 'considered the raid an act of war'
        ) or (  # 'is weighing whether to join the sanctions': the verb that takes the act up
            tok.dep_ == "dobj"
            and pos_of(tok.head) == "verb"
            and not _own_doer(tok)
            and _weighed_option(tok.head, lex)
        )
    if tok.dep_ not in ("xcomp", "ccomp") or not any_lemma(tok.head, lex, WEIGHING_VERBS):
        return False
    return _has_mark(tok, WHETHER) or (
        tok.tag_ == "VBG" and not any(c.dep_ == "mark" for c in tok.children)
    )


def _option_kept_open(tok: Token, negated: bool, lex: Lexicon) -> bool:
    """A refusal to exclude ('did not rule out talks with Seoul', 'refused to rule out an
    interest in the firm', 'declined to rule out a visit'): an option kept open (CAMEO 014),
    no rejection. What is kept open as a threat ('would not rule out military action') is
    one before this."""
    if negated and _rules_out(tok, lex):
        return True
    return any_lemma(tok, lex, REFUSING_VERBS) and any(
        _rules_out(c, lex) for c in children(tok, ("xcomp",))
    )


def _not_to_be_ruled_out(tok: Token, lex: Lexicon) -> bool:
    """'A French intervention could not be ruled out', '… cannot be excluded': a passive
    rule-out, negated under 'can' or 'could', with no one named who rules it out, says what
    may happen, a guess of the speaker, no act and no option kept open by a party; 'Paris
    did not rule out an intervention' keeps its option."""
    return (
        _rules_out(tok, lex)
        and is_passive(tok)
        and not prep_children(tok, ("by",))
        and any(c.dep_ == "neg" for c in tok.children)
        and any(c.dep_ == "aux" and c.lower_ in ("can", "could", "ca") for c in tok.children)
    )


_EXCLUDING_VERBS = frozenset({"exclude"})
_RULE_VERB = frozenset({"rule"})  # with the particle 'out'


def _rules_out(tok: Token, lex: Lexicon) -> bool:
    """'rule out' or 'exclude' as a verb."""
    if any_lemma(tok, lex, _EXCLUDING_VERBS):
        return True
    return any_lemma(tok, lex, _RULE_VERB) and any(
        c.lower_ == "out" for c in children(tok, ("prt", "advmod"))
    )


def _outbreak_places(tok: Token, lex: Lexicon) -> list[Token]:
    """The places a protest broke out or spread in, when the protest noun is the subject of
    such a verb and no one is named ('protests erupted in Colombia', 'demonstrations spread
    across Kenya'), or that it brought to a halt ('a general strike paralysed Karachi'): the
    crowd is of that place, as CAMEO codes a protest by its country."""
    if _headline_crowd(tok):
        return _places_on([tok], OUTBREAK_PREPS)  # 'Thousands rally in Manila against …'
    verb = tok.head
    if tok.dep_ in SUBJECT_DEPS and any_lemma(verb, lex, STILLING_VERBS):
        return [o for o in objects(verb) if o.ent_type_ in PLACE_ENTS or o.tag_ == "NNP"]
    if tok.dep_ not in SUBJECT_DEPS or not any_lemma(verb, lex, OUTBREAK_VERBS):
        return []
    return _places_on([verb], OUTBREAK_PREPS)


def _staging_verb(tok: Token) -> Token | None:
    """The verb whose direct object the protest noun ``tok`` is ('several thousand marchers
    formed a human chain', 'thousands staged a sit-in'): where the crowd went or gathered is
    told on it, as on a protest verb."""
    verb = tok.head
    return verb if tok.dep_ == "dobj" and pos_of(verb) == "verb" else None


def _headline_crowd(tok: Token) -> bool:
    """A headline's protest verb read as the root noun of its sentence, with only a crowd
    before it ('Thousands rally in Manila', 'Thousands protest in Seoul against …')."""
    if tok.dep_ != "ROOT":
        return False
    crowd = [c for c in tok.lefts if c.dep_ in ("nsubj", "nummod", "compound", "amod")]
    return bool(crowd) and all(c.lower_ in CROWD_HEADS for c in crowd)


def _outbreak_sides(tok: Token, lex: Lexicon) -> list[Token]:
    """The sides of a fight named on the verb it broke out or flared by ('fighting flared
    between Thai and Laotian troops', 'clashes broke out among rival militias'): the noun is
    the verb's subject and the parties the objects of its 'between' or 'among'."""
    verb = tok.head
    if tok.dep_ not in SUBJECT_DEPS:  # 'Fighting flared …' read as a participle on the noun
        verb = next((c for c in children(tok, ("acl",)) if c.i == tok.i + 1), tok)
    if verb is tok or not any_lemma(verb, lex, OUTBREAK_VERBS):
        return []
    return with_conjuncts(prep_objects(verb, PAIR_PREPS))


def _unnamed_crowd(doers: list[Token]) -> bool:
    """Doers that are only a crowd or a number of people, with no one named in an 'of'
    phrase ('thousands', 'crowds', 'thousands of people', 'several thousand people'; not
    'thousands of Armenians', 'Kurdish marchers')."""
    return bool(doers) and all(
        (d.lower_ in CROWD_HEADS or _counted_members(d))
        and not national_modifiers(d)
        and _members_unnamed(d)
        for d in doers
    )


def _counted_members(tok: Token) -> bool:
    """People of no one named, counted ('several thousand people', '2,000 demonstrators')."""
    return tok.lower_ in CROWD_MEMBERS and any(c.dep_ == "nummod" for c in tok.children)


def _members_unnamed(crowd: Token) -> bool:
    """The crowd's 'of' phrase, if any, names only people of no nationality ('of people'),
    someone by a role alone ('supporters of the jailed opposition leader'), or followers of a
    person of no nationality (``crowd_followers``: 'supporters of Viktor Yushchenko')."""
    members = [m for prep in prep_children(crowd, ("of",)) for m in pobjs(prep)]
    followers = crowd.lower_ in CROWD_FOLLOWERS
    return all(
        (
            m.lower_ in CROWD_MEMBERS
            or _role_alone(m)
            or (followers and m.ent_type_ == "PERSON")
            or (m.lower_ in CROWD_FOLLOWERS and _members_unnamed(m))
        )
        and not national_modifiers(m)
        for m in members
    )


CROWD_FOLLOWERS = frozenset(_WORDS["crowd_followers"]["words"])  # 'supporters of Yushchenko'


def _role_alone(tok: Token) -> bool:
    """A common noun whose phrase names no one: no proper name, nationality or place in it
    ('the jailed former prime minister', 'the opposition leader')."""
    return tok.pos_ == "NOUN" and not any(
        t.pos_ == "PROPN" or t.ent_type_ in PARTY_ENTS for t in tok.subtree
    )


def _crowd_places(tok: Token, doers: list[Token], protest: bool = False) -> list[Token]:
    """The places a protest verb happens in when no party is named ('thousands rallied in
    Yerevan', 'crowds gathered in Lima to protest'; for a purpose clause with no subject of
    its own, the places of the verb it serves), or the crowd's own ('dockers in Piraeus',
    'inmates at a Turkish prison'): the crowd is of that place, as CAMEO codes a protest by
    its country. A protest's object tells it too ('mobs wrecked the Danish embassy in
    Damascus': the place of what they hit)."""
    verb = _crowd_verb(tok)
    hit = objects(verb) if protest and verb.pos_ == "VERB" else []
    named = [
        p for p in _places_on(hit, CROWD_PREPS) if p.ent_type_ in PLACE_ENTS or p.pos_ == "PROPN"
    ]
    streets = [p for p in _places_on([verb], ("to",)) if p.lower_ in STREET_WORDS]
    sites = [_town_of_site(p) for p in _places_on([verb], CROWD_SITE_PREPS)]
    sites = [p for p in sites if p.ent_type_ in PLACE_ENTS]  # 'outside the embassy in Lima'
    own = [_town_of_site(p) for p in _places_on(doers, CROWD_PREPS)]  # 'workers at a
    # factory in Dhaka': the town the crowd's workplace stands in
    places = _places_on([verb], CROWD_PREPS) + own + streets + named
    return [_named_by_of(p) for p in places + sites]


def _town_of_site(place: Token) -> Token:
    """The town an 'in' or 'near' phrase names for a building or site a crowd gathers or
    works at ('the French embassy in Tehran': Tehran; 'a copper mine near Lubumbashi'); the
    place itself otherwise."""
    if place.pos_ == "PROPN":
        return place
    towns = [t for t in _places_on([place], ("in", "near")) if t.ent_type_ in PLACE_ENTS]
    return _named_by_of(towns[0]) if towns else place


def _missions_besieged(tok: Token, lex: Lexicon) -> list[Token]:
    """The foreign missions a crowd protests at ('gathered outside the French embassy',
    'marched to the Nicaraguan embassy'): the state whose mission it is, the protest's target."""
    missions = lex.word_class("post_abroad")
    sites = _places_on([_crowd_verb(tok)], (*CROWD_SITE_PREPS, "at"))
    return [p for p in sites if any_lemma(p, lex, missions)]


def _crowd_verb(tok: Token) -> Token:
    """The verb that tells where a crowd protesting with ``tok`` went or gathered: the verb a
    purpose clause with no subject of its own serves ('gathered in Lima to protest'), or the
    verb whose subject a protest participle describes ('students, chanting slogans, marched
    through Seoul'); ``tok`` otherwise."""
    verb = tok
    if tok.dep_ in ("advcl", "xcomp") and not subjects(tok):
        verb = tok.head
    return _verb_of_described_crowd(verb)


def _described_crowd(tok: Token) -> list[Token]:
    """The crowd a protest participle describes ('thousands of students, chanting slogans,
    marched …', 'crowds waving placards gathered …'): the people who protest."""
    if tok.dep_ != "acl" or tok.tag_ != "VBG" or pos_of(tok.head) != "noun":
        return []
    return [tok.head]


def _protest_of_a_crowd_met_with_force(trig: Trigger, at: dict[int, Trigger]) -> bool:
    """A protest a participle or a relative clause tells of a crowd that force meets
    (``_crowd_met_with_force``): neither background nor the content of that force."""
    tok = trig.token
    return (
        (trig.entry.type == "protest" or trig.entry.cameo in PROTEST_AIMED_CAMEOS)
        and not trig.nominal
        and tok.dep_ in ("acl", "relcl")
        and _crowd_met_with_force(tok.head, at)
    )


def _crowd_met_with_force(crowd: Token, at: dict[int, Trigger]) -> bool:
    """Is ``crowd`` the object of a hostile act of force, an arrest or a blow, or of a verb of
    purpose below one ('opened fire on students', 'fired tear gas to disperse supporters',
    'beat demonstrators')? A protest its participle or relative clause tells ('students
    protesting against job quotas', 'demonstrators who had marched on parliament') is then
    an act of its own, which the force answers, as CAMEO codes both."""
    if crowd.dep_ in ("dobj", "nsubjpass"):
        verb = crowd.head
    elif crowd.dep_ == "pobj" and crowd.head.lower_ in ("at", "on", "against", "upon"):
        verb = crowd.head.head
    else:
        return False
    for _ in range(2):  # 'fired tear gas to disperse them': the purpose's verb, then its head
        other = at.get(verb.i)
        if other is not None:
            return other.entry.type in ("attack", "coercion") and not other.nominal
        if verb.dep_ not in ("xcomp", "advcl") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _verb_of_described_crowd(tok: Token) -> Token:
    """The verb whose subject a protest participle describes ('thousands of students, chanting
    slogans, marched through Seoul': 'marched', where the crowd went); ``tok`` otherwise."""
    if not _described_crowd(tok):
        return tok
    noun = tok.head
    while noun.dep_ in ("pobj", "prep") and noun.head.i != noun.i:  # 'thousands of students'
        noun = noun.head
    return noun.head if noun.dep_ in SUBJECT_DEPS else tok


def _named_by_of(place: Token, depth: int = 0) -> Token:
    """The name an 'of' phrase or an owner gives a place word ('the republic of Bosnia', 'the
    city of Lagos', "Seoul's university district"), also through a second 'of' ('the main
    square of the Mongolian capital': the capital a nation's adjective names); the place
    itself otherwise."""
    if place.pos_ == "PROPN":
        return place
    of_objects = [n for prep in prep_children(place, ("of",)) for n in pobjs(prep)]
    named = of_objects + children(place, ("poss",))
    name = next((n for n in named if n.pos_ == "PROPN"), None)
    if name is not None or depth > 1:
        return name or place
    for inner in of_objects:
        found = _named_by_of(inner, depth + 1)
        if found is not inner or national_modifiers(inner):
            return found
    return place


def _places_on(heads: list[Token], preps: tuple[str, ...]) -> list[Token]:
    """The objects of the place prepositions ``preps`` on any of ``heads``."""
    return [p for h in heads for q in prep_children(h, preps) for p in pobjs(q)]


def _attempt_denied(trig: Trigger, lex: Lexicon) -> bool:
    """A verb in the infinitive under a negated verb of trying (``ATTEMPT_VERBS``: 'the
    ministers had not sought to resolve their differences at this meeting', 'did not try to
    meet'): no attempt was made, a negated act, no refusal."""
    tok = trig.token
    if trig.nominal or tok.dep_ != "xcomp":
        return False
    head = tok.head
    return any_lemma(head, lex, ATTEMPT_VERBS) and any(c.dep_ == "neg" for c in head.children)


def _cannot(trig: Trigger) -> bool:
    """A verb said to be impossible now ('cannot bow to U.S. pressure', "can't accept the
    plan"): a refusal."""
    tok = trig.token
    if trig.nominal:
        return False
    auxes = {c.lower_ for c in tok.children if c.dep_ == "aux"}
    return bool(auxes & {"can", "ca"}) and any(c.dep_ == "neg" for c in tok.children)


def _forces_permitted(trig: Trigger, lex: Lexicon) -> list[Token]:
    """The armed forces, warships or warplanes of a state named before them that a verb of
    permitting lets act ('Saudi Arabia has allowed American AWACS radar planes to watch over
    the convoys', 'let U.S. bombers fly from its bases'): leave that is help to that state's
    forces, no concession ('authorised the use of the army' lets no foreign force act)."""
    if trig.nominal or not _permits(trig.token, lex) or is_passive(trig.token):
        return []
    armed = lex.word_class("armed_force") | lex.word_class("armed_craft")
    return [
        p
        for p in _permitted(trig.token)
        if _inflects(p, lex, armed)
        and trig.token in (p.head, p.head.head)  # not 'the release of six battalions'
        and any(_state_word(t) for t in p.subtree if t.i < p.i)  # not 'the use of the army'
    ]


def _state_word(tok: Token) -> bool:
    """A word naming a state before a noun ('American', 'U.S.', 'British'; the tagger may call
    'American AWACS' an organisation): a country word or a capitalised modifier."""
    if tok.ent_type_ in ("NORP", "GPE"):
        return True
    return tok.dep_ in ("amod", "compound") and tok.is_title


def _not_accepted(trig: Trigger, lex: Lexicon) -> bool:
    """An act named as the object of a verb of accepting under 'not' ('Iran could not accept a
    ceasefire', 'did not accept the truce'): refused by that verb's subject, not agreed."""
    tok = trig.token
    if not trig.nominal or tok.dep_ not in ("dobj", "nsubjpass"):
        return False
    head = tok.head
    return _inflects(head, lex, ACCEPTANCE_VERBS) and any(c.dep_ == "neg" for c in head.children)


def _a_deed(tok: Token) -> bool:
    """A noun or gerund naming what someone did ('alleged dumping', 'its policies'), not a
    stretch of time ('for two hours', 'for the second time')."""
    if tok.ent_type_ in ("DATE", "TIME", "CARDINAL") or tok.lower_.removesuffix("s") in _SPANS:
        return False
    return tok.pos_ in ("NOUN", "VERB")


_SPANS = frozenset({"time", "hour", "minute", "day", "night", "week", "month", "year", "while"})


def _agreed_thing(verb: Token) -> bool:
    """A participle naming a thing agreed before, by no one named ('the quota agreed to last
    December', 'the cooperative approach agreed at the Paris meeting'; the parser often joins
    it to the verb before): the noun just before it is no subject of its own, no subject or
    agent follows, no conjunction joins them."""
    if verb.i == 0 or verb.tag_ not in ("VBN", "VBD"):
        return False
    noun = verb.doc[verb.i - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.head == verb:
        return False  # 'OPEC agreed in December', 'Kuwait agreed on March 31'
    return not any(
        c.dep_ in ("nsubj", "nsubjpass", "agent", "cc") for c in verb.children
    ) and verb.dep_ in ("acl", "conj", "advcl", "relcl")


def accord_made(verb: Token) -> bool:
    """A participle of making on an accord noun just before it (``participle_accords``: 'a
    peace accord signed in Arusha last August', 'an agreement reached on Wednesday'): the
    accord's making is told, an agreement event; not 'the quota agreed last December'."""
    noun = verb.doc[verb.i - 1] if verb.i else verb
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and not children(verb, ("agent",))  # 'reached by the two governments' was read before
        and verb.head == noun
        and noun.lower_ in PARTICIPLE_ACCORDS["nouns"]
        and verb.lower_ not in PARTICIPLE_ACCORDS["not_verbs"]
    )


def _in_charge(tok: Token) -> bool:
    """'Charge' in 'in charge (of)': a duty held, no charge brought."""
    return tok.lower_ == "charge" and tok.dep_ == "pobj" and tok.head.lower_ == "in"


def _is_party(tok: Token) -> bool:
    """A word that can name a party to an act: a person, country, organisation, an office, a
    pronoun or a word like 'government' or 'authorities'."""
    return (
        is_personish(tok)
        or is_countryish(tok)
        or tok.ent_type_ in ("ORG", "GPE", "NORP", "PERSON")
        or is_pronoun(tok)
        or tok.lower_ in DEMAND_SUBJECTS
    )


def _receiving_party(tok: Token, lex: Lexicon) -> bool:
    """A word that can win or get a party's support: a party (``_is_party``) or an armed
    force or group ('the rebels gained backing from Libya'), not a market ('the yen got
    support from central bank buying')."""
    return _is_party(tok) or any_lemma(tok, lex, _fighters(lex))


def _called_a_threat(tok: Token) -> bool:
    """A threat noun that says what something is, not that someone threatened: the predicate
    of a copula or the object of 'pose', 'represent', 'see as' ('Mr X posed a threat to the
    party', 'the Soviet threat in the Eastern bloc was'), or the noun a relative clause of such
    a verb hangs on ('the possible threat the four pose to the UK')."""
    if tok.dep_ in ("attr", "acomp"):
        return True
    if any(c.dep_ == "relcl" and c.lower_ in THREAT_CHARACTERISED for c in tok.children):
        return True
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "as":
        head = head.head
    elif tok.dep_ not in OBJECT_DEPS:
        return False
    return head.lower_ in THREAT_CHARACTERISED


def _says_what(tok: Token) -> bool:
    """A pledge noun that says what is promised: 'a pledge to halt the raids', 'his promise
    that …', 'a commitment of troops', 'a promise on immigration'."""
    return any(
        c.dep_ in ("acl", "ccomp", "relcl") and c.tag_.startswith("VB") for c in tok.children
    ) or bool(prep_children(tok, PLEDGE_CONTENT_PREPS))


def _home_payment(tok: Token) -> bool:
    """Payments to people at home, named by a modifier (``debt_service`` 'home_payments':
    'pension payments', 'salary payments'): stopping them is economic policy, no sanction."""
    return any(
        c.dep_ in ("amod", "compound", "nmod") and c.lower_ in DEBT_SERVICE["home_payments"]
        for c in tok.children
    )


def _debt_service(tok: Token) -> bool:
    """Payments a debtor makes on its debt ('interest payments', 'payments on its foreign
    debt', 'debt payments to private banks', 'payments on 68 billion dlrs owed to banks'):
    stopping them is a moratorium, no sanction."""
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "nmod") and c.lower_ in DEBT_SERVICE["modifiers"]:
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ in ("on", "to")
            and any(_owed(p) for p in c.children if p.dep_ == "pobj")
        ):
            return True
    return False


def _owed(tok: Token) -> bool:
    """A debt, or a sum described as owed ('68 billion dlrs owed to private banks')."""
    return tok.lower_ in DEBT_SERVICE["owed_to"] or any(
        c.dep_ in ("acl", "relcl") and c.lower_ in DEBT_SERVICE["owing_verbs"] for c in tok.children
    )


def _bare_strike_noun(entry: Entry, tok: Token) -> bool:
    """A protest entry of a strike noun with nothing asked around it ('nurses began a strike
    over pay'): a stoppage only when its sentence tells of a labour dispute."""
    return (
        entry.type == "protest"
        and entry.compound is None
        and entry.prep is None
        and tok.lower_ in LABOUR_STRIKE["nouns"]
    )


def _workplace_occupation(tok: Token, lex: Lexicon) -> bool:
    """An occupation noun that a place of work or study modifies (``sit_in_places``: 'the
    yard occupation', 'a factory occupation', 'the campus occupation'): a sit-in of workers or
    students, no territory taken; 'the occupation of the embassy' and 'the Israeli
    occupation' stay."""
    return any(
        c.dep_ in ("compound", "amod", "nmod") and _is_one_of(c, lex, SIT_IN_PLACES)
        for c in tok.children
    )


def _emergency_of_disaster(tok: Token, lex: Lexicon, objs: list[Token]) -> bool:
    """A state of emergency declared over a disaster of nature (``disaster_emergencies``): a
    cause phrase of the verb names only storms, floods, quakes and the like ('after the
    typhoon', 'because of the floods'): relief, no measure of control. 'After riots in the
    north' keeps it a repression."""
    states = [content_head(o) for o in objs]
    states += [p for o in states for p in prep_objects(o, ("of",))]
    if not any(s.lower_ in DISASTER_EMERGENCIES["measures"] for s in states):
        return False
    causes = [
        content_head(p)
        for prep in prep_children(tok, DISASTER_EMERGENCIES["cause_preps"])
        for inner in (prep, *prep_children(prep, ("of", "to")))  # 'because of', 'due to'
        for p in pobjs(inner)
        if p.dep_ == "pobj"
    ]
    return bool(causes) and all(_natural_doer(c, lex) for c in causes)


def _trading_session(tok: Token, objs: list[Token]) -> bool:
    """A session a market's part of the day names ('ended the morning session 1.2 percent
    higher', 'in afternoon trading session'): trading on an exchange, no sitting of anyone."""
    named = [tok] if pos_of(tok) == "noun" else [content_head(o) for o in objs]
    return any(
        n.lower_ in TRADING_SESSIONS["nouns"]
        and any(
            c.dep_ in ("amod", "compound") and c.lower_ in TRADING_SESSIONS["marks"]
            for c in n.children
        )
        for n in named
    )


def _labour_strike(tok: Token) -> bool:
    """A strike noun of a labour dispute ('the unions launched strikes')."""
    return tok.lower_ in LABOUR_STRIKE["nouns"] and _labour_dispute(tok)


def _labour_dispute(tok: Token, story: bool = True) -> bool:
    """A strike or walkout of workers: 'on strike' ('remained on strike'), or its sentence
    speaks of workers, unions, ballots or pay, or a modifier names a kind of labour strike
    ('warning strikes', 'a prolonged strike', ``labour_modifiers``), or (``story``) another
    sentence of the story tells of a labour strike (``_labour_story``), no modifier names a
    country, a date or an armed kind ('Tuesday's Israeli strike', 'a retaliatory strike' stay
    armed), and it is on nothing ('a strike on a base'; in a story of a labour strike, on
    nothing named as a place: 'a strike on the seaway' stops work there) and against no more
    than a government, an employer or a policy."""
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "on"
        and not any(c.dep_ in ("det", "poss") for c in tok.children)
    ):
        return True  # 'the seamen remained on strike', 'went on hunger strike'
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "nmod", "poss") and (
            is_countryish(c)
            or (c.ent_type_ in ("NORP", "GPE", "DATE", "TIME") and not _strike_length(c))
            or c.lower_ in LABOUR_STRIKE["armed_modifiers"]
        ):
            return False
    struck = [p for prep in prep_children(tok, ("on",)) for p in pobjs(prep)]
    on_unnamed_in_labour_story = (
        bool(struck)
        and story
        and not any(p.ent_type_ or is_countryish(p) for p in struck)
        and _labour_story(tok)
    )
    if struck and not on_unnamed_in_labour_story:
        return False  # 'a strike on a base'
    if any(
        content_head(p).lower_ not in LABOUR_STRIKE["against"]
        for prep in prep_children(tok, ("against",))
        for p in pobjs(prep)
    ):
        return False  # 'a strike against a rebel camp', not 'strikes against new laws'
    return (
        on_unnamed_in_labour_story
        or any(
            c.dep_ in ("amod", "compound") and c.lower_ in LABOUR_STRIKE["labour_modifiers"]
            for c in tok.children
        )
        or any(t.lower_ in LABOUR_STRIKE["words"] for t in tok.sent)
        or (story and not struck and _labour_story(tok))  # the whole story read last
    )


def _labour_story(tok: Token) -> bool:
    """Another sentence of the story that holds ``tok`` tells of a labour strike: it names
    strikers, a walkout or pickets (``story_marks``), or a strike noun its own sentence reads
    as labour's ('the union will likely go on strike', 'a walkout tying up ships'); a bare
    strike in such a story stops work ('IG-Metall has been staging warning strikes', 'we
    haven't had a strike on the seaway for years')."""
    sent = tok.sent
    return any(
        (t.i < sent.start or t.i >= sent.end)
        and (
            t.lower_ in LABOUR_STRIKE["story_marks"]
            or (t.lower_ in LABOUR_STRIKE["nouns"] and _labour_dispute(t, story=False))
        )
        for t in tok.doc
    )


def _strike_length(mod: Token) -> bool:
    """A modifier that gives a strike's length ('a two-day strike', '24-hour stoppages',
    'week-long strikes'), not its day ('Tuesday's strike'): a unit of time counted by a
    number, or 'long' on a unit of time."""
    if mod.lower_ == "long":  # 'week-long strikes': the parser hangs the unit on 'long'
        return any(c.lower_ in LABOUR_STRIKE["length_units"] for c in mod.children)
    return mod.lower_ in LABOUR_STRIKE["length_units"] and any(
        c.dep_ == "nummod" or c.like_num for c in mod.children
    )


def _market_demand(noun: Token) -> bool:
    """'demand' in its market sense: singular and bare, with a market or goods modifier, or
    from buyers ('meet demand from investors', 'corn demand'), not 'the demand of the rebels'."""
    if noun.tag_ != "NN":
        return False
    if not any(c.dep_ in ("det", "poss", "nummod", "predet") for c in noun.children):
        return True
    return bool(prep_children(noun, ("from",))) or any(
        c.dep_ == "compound" or (c.dep_ == "amod" and c.lower_ in MARKET_DEMAND["modifiers"])
        for c in noun.children
    )


def _business_contest(tok: Token) -> bool:
    """A fight over a company or a market: a takeover, price or legal battle, or one for a
    stake, for control of a company or for anything in a market ('the takeover battle for
    Burlington', 'fought for control of the bank', 'a battle for the upper hand in world oil
    markets'); not 'fighting for control of the town'."""
    if pos_of(tok) == "noun" and any(
        c.dep_ in ("amod", "compound", "nmod") and c.lower_ in BUSINESS_CONTESTS["modifiers"]
        for c in tok.children
    ):
        return True
    fought = [
        *children(tok, OBJECT_DEPS),
        *(o for p in prep_children(tok, ("off",)) for o in pobjs(p)),
    ]
    if pos_of(tok) == "verb" and any(o.lower_ in BUSINESS_CONTESTS["bids"] for o in fought):
        return True  # 'fought off a hostile takeover bid'
    waged = [  # 'were fighting a battle for market share'
        o for o in children(tok, OBJECT_DEPS) if o.lower_.removesuffix("s") in STRUGGLE_WORDS
    ]
    for prep in [p for node in (tok, *waged) for p in prep_children(node, ("for",))]:
        for p in pobjs(prep):
            head = content_head(p)
            if head.lower_ in BUSINESS_CONTESTS["for_objects"]:
                return True
            if any(  # 'a battle for the upper hand in world oil markets'
                content_head(m).lower_ in BUSINESS_CONTESTS["markets"]
                for q in prep_children(head, ("in",))
                for m in pobjs(q)
            ):
                return True
            if head.lower_ in BUSINESS_CONTESTS["for_owning"] and any(
                _a_company(content_head(o))
                for of in prep_children(head, ("of",))
                for o in pobjs(of)
            ):
                return True
    return False


def _plays_against_players(tok: Token, lex: Lexicon, objs: list[Token]) -> bool:
    """An armed word whose object is a player (``player_roles``: 'would attack the Australian
    bowlers from the first over') and whose doers are no fighters: a game ('gunmen attacked
    the goalkeeper outside the stadium' stays an attack)."""
    if not any(content_head(o).lower_ in PLAYER_ROLES for o in objs):
        return False
    return not (pos_of(tok) == "verb" and _done_with_arms(tok, lex))


def _done_with_arms(verb: Token, lex: Lexicon) -> bool:
    """A verb one of whose subjects is a fighter, a weapon or an armed act ('gunmen attacked
    the goalkeeper', 'a car bomb killed the goalkeeper', 'an air strike killed a goalkeeper'):
    a blow, never a game's move."""
    armed_doers = _armed_things(lex)
    for subject in subjects(verb):
        doer = content_head(subject)
        if any_lemma(doer, lex, armed_doers) or (
            doer.lower_ not in GAME_LINES
            and any(e.type in ARMED_TYPES for e in lex.entries_for(doer.lower_, "noun"))
        ):
            return True
    return False


def _answered_by_doing(verb: Token, lex: Lexicon) -> bool:
    """A verb of answering (`retort_verbs` in `data/event_syntax.json`) whose 'by' phrase
    says how with a gerund of no armed act ('retaliated by expelling the envoys', 'hit back by
    raising tariffs'): the gerund is the act, the answer itself no armed one ('retaliated by
    bombing Iranian cities' stays armed)."""
    if not any_lemma(verb, lex, RETORT_VERBS):
        return False
    if _answering_participle(verb):
        return True  # 'barred British journalists, retaliating for the expulsion'
    gerunds = [
        c
        for prep in prep_children(verb, ("by",))
        for c in prep.children
        if c.tag_ == "VBG" and c.dep_ in ("pcomp", "pobj")
    ]
    if not gerunds:
        return False
    done = [match_token(g, lex) for g in gerunds]
    return not any(trig is not None and trig.entry.type in ARMED_TYPES for trig in done)


def _to_sports_bodies(tok: Token) -> bool:
    """An appeal that asks no act and is made only to bodies of sport (a 'to' object whose
    phrase holds one of ``sports_bodies`` of ``data/event_syntax.json``: 'would appeal to the
    international weightlifting federation against the ruling'): a dispute of a game, no
    appeal between parties; 'appealed to the United Nations' stays, and so does an appeal
    that asks an act ('appealed to FIFA to lift the ban'), whose act would stand alone."""
    if children(tok, ("xcomp", "ccomp")):
        return False
    bodies = [o for prep in prep_children(tok, ("to",)) for o in prep.children if o.dep_ == "pobj"]
    return bool(bodies) and all(
        any(t.lower_ in SPORTS_BODIES for t in body.subtree) for body in bodies
    )


def _remembered_act(noun: Token) -> bool:
    """An armed act named as the 'of' object of a word of remembrance (``remembrance_heads`` of
    ``data/event_syntax.json``: 'veterans of the Dieppe raid', 'survivors of the attack', 'the
    40th anniversary of the invasion'): an act of history recalled, no new one."""
    node = noun
    while node.dep_ == "conj" and node.head is not node:
        node = node.head
    prep = node.head
    return (
        node.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head is not prep
        and prep.head.lower_ in REMEMBRANCE_HEADS
    )


def _state_of_law(noun: Token) -> bool:
    """The noun of 'a state of siege' (``states_of_law`` of ``data/event_syntax.json``): the
    name of a law of emergency, not the act of besieging."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and noun.lower_ in STATES_OF_LAW
        and prep.lower_ == "of"
        and prep.head is not prep
        and prep.head.lower_ == "state"
    )


def _legal_recourse(verb: Token, lex: Lexicon) -> bool:
    """A threat of going to law (``legal_recourse`` of ``data/event_syntax.json``): its
    infinitive is a verb of suing ('threatened to sue the newspaper') or goes 'to' a court
    ('threatened to take the case to the Supreme Court'), or its object is a suit or an action
    a legal word describes ('threatened legal action'); no threat between parties unless the
    court is an international one ('to take Iran to the International Court of Justice')."""
    acts = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]
    if any(any_lemma(a, lex, LEGAL_RECOURSE["verbs"]) for a in acts):
        return True
    courts = [
        t
        for a in acts
        for t in a.subtree
        if t.dep_ == "pobj"
        and t.head.lower_ in ("to", "before")
        and t.head.head.i in (a.i, *[o.i for o in children(a, ("dobj",))])
    ]  # 'to take the case to court', the parser's 'to' on the case or on the verb
    if any(any_lemma(c, lex, LEGAL_RECOURSE["courts"]) and not _world_court(c) for c in courts):
        return True
    return any(
        any_lemma(o, lex, LEGAL_RECOURSE["suits"])
        or any(
            c.dep_ in ("amod", "compound") and c.lower_ in LEGAL_RECOURSE["legal_marks"]
            for c in o.children
        )
        for o in children(verb, ("dobj",))
    )


def _world_court(court: Token) -> bool:
    """A court of the world or of a union of states ('the International Court of Justice')."""
    return any(t.lower_ in LEGAL_RECOURSE["international_marks"] for t in court.subtree)


def _answering_participle(verb: Token) -> bool:
    """An answering participle (``answering_participles`` of ``data/event_syntax.json``) that
    says why the verb it hangs on acted ('Moscow barred British journalists, retaliating for
    the expulsion of its envoys'): that verb's act is the answer, the participle none of its
    own; 'hitting two ships' and a main 'retaliated' are left alone."""
    return (
        verb.lower_ in ANSWERING_PARTICIPLES
        and verb.dep_ == "advcl"
        and verb.head.pos_ in ("VERB", "AUX")
        and verb.head is not verb
    )


def _done_by_plague(tok: Token, lex: Lexicon) -> bool:
    """Whether a verb's doers are all diseases, pests, germs or natural disasters (``plagues``
    of ``data/event_syntax.json``): 'could let rabies invade Britain', 'locusts attacked
    crops', 'Hurricane Mitch swept Honduras, killing thousands'."""
    if pos_of(tok) != "verb":
        return False
    doers = [content_head(s) for s in _participle_doers(tok)]
    return bool(doers) and all(
        _is_one_of(d, lex, PLAGUES)
        or any(_is_one_of(c, lex, PLAGUES) for c in children(d, ("compound",)))
        for d in doers
    )  # 'Hurricane Mitch devastated Honduras, killing thousands': a storm's toll


def _participle_doers(verb: Token) -> list[Token]:
    """The subjects of a verb, or for an '-ing' clause with none of its own hung on another
    verb ('…, killing thousands and destroying bridges'), those of the verb it hangs on."""
    for _ in range(3):
        found = subjects(verb)
        if found or verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "conj"):
            return found
        verb = _verb_above(verb)
    return []


def _verb_above(tok: Token) -> Token:
    """The nearest verb above ``tok`` ('killing dozens of people and destroying homes':
    'destroying' hung on 'people' hangs under 'killing'), or the root."""
    up = tok.head
    for _ in range(5):
        if up.pos_ in ("VERB", "AUX") or up.head == up:
            break
        up = up.head
    return up


def _given_to_no_one(verb: Token) -> bool:
    """A verb whose every recipient, after 'to' or as its indirect object, is no one
    ('has given its word to nobody', 'will yield to no one'): nothing is given to anyone. A
    sentence with no such word ('nobody', 'one' …) is passed over at once."""
    if not _may_hold(verb.sent, _NO_ONE_WORDS):
        return False
    takers = prep_objects(verb, ("to",))
    for d in children(verb, ("dative",)):  # 'gave its word to nobody': 'to' read as dative
        takers += pobjs(d) if d.pos_ == "ADP" else [d]
    return bool(takers) and all(_no_one(t) for t in takers)


def _no_one(tok: Token) -> bool:
    """'nobody', 'no-one', 'no one'."""
    if tok.lower_ in NO_ONE_PRONOUNS and tok.lower_ not in ("anyone", "anybody"):
        return True
    return tok.lower_ == "one" and any(c.lower_ == "no" for c in tok.children)


def _freed_in_assault(verb: Token, lex: Lexicon) -> bool:
    """A verb of freeing joined by 'and' to an armed act of the same subject ('commandos
    stormed the cave and freed 23 hostages', 'troops raided the camp, freeing the captives'):
    the captives were taken back by force, a rescue, no release the captors granted."""
    if verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG"):
        joined = [verb.head]
    else:
        joined = []
    joined += [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    for other in joined:
        if other.pos_ != "VERB":
            continue
        kinds = {
            e.type
            for lemma in lemmas(other, lex, "verb")
            for e in lex.by_lemma.get(("verb", lemma), ())
        }
        if not kinds & ARMED_TYPES or "concession" in kinds:
            continue  # 'pardoned and released': no armed verb (and no loop between the two)
        trig = match_token(other, lex)
        if trig is not None and trig.entry.type in ARMED_TYPES:
            return True
    return False


def _killed_by_mishap(verb: Token, lex: Lexicon) -> bool:
    """A death or injury a disaster or accident causes (`mishaps` in
    `data/event_syntax.json`): its doer is one ('Floods killed 40 people', 'An earthquake hit
    Peru, killing 12'), or the first noun after its 'in' or 'by' is ('were killed in crashes
    of school buses', 'died in a fire at the refinery'), or a participle hangs on a clause
    with no object whose subject is a vehicle ('a bus plunged into a ravine, killing 31').
    Not a blast or explosion, which may be a bomb's."""
    if verb.lower_ not in MISHAPS["verbs"] and not any_lemma(verb, lex, MISHAPS["verbs"]):
        return False
    joined = [verb, *children(verb, ("conj",))] + ([verb.head] if verb.dep_ == "conj" else [])
    causes = [content_head(s) for s in subjects(verb)]
    causes += [  # 'were injured and six killed in crashes': the crashes did both
        content_head(p)
        for v in joined
        for q in prep_children(v, ("in", "by"))
        for p in pobjs(q)[:1]
    ]
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":  # 'a train derailed, killing 17'
        head = verb.head
        objects = children(head, OBJECT_DEPS)
        if not objects and (
            any_lemma(head, lex, MISHAPS["happenings"])
            or (
                not any_lemma(head, lex, MISHAPS["blasts"])  # 'a bus exploded': maybe a bomb
                and any(
                    _is_one_of(content_head(s), lex, MISHAPS["vehicles"]) for s in subjects(head)
                )
            )
        ):  # 'a bus plunged into a ravine, killing 31'
            return True
        causes += [content_head(o) for o in objects]  # 'rains caused flooding, killing 30'
    return any(_is_one_of(c, lex, MISHAPS["causes"]) or _works_blast(c, lex) for c in causes)


def _works_blast(cause: Token, lex: Lexicon) -> bool:
    """An explosion at a factory, mine or refinery with no bomb named ('An explosion at a
    fireworks factory killed eight workers'): an accident, as a fire there is; so is one in or
    at a crater or volcano ('an explosion in a crater of Mount Etna': `wild_sites`)."""
    if not any_lemma(cause, lex, MISHAPS["blast_nouns"]):
        return False
    if any(any_lemma(c, lex, _arms_or_forces(lex)) for c in cause.children):
        return False  # 'a bomb blast at the plant', 'a car bomb explosion'
    sites = [content_head(p) for p in prep_objects(cause, ("at", "in"))]
    if any(_is_one_of(site, lex, MISHAPS["works"]) for site in sites):
        return True
    wild = sites + [p for s in sites for p in prep_objects(s, ("of",))]
    return any(_is_one_of(site, lex, MISHAPS["wild_sites"]) for site in wild)


def _crowd_control(tok: Token) -> bool:
    """An armed verb whose object or 'with' phrase is a weapon of crowd control ('fired tear
    gas at students', 'shot rubber bullets', 'sprayed them with water cannon'): violent
    repression (CAMEO 175), no armed clash."""
    weapons = children(tok, OBJECT_DEPS) + [
        p for q in prep_children(tok, ("with",)) for p in pobjs(q)
    ]
    for weapon in weapons:
        kinds = CROWD_CONTROL.get(weapon.lower_)
        if kinds is None:
            continue
        modifiers = {c.lower_ for c in weapon.children if c.dep_ in ("amod", "compound")}
        if not kinds or modifiers & kinds:
            return True
    return False


def _test_site(prep: Token) -> bool:
    """A preposition whose object a word of testing modifies (`weapon_tests`: 'at the test
    site', 'on its testing ground'): the place of a test, no one aimed at."""
    tests = WEAPON_TESTS["tests"]
    return any(
        m.lower_ in tests
        for o in prep.children
        if o.dep_ == "pobj"
        for m in o.children
        if m.dep_ in ("compound", "amod")
    )


def _test_blast(tok: Token, lex: Lexicon) -> bool:
    """A blast or explosion aimed at no one ('on', 'at', 'against') that a nuclear kind
    describes ('exploded a nuclear device', 'an underground blast'), or told in or right after
    a sentence that names a test in a story that has named such a kind before
    (`weapon_tests` in `data/event_syntax.json`: 'Moscow answered with a blast on February
    26'): a weapons test, a show of arms as a missile fired as a test is (`_weapons_test`)."""
    words = WEAPON_TESTS["blasts"]
    blasts = [tok] if any_lemma(tok, lex, words) else []
    blasts += [o for o in map(content_head, objects(tok)) if any_lemma(o, lex, words)]
    if not blasts:
        return False
    if any(
        c.dep_ == "prep"
        and c.lower_ in ("on", "at", "against")
        and not _time_phrase(c)
        and not _test_site(c)
        for c in tok.children
    ):
        return False  # 'a blast on a bus', 'exploded a device at the embassy'
    kinds = WEAPON_TESTS["kinds"]
    if any(c.lower_ in kinds for b in blasts for c in b.children if c.dep_ in ("amod", "compound")):
        return True
    doc = tok.doc
    sent = tok.sent
    start = doc[sent.start - 1].sent.start if sent.start else sent.start
    if not any(t.lower_ in WEAPON_TESTS["tests"] for t in doc[start : sent.end]):
        return False
    return any(t.lower_ in kinds for t in doc[: sent.end])


def _game_result(verb: Token, lex: Lexicon) -> bool:
    """A verb of winning with a score just after it ('beat Argentina 2-1', 'were routed 3-0
    by Spain') or a noun of a game in its sentence ('beat France on penalties', 'beat India
    by six wickets', 'defeated Spain in the final'): a game won or lost, no blow; so is a
    clash in a sentence naming a fixture and no force ('Ghana and Nigeria clash in the Cup
    semi-final'; 'police clashed with fans after the match' stays)."""
    if any_lemma(verb, lex, FIXTURE_CLASHES["verbs"]):  # 'Ghana and Nigeria clash in the final'
        forces = lex.word_classes("armed_force", "enforcers")
        if any(any_lemma(t, lex, forces) for t in verb.sent):
            return False  # 'riot police clashed with fans after the match': a clash
        return any(
            t.tag_.startswith("NN") and t.lower_ in FIXTURE_CLASHES["fixtures"] for t in verb.sent
        )
    if not any_lemma(verb, lex, WIN_VERBS):
        return False
    after = verb.doc[verb.i + 1 : verb.i + 8].text  # the tokenizer splits '2-1' in three
    if _SCORE.search(after) is not None:
        return True
    return any(t.tag_.startswith("NN") and t.lower_ in GAME_NOUNS for t in verb.sent)


def _march_of_music(tok: Token, lex: Lexicon) -> bool:
    """A march of music: a marching verb 'behind', 'to' or 'with' a band or its sounds ('the
    veterans marched behind a pipe band'), or a march noun played or put in a programme ('the
    band played Scottish marches', 'the programme mixes marches with waltzes')."""
    if not any_lemma(tok, lex, frozenset({"march"})):
        return False
    music = TOURING_PERFORMERS | MUSIC_MARCHES["sounds"]
    if pos_of(tok) == "verb":
        return any(
            _is_one_of(content_head(p), lex, music)
            for prep in prep_children(tok, tuple(MUSIC_MARCHES["preps"]))
            for p in pobjs(prep)
        )
    verb = tok.head if tok.dep_ in OBJECT_DEPS else None
    if verb is None or pos_of(verb) != "verb":
        return False
    players = TOURING_PERFORMERS | MUSIC_MARCHES["programmes"]
    return any_lemma(verb, lex, MUSIC_MARCHES["playing_verbs"]) or any(
        _is_one_of(content_head(s), lex, players) for s in subjects(verb)
    )


_SCARE_QUOTE_WORDS = 3
"""The most words a pair of scare quotes holds ('"under siege"', '"invasion"')."""


def _scare_quoted(tok: Token) -> bool:
    """A word inside quotation marks of its own that hold at most three words and no clause
    ('unions were "under siege"', 'the "invasion" of Japanese cars'): a figure the writer
    marks as one (an armed noun with no force, nation, doer or aim named on it); a quoted saying
    ('"We will attack," he said') is no such mark."""
    sent = tok.sent
    before = [t for t in sent if t.i < tok.i and t.i >= tok.i - _SCARE_QUOTE_WORDS]
    after = [t for t in sent if t.i > tok.i and t.i <= tok.i + _SCARE_QUOTE_WORDS]
    opening = next((t for t in reversed(before) if t.is_quote), None)
    closing = next((t for t in after if t.is_quote), None)
    if opening is None or closing is None or opening.tag_ != "``" or closing.tag_ != "''":
        return False
    inner = sent.doc[opening.i + 1 : closing.i]
    return len(inner) <= _SCARE_QUOTE_WORDS and not any(
        t.dep_ in ("nsubj", "nsubjpass") or t.is_punct for t in inner
    )


def _body_expelled(tok: Token, lex: Lexicon, objs: list[Token]) -> bool:
    """An expelling verb whose every object is a party, club or union (``expelled_from``
    'bodies': 'voted to expel the electricians' union', 'expelled the party's youth wing'):
    one body put out of another, no people driven from a country."""
    if not any_lemma(tok, lex, EXPELLED_FROM["verbs"]):
        return False
    expelled = [content_head(o) for o in objs if o.dep_ in OBJECT_DEPS and o.head == tok]
    return bool(expelled) and all(
        any_lemma(o, lex, EXPELLED_FROM["bodies"]) for o in with_conjuncts(expelled)
    )


def _may_hold(sent: Span, words: frozenset[str]) -> bool:
    """Whether ``sent`` holds one of ``words`` (``sentence_has``), for a test that holds only
    with such a word in the sentence to pass over the rest at once: an early exit alone,
    never a condition of a rule (the tests turn it off to read every sentence in full)."""
    return sentence_has(sent, words)


def _game_trip(tok: Token, lex: Lexicon) -> bool:
    """A sentence naming a sport or its players (``game_trip_words``) and no office holder:
    its tour or meeting is a fixture ('the cricket board named a captain for the tour of
    England'); a president flying in to watch a cricket test still visits, and a sport that
    is what talks are about ('held talks on football hooliganism') makes them no fixture."""
    if not _may_hold(tok.sent, _PERFORMER_WORDS):
        return False  # no performer, sport or player named: neither test below can hold
    if _trip_of_performers(tok):
        return True  # 'the orchestra opened its tour', "England's rugby union leaders met"
    if not sentence_has(tok.sent, GAME_TRIP_WORDS):
        return False  # no sport named
    own = _clause_head(tok)  # 'Mubarak met Peres, and the football team flew home': apart
    sport = [
        t
        for t in tok.sent
        if t.lower_ in GAME_TRIP_WORDS and not _a_topic(t, lex) and _clause_head(t) == own
    ]
    return bool(sport) and not any(
        any_lemma(t, lex, lex.word_class("person_title")) for t in tok.sent
    )


_OWN_CLAUSE_DEPS = frozenset({"ROOT", "conj", "parataxis", "relcl"})


def _clause_head(tok: Token) -> Token:
    """The verb heading the clause ``tok`` is in: its nearest verb ancestor (itself too) that
    is the root, a clause conjoined with a subject of its own, or a relative clause; purposes,
    participles and reported clauses ('flew in to play a test', 'the cricket board said the
    team would tour') stay in the clause above."""
    node = tok
    while node.head != node:
        if (
            node.pos_ in ("VERB", "AUX")
            and node.dep_ in _OWN_CLAUSE_DEPS
            and (node.dep_ != "conj" or children(node, SUBJECT_DEPS))
        ):
            return node
        node = node.head
    return node


def _a_topic(tok: Token, lex: Lexicon) -> bool:
    """Whether ``tok`` is in what talks are about: under 'on', 'about' or 'over', or under a
    verb of talking about ('held talks on football hooliganism', 'met to discuss football
    violence')."""
    node = tok
    while node.head != node:
        node = node.head
        if (node.dep_ == "prep" and node.lower_ in TOPIC_PREPS) or any_lemma(
            node, lex, TOPIC_VERBS
        ):
            return True
    return False


def _trip_of_performers(tok: Token) -> bool:
    """A tour, visit or meeting whose every doer is named with a sport or a performing body
    (``touring_performers``, ``game_trip_words``) before or as its head word ('the Moscow
    State Symphony opened its first American tour', "England's rugby union leaders met"):
    a performance or a fixture, whoever else the sentence names. A tour noun on no verb and
    owned by no one or by a pronoun is the doing of the noun its phrase hangs on ('the band of
    the Scots Guards, halfway through a tour of the United States, …') or of the subject of
    the verb it hangs on ('the Bolshoi Ballet, on its first tour of Britain, danced …')."""
    verb = _clause_verb(tok)
    doers = subjects(verb) if verb is not None else children(tok, ("poss",))
    if verb is None and all(is_pronoun(d) for d in doers) and tok.dep_ == "pobj":
        bearer = tok.head.head  # 'the band, halfway through a tour', 'on its tour, danced'
        while bearer.dep_ == "advmod" and bearer.head != bearer:  # 'midway through a tour'
            bearer = bearer.head
        if pos_of(bearer) == "noun":
            doers = [bearer]
        elif pos_of(bearer) == "verb" and subjects(bearer):
            doers = subjects(bearer)
    return bool(doers) and all(
        any(t.lower_ in _PERFORMER_WORDS for t in d.subtree if t.i <= d.i)
        for d in map(content_head, doers)
    )


def _clause_verb(tok: Token) -> Token | None:
    """The verb whose subjects do the act ``tok`` names: ``tok`` itself, or the verb a noun is
    the object of ('launched an appeal', 'opened its tour'); None for a noun on no verb."""
    if pos_of(tok) == "verb":
        return tok
    return tok.head if tok.dep_ in OBJECT_DEPS and pos_of(tok.head) == "verb" else None


def _undergoers(verb: Token, objs: list[Token]) -> list[Token]:
    """The heads of whom or what a verb is done to: its objects, or its passive subjects
    ('killed 80 whales', 'the minister was dismissed')."""
    return [content_head(o) for o in objs] + [
        content_head(s) for s in children(verb, ("nsubjpass",))
    ]


def _animals_hunted(tok: Token, lex: Lexicon, objs: list[Token]) -> bool:
    """An armed or killing verb whose every object, or passive subject, is an animal or a
    count of animals (``hunted_animals``: 'need to kill 80 fin whales and 40 sei whales',
    'seals were clubbed', 'killed a total of 60 hares'), or whose every 'by' doer is one
    ('only two were killed by hounds'): hunting or culling, no blow."""
    hunted = [_counted(h) for h in _undergoers(tok, objs)]  # 'killed a total of 60 hares'
    if hunted and all(_is_one_of(h, lex, HUNTED_ANIMALS) and not h.ent_type_ for h in hunted):
        return True
    doers = [content_head(a) for a in _agents(tok)]  # 'only two were killed by hounds'
    return bool(doers) and all(_is_one_of(d, lex, HUNTED_ANIMALS) for d in doers)


def _agents(verb: Token) -> list[Token]:
    """The 'by' doers of a passive verb."""
    return [p for a in children(verb, ("agent",)) for p in pobjs(a)]


def _removed_from_post(tok: Token, lex: Lexicon, objs: list[Token]) -> bool:
    """A verb of dismissal (``dismissal_verbs``) whose every object or passive subject is a
    person, named or by a post (``dismissed_people``): 'the forestry minister was dismissed
    for negligence' removes him from office; 'dismissed the charge' still rejects."""
    if not any_lemma(tok, lex, DISMISSAL_VERBS):
        return False
    removed = _undergoers(tok, objs)
    return bool(removed) and all(
        r.ent_type_ == "PERSON" or _is_one_of(r, lex, DISMISSED_PEOPLE) for r in removed
    )


def _fund_raising(tok: Token, lex: Lexicon) -> bool:
    """An appeal whose every doer is a charity (``fund_raisers``: 'six British charities
    launched a joint emergency appeal for Ethiopia'): money asked of the public."""
    verb = _clause_verb(tok)
    doers = [content_head(s) for s in subjects(verb)] if verb is not None else []
    return bool(doers) and all(_is_one_of(d, lex, FUND_RAISERS) for d in doers)


def _own_audience_of_speech(tok: Token, lex: Lexicon) -> bool:
    """A meeting told or addressed by a speaker whose words name no state, nation or body of
    its own ('told a meeting of senior officials', 'addressed a meeting of party workers'):
    the speaker's audience at home, no meeting between parties ('told a meeting of OPEC
    ministers', 'a meeting of Arab foreign ministers' stay)."""
    if not _audience_of_speech(tok, lex):
        return False
    named = [
        w
        for c in tok.children
        if c.dep_ in ("amod", "compound", "nmod", "poss") or (c.dep_ == "prep" and c.lower_ == "of")
        for w in c.subtree
    ]
    return not any(
        w.ent_type_ in ("GPE", "NORP", "ORG") or w.lower_ in COUNTRY_NAMES for w in named
    )


def _audience_of_speech(tok: Token, lex: Lexicon) -> bool:
    """A gathering noun (``addressed_gatherings``) told or addressed by a speaker, or spoken
    'to' or 'at' ('he told a rally in Manila', 'spoke to a meeting of supporters', 'speaking
    at a rally in Nakuru'): the audience of a speech, no protest."""
    if not _is_one_of(tok, lex, ADDRESSED_GATHERINGS["nouns"]):
        return False
    verbs = ADDRESSED_GATHERINGS["verbs"]
    if tok.dep_ in ("dobj", "dative"):
        return any_lemma(tok.head, lex, verbs)
    return (
        tok.dep_ == "pobj"
        and tok.head.lower_ in ("to", "at")
        and any_lemma(tok.head.head, lex, verbs)
    )


_FIRM_QUARREL_TYPES = frozenset({"accusation", "attack", "threat", "clash"})


def _quarrel_with_a_firm(tok: Token, lex: Lexicon, objs: list[Token]) -> bool:
    """An accusation or attack in words aimed only at a company or at what one owns or does
    ("lawyers for the victims attacked the company's tactics", 'shareholders accused the
    firm of waste') by doers that name no state, office holder, person, government, force or
    weapon (a pronoun may be any of them): a quarrel with a business, no event. 'The
    government accused the company', 'he criticised the World Bank' and 'gunmen attacked the
    company's offices' keep it."""
    aimed = [content_head(o) for o in objs]
    if not aimed or not all(
        _a_firm(a, lex) or any(_a_firm(c, lex) for c in children(a, ("poss",))) for a in aimed
    ):
        return False
    doers = [content_head(s) for s in subjects(tok)]
    titles = lex.word_class("person_title") | _armed_things(lex)
    return bool(doers) and not any(
        d.ent_type_ == "PERSON"
        or d.pos_ == "PRON"
        or _is_one_of(d, lex, STATE_BODIES)
        or _state_institution(d, lex)
        or any_lemma(d, lex, titles)
        or any(is_countryish(t) for t in d.subtree)
        for d in doers
    )


def _state_institution(tok: Token, lex: Lexicon) -> bool:
    """A body of a state by its word ('institution_doers': 'the regulator', 'the watchdog', 'the
    court', 'the agency', 'the commission', 'the ministry') or by a name of data/institutions.tsv
    or data/regulators.tsv ('The SEC', 'the Securities and Exchange Commission', 'the
    Bundesbank'): its acts on a firm are a state's, no quarrel of businesses."""
    if tok.tag_ in ("NN", "NNS") and _is_one_of(tok, lex, INSTITUTION_DOERS):
        return True
    if tok.tag_ not in ("NNP", "NNPS"):
        return False
    name = " ".join(t.text for t in tok.subtree if t.i <= tok.i and t.dep_ != "det")
    return name.lower() in state_body_names() or tok.lower_ in state_body_names()


def _figurative_enemy(tok: Token, lex: Lexicon, objs: list[Token]) -> bool:
    """A fight whose every object is an enemy named by 'a' or 'an' and nothing else
    (``figurative_enemies``: 'we are fighting an invisible enemy', 'an enemy that does not
    sleep'), by doers that are no force, state or named people: a figure of speech. 'Fought
    the enemy', 'fought an Iraqi foe' and 'troops fought an enemy they could not see' stay."""
    enemies = [content_head(o) for o in objs]
    if not enemies or not all(
        _is_one_of(e, lex, FIGURATIVE_ENEMIES["nouns"])
        and any(
            c.dep_ == "det" and c.lower_ in FIGURATIVE_ENEMIES["determiners"] for c in e.children
        )
        and not any(is_countryish(t) or t.dep_ == "poss" for t in e.subtree)
        and not prep_children(e, ("of",))
        for e in enemies
    ):
        return False
    doers = [content_head(s) for s in subjects(tok)]
    armed = _armed_things(lex)
    return not any(
        any_lemma(d, lex, armed) or any(is_countryish(t) for t in d.subtree) or d.ent_type_
        for d in doers
    )


def _a_firm(tok: Token, lex: Lexicon) -> bool:
    """A company named by a common noun ('the company', 'the firm'), no proper name ('the World
    Bank') and no state's word on it."""
    return (
        tok.tag_ in ("NN", "NNS")
        and _is_one_of(tok, lex, BUSINESS_CONTESTS["companies"])
        and not any(is_countryish(t) or t.tag_ in ("NNP", "NNPS") for t in tok.subtree)
    )


def _civil_fleet(verb: Token) -> bool:
    """Doers that are all fleets, boats or vessels of a civil kind (``civil_fleets``:
    'Iceland's whaling fleet stayed in port', 'thousands of spectator boats blockaded the
    finish line'): no force deployed, no blockade."""
    doers = [content_head(s) for s in subjects(verb)]
    return bool(doers) and all(
        any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ in CIVIL_FLEETS for c in d.children)
        for d in doers
    )


def _game_told(tok: Token, lex: Lexicon) -> bool:
    """Does the sentence of ``tok`` tell a game's result ('Wales have beaten France on two of
    their last three visits', 'in their last meeting, the Irish beat Italy in the final')?"""
    sent = tok.sent
    if not sentence_has(sent, lex.inflections(WIN_VERBS)):
        return False  # no word of the sentence inflects a verb of winning
    return any(pos_of(t) == "verb" and _game_result(t, lex) for t in sent)


def _fought_over_words(tok: Token, lex: Lexicon) -> bool:
    """A fight or clash whose every opponent or stake (object, 'against', 'over' or 'for'
    phrase) is a thing said, decided or traded ('fought the planned sale of the firm', 'is
    battling against proposals to merge', 'Britain and Japan clashed over demands for access',
    'fighting a campaign to retain the seat'): a dispute, no armed clash."""
    opponents = [content_head(o) for o in children(tok, OBJECT_DEPS)] + prep_objects(
        tok, ("against", "over", "for")
    )
    words = VERBAL_ATTACK["stated_things"] | VERBAL_ATTACK["contested_things"]
    if not opponents or not all(_is_one_of(o, lex, words) for o in opponents):
        return False
    forces = _armed_doers(lex)
    fighters = [content_head(s) for s in subjects(tok)] if pos_of(tok) == "verb" else []
    return not prep_children(tok, ("with",)) and not any(
        any_lemma(f, lex, forces) for f in fighters
    )  # not 'rebels clashed with police over …', 'troops fought for the town'


def _weapons_act(verb: Token, lex: Lexicon) -> bool:
    """A verb whose subject is a weapon ('jets', 'tanks', 'artillery'): what it does is
    armed, never a word."""
    return any(any_lemma(content_head(s), lex, lex.word_class("weapon")) for s in subjects(verb))


def _armed_doers(lex: Lexicon) -> frozenset[str]:
    """Words of a force that fights (armed forces, police, rebels): such a doer makes a fight
    or a campaign an armed one."""
    return lex.derived(
        "armed_doers", lambda: lex.word_classes("armed_force", "force") | ARMED_EFFORTS["doers"]
    )


def _half_of_a_land(tok: Token) -> bool:
    """'the North', 'the South' (capitalised): a state a divided land's half stands for, known
    from the country or its adjective named before ('North Korean soldiers fired …')."""
    return tok.text in ("North", "South") and any(c.lower_ == "the" for c in tok.children)


def _fighters(lex: Lexicon) -> frozenset[str]:
    """Words of anyone who fights: armed forces, rebels, gunmen."""
    return lex.derived(
        "fighters", lambda: _armed_doers(lex) | lex.word_classes("armed_group", "irregulars")
    )


def _unarmed_effort(verb: Token, lex: Lexicon, objs: list[Token]) -> bool:
    """Every object of a launching verb is an effort noun that names no arms ('began
    operations in 1975', 'step up London operations', 'launched a promotion campaign', 'wage a
    campaign against it'): no armed act unless an armed modifier ('a military operation', 'an
    air campaign'), an armed doer ('rebels launched a campaign') or a force or party fought
    against ('a campaign against the guerrillas') says so."""
    efforts = [o for o in objs if o.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS]
    if not efforts or not all(
        o.lower_.removesuffix("s") in ARMED_EFFORTS["nouns"] for o in efforts
    ):
        return False
    armed = ARMED_EFFORTS["modifiers"]
    if any(c.lower_ in armed for o in efforts for c in o.children):
        return False
    forces = _armed_doers(lex)
    if any(any_lemma(content_head(s), lex, forces) for s in subjects(verb)):
        return False
    fought = [
        content_head(p)
        for node in (verb, *efforts)
        for prep in prep_children(node, ("against",))
        for p in pobjs(prep)
    ]
    return not any(any_lemma(p, lex, forces) or p.ent_type_ in ("GPE", "NORP") for p in fought)


def _aid_to_business(tok: Token) -> bool:
    """Aid given or approved 'to' a company or an industry of no named country ('state aid
    to industry', 'gave 200 mln francs in aid to the steel firm'): a subsidy, company
    business, no aid between parties ('food aid to Ethiopian farmers' stays aid)."""
    holders = [tok, *objects(tok)]
    receivers = [p for h in holders for p in prep_objects(h, ("to",))]
    business = BUSINESS_CONTESTS["aided_business"]
    return bool(receivers) and all(  # 'food aid to Ethiopian farmers' is aid to Ethiopia
        r.lower_ in business and not national_modifiers(r) for r in receivers
    )


def _a_company(tok: Token) -> bool:
    """A company noun or an organisation's name that is no country."""
    if is_countryish(tok):
        return False
    return tok.lower_ in BUSINESS_CONTESTS["companies"] or tok.ent_type_ == "ORG"


def _in_broken_pledge(tok: Token) -> bool:
    """A promise someone is said to break or go back on ('Labour has broken its promise',
    'went back on a pledge to …') or what it promised, or one kept or not kept ('Japan had
    not fulfilled its promise'): an old promise, no pledge, nor a broken one's content. A
    sentence with no promise noun is passed over at once (the ancestors stand in it)."""
    if not _may_hold(tok.sent, BROKEN_PLEDGE["nouns"]):
        return False
    for node in (tok, *list(tok.ancestors)[:4]):
        if node.lower_ in BROKEN_PLEDGE["nouns"] and _broken(node):
            return True
    return (
        tok.lower_ in BROKEN_PLEDGE["nouns"]
        and tok.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS
        and tok.head.lower_ in BROKEN_PLEDGE["kept_verbs"]
    )  # 'had kept its pledge to free them': the freeing is done, the promise old


def _broken(tok: Token) -> bool:
    """The noun is the object of a breaking verb or of 'go back on', 'renege on'."""
    head = tok.head
    if tok.dep_ in OBJECT_DEPS | PASSIVE_SUBJECT_DEPS:
        return head.lower_ in BROKEN_PLEDGE["verbs"]
    return (
        tok.dep_ == "pobj" and head.lower_ == "on" and head.head.lower_ in BROKEN_PLEDGE["on_verbs"]
    )


def _given_as_example(tok: Token) -> bool:
    """An act named as an example of a kind of step ('warlike steps such as mining Iran's
    harbors or blockading the Gulf'): a sort of act, not one done."""
    node = tok
    while node.dep_ == "conj" and node.head != node:
        node = node.head
    mark = node.head
    if node.dep_ not in ("pcomp", "pobj") or mark.lower_ not in EXAMPLE_MARKS["as"]:
        return False
    kind = mark.head
    return kind.tag_ == "NNS" and any(
        c.lower_ in EXAMPLE_MARKS["such"] for c in (*mark.children, *kind.children)
    )


def _is_bidding_clause(verb: Token, lex: Lexicon) -> bool:
    """A clause that asks for an act: with 'must', 'should' or 'ought', or a bare subjunctive
    ('insisted that he resign', 'that Washington pay': a present form its singular subject
    does not agree with), or an infinitive ('insisted on them to leave')."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ in lex.modality["must_aux"] for c in auxes):
        return True
    if verb.tag_ == "VBP" and not auxes:  # 'insisted that Washington pay': no agreement
        return any(s.tag_ in ("NN", "NNP") and s.dep_ == "nsubj" for s in verb.children)
    return verb.tag_ == "VB" and not any(c.lower_ != "to" for c in auxes)


SUICIDE_WORDS = frozenset({"suicide"})
SUICIDE_ATTACKERS = frozenset({"bomber", "attacker"})  # a man with a bomb, not a plane


def _is_figurative(tok: Token) -> bool:
    """An attack word used of words or politics: 'a diplomatic offensive', 'a peace offensive',
    'verbally attacked Iran', 'I attack him politically', 'were fighting a price war'."""
    if pos_of(tok) == "verb":
        if any(c.dep_ == "advmod" and c.lower_ in FIGURATIVE_ADVERBS for c in tok.children):
            return True
        objs = [content_head(o) for o in children(tok, OBJECT_DEPS)]
        return bool(objs) and all(  # 'were fighting a price war with Turkey'
            o.lower_.removesuffix("s") in STRUGGLE_WORDS and _is_figurative(o) for o in objs
        )
    return pos_of(tok) == "noun" and any(
        c.dep_ in ("amod", "compound", "nmod") and c.lower_ in FIGURATIVE for c in tok.children
    )


def _shared_opinion(tok: Token, objs: list[Token]) -> bool:
    """An agreeing verb with a clause and no object or 'with' party, whose every subject is
    an observer of ``OPINION_HOLDERS`` ('diplomatic and banking sources agreed that a
    compromise could be reached'): a view they share, no accord made."""
    doers = [content_head(s) for s in with_conjuncts(subjects(tok))]
    return (
        bool(doers)
        and not objs
        and not prep_children(tok, ("with",))
        and any(c.dep_ == "ccomp" for c in tok.children)
        and all(d.lower_ in OPINION_HOLDERS for d in doers)
    )


def _received_pledge(tok: Token, lex: Lexicon) -> bool:
    """A pledge noun that is the object of a verb of receiving ('had received assurances',
    'won a promise from Moscow')."""
    return tok.dep_ == "dobj" and any_lemma(tok.head, lex, RECEIVE_VERBS)


def _struggle_to_do(tok: Token, lex: Lexicon) -> bool:
    """A battle, fight or struggle (the noun) whose aim an infinitive tells ('the government's
    battle to control projects') is an effort, not fighting, unless the aim is taken by arms
    ('the battle to retake the town'). The verb is left alone: 'rebels are fighting to win
    independence' is armed."""
    if pos_of(tok) != "noun" or tok.lower_.removesuffix("s") not in STRUGGLE_WORDS:
        return False
    aims = [c for c in tok.children if c.dep_ == "acl" and is_to_infinitive(c)]
    return bool(aims) and not any(any_lemma(v, lex, ARMED_AIMS) for v in aims)


def _volley_of_words(tok: Token, lex: Lexicon) -> bool:
    """A volley of something that is no weapon: 'a barrage of criticism', 'a time bomb of
    deficits' ('a barrage of rockets', 'a hail of bullets' are armed acts)."""
    if pos_of(tok) != "noun" or tok.lower_.removesuffix("s") not in VOLLEY_NOUNS:
        return False
    what = [content_head(o) for p in prep_children(tok, ("of",)) for o in pobjs(p)]
    return bool(what) and not any(any_lemma(o, lex, lex.word_class("weapon")) for o in what)


def _pelted_with_words(tok: Token, lex: Lexicon) -> bool:
    """A verb of a volley whose 'with' phrase names something that is no weapon: 'were
    bombarded with requests', 'bombarded the ministry with letters' ('bombarded Basra with
    rockets' is shelling). Without a 'with' phrase the verb keeps its armed sense."""
    if pos_of(tok) != "verb" or not any_lemma(tok, lex, VOLLEY_VERBS):
        return False
    what = prep_objects(tok, ("with",))
    arms = lex.word_classes("weapon", "munition")
    return bool(what) and not any(any_lemma(o, lex, arms) for o in what)


def _war_worded(tok: Token, lex: Lexicon, objs: list[Token]) -> bool:
    """An attack told with a word of war or battle (``hopeless_fights`` words), itself or its
    verb's object ('a war against hunger', 'waging war against poverty'), not a blow's verb
    ('would retaliate against any tariffs')."""
    return any(any_lemma(t, lex, HOPELESS_FIGHTS["words"]) for t in (tok, *objs))


def _fought_against_things(tok: Token, lex: Lexicon) -> bool:
    """A fight whose only opponents, 'against' the fight verb or the battle it wages, are
    things, no party: 'are fighting a losing battle against cheap imports', 'fought a long
    battle against cholera', 'the battle against inflation', 'fighting against inflation'.
    A person, people, country, named body, force, place or weapon among them ('a battle
    against Vietnamese soldiers'), a 'with' phrase or an armed doer keeps the clash, and so
    does any object of the verb that is no battle word ('fought the rebels'). A 'with' phrase
    keeps the clash ('battled with police') unless all it names are hardships or things of
    nature (``struggle_aims`` 'ordeals', 'hazards': 'pupils battled with their examinations')."""
    if pos_of(tok) == "noun":
        if tok.lower_.removesuffix("s") not in STRUGGLE_WORDS:
            return False
        verb = _clause_verb(tok)
        battles = [tok]
    else:
        verb = tok
        objs = [content_head(o) for o in children(tok, OBJECT_DEPS)]
        battles = [o for o in objs if o.lower_.removesuffix("s") in STRUGGLE_WORDS]
        if len(battles) != len(objs):
            return False
    withs = prep_objects(verb, ("with",)) if verb is not None else []
    if withs and not all(_is_one_of(w, lex, _ORDEALS) for w in withs):
        return False  # 'riot police clashed with strikers'
    opponents = [o for b in battles for o in prep_objects(b, ("against",))] + withs
    if verb is not None:
        opponents += prep_objects(verb, ("against",))
    if not opponents or any(
        _opponent_party(o, lex) or _is_one_of(o, lex, FIGHTING_SIDES) for o in opponents
    ):
        return False  # 'waging an undeclared war against his country' is fought against one
    return not _armed_fighters(verb, lex)


def _protest_ended_by_act(verb: Token) -> bool:
    """A participle of ending with no subject of its own, after the clause's act, whose
    protest or strike is no one's named ('Shevardnadze resigned on Sunday, ending three weeks
    of street protests'): the end the act brought about, no protester calling off his own
    protest ('the miners returned to work, ending their strike' keeps its owner)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or children(verb, SUBJECT_DEPS):
        return False
    ended = [content_head(o) for o in children(verb, ("dobj",))]
    ended = [
        w for o in ended for w in (o, *(p for of in prep_children(o, ("of",)) for p in pobjs(of)))
    ]  # 'three weeks of street protests'
    return bool(ended) and not any(children(o, ("poss",)) for o in ended)


def _truce_holding(tok: Token, lex: Lexicon) -> bool:
    """A ceasefire noun that is the subject of a verb of holding or lasting (``truce_holding``)
    in a clause that only sets the scene of another act ('lifted the curfew as the ceasefire
    with the ethnic Albanian rebels held', 'a ceasefire that has lasted since May'): a truce
    in force, no one declaring it. Told as the news itself ('the truce has held since July,
    peacekeepers said') the truce kept is still coded, as the batches code it."""
    verbs = [tok.head] if tok.dep_ in SUBJECT_DEPS else []
    verbs += [c for c in tok.children if c.dep_ == "relcl"]
    verbs += [x for v in verbs for x in children(v, ("xcomp",))]
    return any(
        pos_of(v) == "verb"
        and any_lemma(v, lex, TRUCE_HOLDING)
        and (v.dep_ in ("advcl", "relcl") or v.head.dep_ in ("advcl", "relcl"))
        for v in verbs
    )


def _contest_for_office(tok: Token) -> bool:
    """A battle, fight, struggle or race (the noun, or the verb with no one fought: no object
    but a battle word, no 'against' or 'with' phrase) for a post (``struggle_aims`` 'offices':
    'the battle for the leadership of the Ulster Unionist Party', 'fought for the party's
    nomination'): a contest of politics, no fighting."""
    if pos_of(tok) == "noun":
        if tok.lower_.removesuffix("s") not in STRUGGLE_WORDS:
            return False
        nodes = [tok]
    else:
        objs = [content_head(o) for o in children(tok, OBJECT_DEPS)]
        if prep_children(tok, ("against", "with")) or any(
            o.lower_.removesuffix("s") not in STRUGGLE_WORDS for o in objs
        ):
            return False
        nodes = [tok, *objs]
    return any(content_head(o).lower_ in OFFICES for n in nodes for o in prep_objects(n, ("for",)))


def _fights_to_survive(verb: Token) -> bool:
    """A fight for survival, for life or for existence (``struggle_aims`` 'survival') with no
    one fought: no object and no 'against' or 'with' phrase ('the airline is fighting for its
    life'); 'troops fought for their lives against the rebels' stays a clash."""
    if children(verb, OBJECT_DEPS) or prep_children(verb, ("against", "with")):
        return False
    return any(content_head(o).lower_ in SURVIVAL for o in prep_objects(verb, ("for",)))


def _forces_against_a_party(verb: Token, lex: Lexicon) -> bool:
    """A fight verb whose doers are forces and whose object is a side ('troops battled
    separatist fighters for control of Gudermes'): a battle, whatever the 'for' phrase seems
    to be after ('the navy is fighting a battle for recruits' stays a contest)."""
    return _armed_fighters(verb, lex) and any(
        _opponent_party(content_head(o), lex) for o in children(verb, OBJECT_DEPS)
    )


def _armed_fighters(verb: Token | None, lex: Lexicon) -> bool:
    """A fight verb with a force among its subjects ('troops fought a losing battle')."""
    fighters = subjects(verb) if verb is not None else []
    return any(any_lemma(content_head(f), lex, _fighters(lex)) for f in fighters)


def _fought_a_hazard(tok: Token, lex: Lexicon) -> bool:
    """A fight verb that names no side fought, done to an end (a 'to' infinitive) that is no
    armed aim and whose every object is a hazard (``struggle_aims`` 'hazards') or a thing of
    nature ('soldiers and volunteers battled to keep a slick of crude oil off the beaches',
    'troops battled through the night to contain the flood waters'): a fight against a
    disaster, even by soldiers. 'Troops battled to hold the bridge' and 'fought to keep the
    guerrillas out' keep the clash."""
    if pos_of(tok) != "verb" or not any_lemma(tok, lex, STRUGGLE_WORDS):
        return False
    if children(tok, OBJECT_DEPS) or any(
        _opponent_party(o, lex) for o in prep_objects(tok, ("against", "with", "alongside"))
    ):
        return False
    aims = [c for c in tok.children if c.dep_ in ("xcomp", "advcl") and is_to_infinitive(c)]
    if not aims or any(any_lemma(a, lex, ARMED_AIMS) for a in aims):
        return False
    things = [content_head(o) for a in aims for o in children(a, OBJECT_DEPS)]
    return bool(things) and all(
        _is_one_of(t, lex, HAZARDS) or _natural_doer(t, lex) for t in things
    )


def _fight_of_no_party(tok: Token, lex: Lexicon) -> bool:
    """A fight verb that names no side fought and whose doers are no states, peoples or
    fighters, with a stake that is a thing: its objects ('Thatcher fought her corner', 'are
    fighting a price war'), a 'for' phrase ('hired lawyers to fight for compensation'), an aim
    ('has been fighting a long battle to restore its credibility') or a passive subject ('the
    contest was fought with bitterness'): a contest of no arms. A party among objects or
    'against' and 'with' phrases, an armed doer, a state or a side ('the two sides fought a
    battle'), an armed aim ('fought to retake the town'), a stake of arms ('fighting for a
    separate state') or a battle fought ('a fierce battle was fought near Basra') keeps the
    clash."""
    if (
        pos_of(tok) != "verb"
        or not any_lemma(tok, lex, STRUGGLE_WORDS)
        or fought_with_arms(tok, lex)
    ):
        return False
    objs = [content_head(o) for o in children(tok, OBJECT_DEPS)]
    sides = objs + prep_objects(tok, ("against", "with", "alongside"))
    sides += [o for b in objs for o in prep_objects(b, ("against", "with"))]
    if any(_opponent_party(o, lex) for o in sides):
        return False
    endured = [content_head(s) for s in children(tok, PASSIVE_SUBJECT_DEPS)]
    if endured:
        return not any(  # 'the contest had been fought', not 'a battle was fought'
            _opponent_party(e, lex) or any_lemma(e, lex, _HOSTILE_PURSUITS) for e in endured
        )
    doers = [content_head(d) for d in subjects(tok)]
    if not doers or any(_a_side(d, lex) for d in doers):
        return False
    fors = prep_objects(tok, ("for",))
    aims = [
        c
        for node in (tok, *objs)
        for c in node.children
        if c.dep_ in ("xcomp", "advcl", "acl") and is_to_infinitive(c)
    ]
    return (
        (bool(objs) and not any(_party_word(o, lex) for o in objs))
        or (bool(fors) and not any(_a_stake_of_arms(f, lex) for f in fors))
        or (bool(aims) and not any(any_lemma(a, lex, ARMED_AIMS) for a in aims))
    )


def fought_with_arms(tok: Token, lex: Lexicon) -> bool:
    """A 'with' phrase on a fight verb or its object names weapons (``hand_arms``: 'fought
    members of the other party with clubs and machetes', 'fought each other with knives'):
    a fight of arms, whoever fights."""
    holders = [tok, *children(tok, ("dobj",))]
    arms = with_conjuncts(o for h in holders for o in prep_objects(h, ("with",)))
    return any(_is_one_of(w, lex, HAND_ARMS) for w in arms)


def _a_stake_of_arms(tok: Token, lex: Lexicon) -> bool:
    """What a fight 'for' can be an armed one for: a party ('fought for Iran'), a land or power
    ('fighting for a separate state', 'for control of the town') or anything of a named state
    ('for the liberation of Chad')."""
    return (
        _party_word(tok, lex)
        or any_lemma(tok, lex, ARMED_STAKES)
        or any(t.ent_type_ in ("GPE", "NORP", "LOC") for t in tok.subtree)
    )


def _a_side(tok: Token, lex: Lexicon) -> bool:
    """A doer that can wage a war: a state or people, a force or armed group, a side word
    ('the two sides', 'the warring factions') or a pronoun standing for anyone."""
    return (
        is_countryish(tok)
        or tok.tag_ == "PRP"
        or any_lemma(tok, lex, lex.derived("war_sides", lambda: _fighters(lex) | FIGHTING_SIDES))
    )


def _market_doing(entry: Entry, tok: Token, lex: Lexicon) -> bool:
    """A hostile verb whose every doer is a market party ('the speculators regroup and attack
    again', 'Greek owners have withdrawn their ships'), or with no object a thing traded ('Euroyen
    issues sank', 'the dollar sank': a price falling), or, with no doer, whose every sufferer is
    a thing traded ('blue chips were slaughtered'): market news, no event."""
    if pos_of(tok) != "verb" or not (
        entry.type in ARMED_TYPES or entry.type in _MARKET_HOSTILE_TYPES
    ):
        return False
    doers = [content_head(d) for d in subjects(tok)]
    moved = not children(tok, ("dobj",))  # 'sank', 'plunged': a price moving, nothing struck
    if doers:
        return all(
            _is_one_of(d, lex, MARKET_PARTIES["doers"]) or (moved and _traded(d, lex))
            for d in doers
        )
    endured = [content_head(s) for s in children(tok, PASSIVE_SUBJECT_DEPS)]
    return bool(endured) and all(_traded(e, lex) for e in endured)


def _traded(tok: Token, lex: Lexicon) -> bool:
    """A thing traded ('blue chips', 'the dollar', 'bonds'), or a market of such things
    ('the currency market', 'the stock market'); a market with no such word is a
    marketplace ('the old covered market of Mostar', 'a vegetable market')."""
    if _is_one_of(tok, lex, MARKET_PARTIES["things"]):
        return True
    return _is_one_of(tok, lex, MARKET_PARTIES["markets"]) and any(
        c.dep_ in ("compound", "amod") and _is_one_of(c, lex, MARKET_PARTIES["market_kinds"])
        for c in tok.children
    )


def _fired_no_arms(tok: Token, lex: Lexicon, objs: list[Token]) -> bool:
    """A firing verb (not 'shoot', whose object is mostly someone hit) whose every object is
    words, figures or a ball (``_fired_thing``: 'speakers fired figures at one another',
    'fired questions at the minister'), or
    'shoot' with no object going 'to' a standing ('he shot to international fame'; 'shot to
    death' stays): no armed act."""
    if pos_of(tok) != "verb" or not any_lemma(tok, lex, FIRED_THINGS["verbs"]):
        return False
    fired = [content_head(o) for o in objs if o.dep_ in OBJECT_DEPS and o.head == tok]
    shoot = any_lemma(tok, lex, frozenset({"shoot"}))
    if fired:  # what is shot is mostly someone hit: only things fired are weighed
        return not shoot and all(_fired_thing(o, lex) for o in with_conjuncts(fired))
    if not shoot or children(tok, PASSIVE_SUBJECT_DEPS):
        return False
    goals = prep_objects(tok, ("to",))
    return bool(goals) and not any(
        _party_word(g, lex) or _is_one_of(g, lex, FIRED_THINGS["fatal_ends"]) for g in goals
    )


def _fired_thing(tok: Token, lex: Lexicon) -> bool:
    """A common noun fired that is words, figures or a ball (the classes ``remark``,
    ``figure`` and ``document``, and ``words`` of ``fired_things``: 'questions', 'figures', 'a
    free kick'), never anything the lists of arms may lack ('firebombs', 'buckshot')."""
    return tok.pos_ == "NOUN" and (
        _is_one_of(tok, lex, FIRED_THINGS["words"])
        or any(any_lemma(tok, lex, lex.word_class(name)) for name in _FIRED_WORD_CLASSES)
    )


_FIRED_WORD_CLASSES = ("remark", "figure", "document")


_MARKET_HOSTILE_TYPES = frozenset({"withdrawal", "rejection", "occupation", "blockade", "threat"})
_STAGEABLE_TYPES = ARMED_TYPES | frozenset(
    {"occupation", "blockade", "coercion", "threat", "concession", "accusation", "deployment"}
)
"""Acts a game, a drill, a story or a force of nature can seem to do."""


def _done_by_nature(tok: Token, lex: Lexicon) -> bool:
    """An act whose every doer is an animal, a disease or a thing of nature ('swarms of
    locusts are invading farmland', 'measles kills 4,000 children a year', 'a bombardment of
    rocks and mud destroyed the bridges'), read through a mass to what it is of ('a flood of
    boat people'): no one's act; so is one a film, book or play does ('the film stormed through
    history': `no_party_doers`). A mass of anyone else ('a wave of troops') keeps it."""
    if pos_of(tok) != "verb":
        return False
    doers = [content_head(d) for d in subjects(tok)]
    return bool(doers) and all(
        _natural_doer(d, lex) or _is_one_of(d, lex, NO_PARTY_DOERS["works"]) for d in doers
    )


def _done_in_jail(tok: Token, lex: Lexicon) -> bool:
    """An act whose every doer is a prisoner or inmate (`no_party_doers`: 'about 50 prisoners
    attacked officers'): a jail riot, crime at home."""
    doers = [content_head(d) for d in subjects(tok)]
    return bool(doers) and all(_is_one_of(d, lex, NO_PARTY_DOERS["inmates"]) for d in doers)


def _told_in_a_work(verb: Token) -> bool:
    """A verb, or the verb it is joined to, with an 'in' phrase on a scene, film or book
    (`no_party_doers` 'scenes': 'In its most talked-about scene, fighters force down the
    airliner and troops surround the commandos'): the work's story, no act."""
    head = verb
    while head.dep_ == "conj" and head.head != head:
        head = head.head
    return any(p.lower_ in NO_PARTY_DOERS["scenes"] for p in prep_objects(head, ("in",)))


def _home_supplies(objs: list[Token]) -> bool:
    """Objects that are all supplies to homes (a modifier of ``home_supplies``: 'cut household
    water supplies', 'cut domestic gas supplies'): rationing at home, no sanction."""
    return bool(objs) and all(
        any(
            c.dep_ in ("amod", "compound", "nmod") and c.lower_ in HOME_SUPPLIES
            for c in content_head(o).subtree
            if c.i < content_head(o).i  # 'household water supplies'
        )
        for o in objs
    )


def _own_airlifts(objs: list[Token]) -> bool:
    """Objects that are all flights or airlifts of people out (``own_airlifts``: 'ended their
    evacuation flights', 'suspended repatriation flights'): a state's own airlift, no sanction;
    'halted relief flights' stays one."""
    return bool(objs) and all(
        content_head(o).lower_ in OWN_AIRLIFTS["objects"]
        and any(
            c.dep_ in ("amod", "compound", "nmod") and c.lower_ in OWN_AIRLIFTS["modifiers"]
            for c in content_head(o).lefts
        )
        for o in objs
    )


def _kept_now(verb: Token, lex: Lexicon) -> bool:
    """A verb of keeping an accord (``keeping_verbs``) in the present, simple or progressive,
    on its own clause ('the G-7 still comply with the Louvre accord', 'are abiding by the
    accord'): an accord being kept, no promise ('would abide by', 'agreed to comply' are)."""
    if not any_lemma(verb, lex, KEEPING_VERBS) or verb.dep_ in ("xcomp", "acl"):
        return False
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in ("VBP", "VBZ"):
        return not auxes
    return verb.tag_ == "VBG" and bool(auxes) and all(a in PRESENT_BE for a in auxes)


def _home_freeze(objs: list[Token], lex: Lexicon) -> bool:
    """Objects that are all a freeze of wages, prices or the like (``home_freezes``: 'a wage
    and price freeze', 'a freeze on wages and prices'): economic policy at home, no sanction."""

    def of_home(noun: Token) -> bool:
        named = [c for c in noun.subtree if c.i < noun.i and c.dep_ in ("compound", "conj")]
        return any(any_lemma(n, lex, HOME_FREEZES) for n in named + prep_objects(noun, ("on",)))

    return bool(objs) and all(o.lower_ in FREEZE_NOUNS and of_home(o) for o in objs)


def _open_consultation(noun: Token) -> bool:
    """A consultation one of ``open_consultations`` describes ('launched a public consultation
    on the plans', 'announced party consultation on shortlists'): comments invited from all,
    no meeting between parties."""
    return noun.lower_ in ("consultation", "consultations") and any(
        c.dep_ in ("amod", "compound") and c.lower_ in OPEN_CONSULTATIONS for c in noun.children
    )


def _press_sitting(nouns: list[Token]) -> bool:
    """Conferences or briefings that one of ``press_sittings`` describes ('will hold a
    televised news conference on Thursday'): a speaker facing reporters, no meeting between
    parties; a joint one ('a joint news conference') two parties give together stays."""

    def mods(noun: Token) -> set[str]:
        return {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound", "nmod")}

    return bool(nouns) and all(
        bool(mods(n) & PRESS_SITTINGS) and not mods(n) & JOINT_SITTINGS for n in nouns
    )


def _talk_of_a_thing(noun: Token) -> bool:
    """A singular 'talk' (``rumour_talk``) with an 'of' phrase and no partner named ('yesterday's
    talk of lower U.K. base lending rates fizzled out'): chatter about a thing, no talks."""
    return (
        noun.lower_ in RUMOUR_TALK
        and bool(prep_children(noun, ("of",)))
        and not prep_children(noun, ("with", "between", "among"))
    )


def _clauses_of_a_law(nouns: list[Token]) -> bool:
    """Provisions (``law_provisions``) whose 'of' phrase names a law or accord ('rush
    provisions of the Financial Services Act into effect'): its clauses, no supplies given."""

    def of_a_law(noun: Token) -> bool:
        return any(
            o.ent_type_ == "LAW" or o.lower_ in LAW_DOCUMENTS for o in prep_objects(noun, ("of",))
        )

    clauses = [n for n in nouns if n.lower_ in LAW_PROVISIONS]
    within = {t.i for c in clauses for t in c.subtree}  # the law named in the 'of' phrase
    return bool(clauses) and all(map(of_a_law, clauses)) and all(n.i in within for n in nouns)


def _lifted_sum(noun: Token, lex: Lexicon) -> bool:
    """A measure noun in an 'in' phrase counting a sum that a verb of ``lifted_sums`` has for
    object ('may lift an additional 84 mln dlrs in trade sanctions'), the phrase on the sum or,
    as the parser may hang it, on the verb ('lifted 51 mln dlrs in sanctions'): the measure is
    eased, none imposed."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in":
        return False
    holder = prep.head
    if holder.lower_ in CURRENCY_NOUNS and holder.dep_ in OBJECT_DEPS:
        return any_lemma(holder.head, lex, LIFTED_SUMS)
    return (
        holder.pos_ == "VERB"
        and any_lemma(holder, lex, LIFTED_SUMS)
        and any(o.lower_ in CURRENCY_NOUNS for o in children(holder, ("dobj",)))
    )


def _blame_faced(noun: Token, lex: Lexicon) -> Token | None:
    """The verb by which its subject undergoes blame (``faced_blame``): a noun of blame the
    object, or the 'of' object of the object, of a verb of facing ('faced a storm of criticism
    on his return'), or the object of 'come in for' ('Regan has come in for tough
    criticism'); else None."""
    if noun.lower_ not in FACED_BLAME:
        return None
    node = noun
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.dep_ == "dobj":
        node = node.head.head  # 'a storm of criticism'
    if node.dep_ == "dobj" and any_lemma(node.head, lex, BLAME_FACING_VERBS):
        return node.head
    verb = node.head.head  # 'come in for': the verb above 'for'
    if (
        node.dep_ == "pobj"
        and node.head.lower_ == "for"
        and any_lemma(verb, lex, BLAME_COMING_VERBS)
        and any(c.dep_ == "prt" and c.lower_ == "in" for c in verb.children)
    ):
        return verb
    return None


def _called_a_quality(verb: Token) -> bool:
    """An attack verb with an 'as' phrase naming a quality, an adjective or adverb ('was
    attacked by the Tories as too little, too late', 'attacked the plans as unworkable'):
    criticism, no armed act; 'attacked the camp as a reprisal' stays. The parser may hang the
    adjective on the verb with 'as' below it ('as far too timid')."""
    quality = ("JJ", "JJR", "RB")
    named = any(
        c.dep_ in ("pobj", "pcomp", "amod", "acomp") and c.tag_ in quality
        for prep in prep_children(verb, ("as",))
        for c in prep.children
    )
    return named or any(
        c.dep_ in ("advcl", "acomp", "oprd")
        and c.tag_ in quality
        and any(g.lower_ == "as" for g in c.children)
        for c in verb.children
    )


def _links_between_things(objs: list[Token]) -> bool:
    """Objects that are all ties 'between' things none of which is a party ('break the link
    between arriving in Britain and claiming asylum', 'the connection between aid and arms
    sales'): no ties cut between parties; 'cut the links between the two countries' are."""

    def between_things(noun: Token) -> bool:
        ends = prep_objects(noun, ("between",))
        return bool(ends) and not any(_is_party(e) or e.lower_ in PAIR_NOUNS for e in ends)

    return bool(objs) and all(between_things(content_head(o)) for o in objs)


def _leaves_a_compact(tok: Token, lex: Lexicon) -> bool:
    """A withdrawal whose every place left (its 'from' phrase, or the 'of' after its 'out') is
    a treaty, talks, a body or a scheme (``left_compacts``: 'withdrawing from the UN
    convention on refugees', 'would pull Britain out of the European Court', 'the firm's
    withdrawal from the contract'): a party leaving it, no forces pulled back."""
    outs = [c for c in tok.children if c.lower_ == "out"]
    places = prep_objects(tok, ("from",)) + [p for o in outs for p in prep_objects(o, ("of",))]
    return bool(places) and all(any_lemma(p, lex, LEFT_COMPACTS) for p in places)


CROWD_CRUSH_VERBS = frozenset(_WORDS["crowd_crush_verbs"])
CROWD_CRUSH_WORDS = frozenset(_WORDS["crowd_crush_words"])
OCCUPIED_PLACE_PREPS = frozenset(_WORDS["occupied_place_preps"])


def _occupied_place(tok: Token) -> bool:
    """'occupied' right after a preposition ('inside occupied Palestine', 'from occupied
    Kuwait'), quotes aside: the state of the place it names, whatever the parse."""
    if tok.lower_ != "occupied":
        return False
    before = tok.i - 1
    while before >= tok.sent.start and tok.doc[before].is_quote:
        before -= 1
    return before >= tok.sent.start and tok.doc[before].lower_ in OCCUPIED_PLACE_PREPS


def _crowd_crush(verb: Token, lex: Lexicon) -> bool:
    """A crush or a trampling told in the passive with no doer named, in a sentence that names
    a crowd (``CROWD_CRUSH_WORDS``: 'were crushed to death in the crush at the cemetery',
    'trampled to death in a stampede'): an accident of a crowd, no assault. 'A student was
    crushed to death under an army truck' names no crowd: an assault still."""
    return (
        any_lemma(verb, lex, CROWD_CRUSH_VERBS)
        and is_passive(verb)
        and not children(verb, ("agent",))
        and any(t.lower_ in CROWD_CRUSH_WORDS for t in verb.sent if t != verb)
    )


def _objects_of_its_own(verb: Token, objs: list[Token]) -> list[Token]:
    """The objects of a verb, less the noun a relative clause hangs on when the relative
    pronoun is the clause's subject ('a galleon that sank off the coast': the galleon sank)."""
    if verb.dep_ == "relcl" and any(
        s.lower_ in RELATIVE_PRONOUNS for s in children(verb, SUBJECT_DEPS)
    ):
        return [o for o in objs if o != verb.head]
    return objs


def _told_by_a_work(tok: Token, lex: Lexicon) -> bool:
    """An act under the nearest verb of telling (`told_stories` 'verbs') whose subject is a
    work ('The epic tells of a platoon that captures a ridge', 'the novel depicts troops who
    storm a palace'): the work's story, no act. A report or a witness that tells stays. A
    sentence with no form of a telling verb is passed over at once (the ancestors stand in it)."""
    if not _may_hold(tok.sent, lex.inflections(TOLD_STORIES["verbs"])):
        return False
    for anc in tok.ancestors:
        if anc.pos_ == "VERB" and any_lemma(anc, lex, TOLD_STORIES["verbs"]):
            doers = [content_head(s) for s in subjects(anc)]
            return bool(doers) and all(_is_one_of(d, lex, STORY_WORKS) for d in doers)
    return False


def _praised_works(objs: list[Token], lex: Lexicon) -> bool:
    """Objects that are all a film, book or their scenes (`no_party_doers` 'works' and
    'scenes': 'praised the battle scenes', 'praised the film'): a review's praise."""
    works = NO_PARTY_DOERS["works"] | NO_PARTY_DOERS["scenes"]
    return bool(objs) and all(_is_one_of(content_head(o), lex, works) for o in objs)


def _home_lobby(party: Token) -> bool:
    """A delegation or group of a body named by a common noun (`no_party_doers`: 'a
    delegation of the federation', not 'of the Soviet Union'): a lobby at home."""
    if party.lower_ not in NO_PARTY_DOERS["body_groups"]:
        return False
    bodies = prep_objects(party, ("of",))
    return bool(bodies) and all(
        b.lower_ in NO_PARTY_DOERS["home_bodies"] and b.tag_ == "NN" for b in bodies
    )


def _threatened_labour_action(objs: list[Token]) -> bool:
    """Threatened objects that are all industrial action (`labour_actions`: 'threatened
    industrial action unless more staff were hired'): a labour dispute, no threat of force. A
    strike threatened stays a threat, as CAMEO codes it."""
    return bool(objs) and all(
        o.lower_ in LABOUR_ACTIONS["nouns"]
        and any(c.lower_ in LABOUR_ACTIONS["modifiers"] for c in o.children)
        for o in objs
    )


def _threatened_with_fate(tok: Token) -> bool:
    """A passive 'threatened' with no 'by' phrase whose 'with' phrase names only ills of
    trade, work or nature (``threatened_fates``: 'Spain is threatened with massive imports
    from third countries', 'the mills are threatened with closure'): a danger, no one's
    threat; 'was threatened with expulsion' stays."""
    if not children(tok, ("auxpass",)) or children(tok, ("agent",)):
        return False
    fates = [content_head(o) for o in prep_objects(tok, ("with",))]
    return bool(fates) and all(f.lower_ in THREATENED_FATES for f in fates)


def _scholarly(party: Token, lex: Lexicon) -> bool:
    """Scholars, or a group of them ('historians', 'a team of physicists'), or people of no
    office any more ('former negotiators'): no state's party (`no_party_doers`)."""
    head = content_head(party)
    members = [head, *prep_objects(head, ("of",))]
    return any(_is_one_of(m, lex, NO_PARTY_DOERS["scholars"]) for m in members)


def _of_former_office(party: Token) -> bool:
    """A party marked as out of office ('former negotiators', 'retired generals')."""
    head = content_head(party)
    return any(c.lower_ in NO_PARTY_DOERS["former_marks"] for c in head.children)


def _natural_doer(tok: Token, lex: Lexicon) -> bool:
    """An animal, disease or thing of nature, or a mass of those or of unarmed crowds and
    things ('a flood of refugees'); never one someone threw or fired (``_someones_doing``)."""
    if _someones_doing(tok, lex):
        return False  # 'rocks thrown by youths', 'debris from the Iraqi missile'
    if any(  # 'Iraqi fire', 'artillery fire', 'a flood of Iranian troops'
        c.dep_ in ("amod", "compound", "poss", "nmod")
        and (c.ent_type_ in ("GPE", "NORP", "ORG") or any_lemma(c, lex, _arms_or_forces(lex)))
        for c in tok.children
    ):
        return False
    nature = NATURAL_DOERS["things"] | (MISHAPS["causes"] - ARMED_MISHAP_CAUSES)
    kinds = [content_head(o) for o in prep_objects(tok, ("of",))]
    if kinds and _is_one_of(tok, lex, NATURAL_DOERS["masses"] | nature):
        crowds = nature | NATURAL_DOERS["crowds"]
        return all(_is_one_of(k, lex, crowds) for k in kinds)
    named = MISHAPS["causes"] - ARMED_MISHAP_CAUSES  # 'Hurricane Emily', never 'Ash Carter'
    return _is_one_of(tok, lex, nature) or _named_by_nature(tok, lex, named)


def _named_by_nature(tok: Token, lex: Lexicon, nature: frozenset[str]) -> bool:
    """A proper name given a storm or other happening of ``nature``, which heads it as a title
    ('Hurricane Emily', 'Typhoon Nina', 'Cyclone Tracy'). Only happenings that are given names
    count: a thing of nature before a name is a given name ('Defence Secretary Ash Carter
    accused Moscow', 'Rock Hudson')."""
    return tok.tag_ in ("NNP", "NNPS") and any(
        c.dep_ == "compound" and c.i < tok.i and _is_one_of(c, lex, nature) for c in tok.children
    )


def _someones_doing(tok: Token, lex: Lexicon) -> bool:
    """A thing someone threw, fired or left: a participle on it with a 'by' agent ('rocks
    thrown by Palestinian youths'), or a 'from' phrase naming arms or a force ('debris from
    the Iraqi missile')."""
    if any(children(acl, ("agent",)) for acl in children(tok, ("acl",))):
        return True
    sources = prep_objects(tok, ("from",))
    if not sources:
        return False
    armed = _armed_things(lex)
    return any(any_lemma(content_head(p), lex, armed) for p in sources)


def _arms_or_forces(lex: Lexicon) -> frozenset[str]:
    """Words of weapons and of those who fight."""
    return lex.derived("arms_or_forces", lambda: lex.word_class("weapon") | _fighters(lex))


def _armed_things(lex: Lexicon) -> frozenset[str]:
    """Words of weapons, munitions and of those who fight: what makes a blow armed."""
    return lex.derived("armed_things", lambda: _arms_or_forces(lex) | lex.word_class("munition"))


def _in_a_contest(tok: Token, lex: Lexicon) -> bool:
    """An act of a game or a vote: a verb with no armed doer whose 'in' phrase is a contest
    ('the Social Democrats routed their rivals in Sunday's election', 'crushed them in the
    final'), one that goes 'to' a standing with no object ('the Soviets stormed to a 3-0
    lead', 'stormed to victory'), or any act in a sentence that names players of a game ('the
    pace attack bombarded the batsmen', 'fired shots at the goaltender')."""
    verb = pos_of(tok) == "verb"
    if verb and _done_with_arms(tok, lex):
        return False  # 'gunmen attacked the goalkeeper', 'an air strike killed a goalkeeper'
    if sentence_has(tok.sent, PLAYER_ROLES) or _game_outcome_told(tok, lex):
        return True
    if not verb:
        return False
    if any(_is_one_of(p, lex, CONTEST_SETTINGS) for p in prep_objects(tok, ("in",))):
        return True
    if children(tok, OBJECT_DEPS):
        return False
    goals = prep_objects(tok, ("to",))
    entered = prep_objects(tok, ("into",))
    return (bool(goals) and all(_is_one_of(g, lex, STANDINGS) for g in goals)) or (
        bool(entered) and all(_is_one_of(g, lex, ENTERED_CONTESTS) for g in entered)
    )


def _game_outcome_told(tok: Token, lex: Lexicon) -> bool:
    """Does the sentence of ``tok`` tell a game won, lost or given up by a verb whose object
    is the game ('had won the second game with a bold assault', 'forced the champion to
    resign the fourth game')?"""
    sent = tok.sent
    if not sentence_has(sent, lex.inflections(OUTCOME_VERBS)):
        return False  # no word of the sentence inflects such a verb
    return any(
        pos_of(v) == "verb"
        and any_lemma(v, lex, OUTCOME_VERBS)
        and any(_is_one_of(content_head(o), lex, GAME_NOUNS) for o in children(v, ("dobj",)))
        for v in sent
    )


def _no_ones_mood(verb: Token) -> bool:
    """A verb of mood whose every subject is no one (``no_one_pronouns``, or 'no one': 'nobody
    should doubt that …', 'no one doubts that …'): what the speaker holds certain, no party's
    doubt or hope."""
    doers = subjects(verb)
    return bool(doers) and all(
        d.lower_ in NO_ONE_PRONOUNS
        or (d.lower_ == "one" and any(c.lower_ == "no" for c in children(d, ("det",))))
        for d in doers
    )


def _threatened_deed_done(verb: Token, lex: Lexicon) -> bool:
    """A verb of a deed that is a threat only when told of what is to come (``deed_threats``:
    'would respond in kind', 'will be treated as enemy troops') told as done or held
    ('Iraq responded in kind, shelling Iranian towns', 'Iran regards the United States as
    its enemy'): the answer given or a stance, no threat."""
    if not any_lemma(verb, lex, DEED_THREATS):
        return False
    mod = read_modality(verb, lex)
    return mod.status in ("past", "ongoing") and not mod.intent and not mod.negated


def _economic_controls(objs: list[Token], lex: Lexicon) -> bool:
    """Objects that are all controls, rules or restrictions (``economic_controls.nouns``) of
    trade, prices or money ('tighten its export controls', 'lift price controls'), or held
    only over the economy (``economic_controls.held``: 'tighten control of its banks', 'a
    tighter grip on the banking sector'): economic policy. Sanctions, reprisals or a ban of
    trade ('threatened trade sanctions against Tokyo') are measures against a state."""
    heads = [content_head(o) for o in objs]
    held = {h.i for o in heads for h in prep_objects(o, ("of", "over", "on"))}
    heads = [h for h in heads if h.i not in held]  # 'control of its banks': the control
    return bool(heads) and all(
        h.lower_ in CONTROL_NOUNS
        and (
            any(
                c.dep_ in ("compound", "amod", "nmod") and c.lower_ in ECONOMIC_CONTROLS
                for c in h.children
            )
            or _held_over_the_economy(h, lex)
        )
        for h in heads
    )


def _held_over_the_economy(control: Token, lex: Lexicon) -> bool:
    """Control or a grip whose 'of', 'over' or 'on' phrase names only banks, markets, prices
    or spending ('control of its state banks', 'grip on the banking sector'); not a
    restriction or limit, which bars others ('restrictions on its labour market for new EU
    members')."""
    if control.lower_ not in ("control", "grip"):
        return False
    held = prep_objects(control, ("of", "over", "on"))
    return bool(held) and all(any_lemma(h, lex, ECONOMY_HELD) for h in held)


def _fight_over_a_question(tok: Token) -> bool:
    """A fight whose stake, the 'over' or 'about' phrase on the fight noun (the word itself,
    or the object of its verb: 'fought a long battle over who would lead the alliance',
    'ended a battle over whether to merge'), is a clause: a dispute, no armed clash."""
    fights = [tok] if pos_of(tok) == "noun" else children(tok, ("dobj",))
    return bool(fights) and all(
        any(
            c.dep_ == "pcomp" and c.pos_ in ("VERB", "AUX")
            for prep in prep_children(f, ("over", "about"))
            for c in prep.children
        )
        for f in fights
    )


def _workplace_quarrel(tok: Token, lex: Lexicon) -> bool:
    """An accusation, rejection, threat or fight aimed only at the parties of a workplace
    (``workplace_parties``: owners, employers, strikers, pickets, guards …) by no force or
    police ('accused the mine owners of waging war on the workers', 'had dismissed several
    thousand strikers', 'pickets clashed with security guards'): a labour dispute. Police
    who clash with strikers, a state that accuses ('Iraq accused the U.N. staff of spying'),
    or workers named by nation or body ('Iranian workers', 'the U.N. staff') keep it."""
    if pos_of(tok) != "verb":
        return False
    doers = [content_head(s) for s in subjects(tok)]
    forces = lex.derived(
        "fighters_or_security", lambda: _fighters(lex) | lex.word_class("security_men")
    )
    if any(any_lemma(d, lex, forces) and not _is_one_of(d, lex, WORKPLACE_PARTIES) for d in doers):
        return False
    if any(d.ent_type_ in ("GPE", "NORP") or is_countryish(d) for d in doers):
        return False  # 'Iraq accused the U.N. staff of spying': a state's charge
    aimed = [content_head(o) for o in children(tok, ("dobj",))]
    aimed += prep_objects(tok, ("with", "against"))
    return bool(aimed) and all(
        _is_one_of(t, lex, WORKPLACE_PARTIES)
        and not t.ent_type_  # 'the Soviet Union'
        and t.tag_ not in ("NNP", "NNPS")
        and not any(c.ent_type_ in ("GPE", "NORP", "ORG") for c in t.children)
        for t in aimed
    )


def _harmed_tie(tok: Token, lex: Lexicon) -> bool:
    """A noun of cooperation or of an accord that is the object of a verb of harm ('was
    damaging cooperation between the two countries' scientists', 'could undermine the
    accord'): a tie harmed, no act."""
    return (
        pos_of(tok) == "noun"
        and tok.dep_ == "dobj"
        and (
            any_lemma(tok.head, lex, HARMED_TIES_VERBS)
            or bool(  # 'was damaging cooperation', the participle tagged as an adjective
                {(stem := tok.head.lower_.removesuffix("ing")), stem + "e"} & HARMED_TIES_VERBS
            )
        )
    )


def _done_by_a_ruling(tok: Token, lex: Lexicon) -> bool:
    """An armed verb whose every doer is a ruling, law or other thing said or decided ('we
    have been attacked by a judgment that threatens to destroy the company'): a figure of
    speech, no blow."""
    if pos_of(tok) != "verb":
        return False
    doers = [content_head(d) for d in subjects(tok)]
    said = VERBAL_ATTACK["stated_things"]  # the lemma, not a plural guess ('planes')
    return bool(doers) and all(d.lower_ in said or any_lemma(d, lex, said) for d in doers)


def _name_given_as(tok: Token) -> bool:
    """An armed noun that is the name a naming verb gives its object ('described the
    Scandinavian move as a raid on a national asset', 'branded the bid as an invasion'): the
    object is the act, the name none of its own."""
    if pos_of(tok) != "noun" or tok.dep_ != "pobj" or tok.head.lower_ != "as":
        return False
    verb = tok.head.head
    return verb.lower_ in NAMING_VERBS and bool(children(verb, ("dobj",)))


def _staged(tok: Token, lex: Lexicon) -> bool:
    """An act played, not done: one whose verb, or a verb coordinated with it, is 'in' a drill
    ('commandos stormed the jet, freed 60 hostages and "killed" four gunmen in an exercise'),
    or one set 'in' a work of fiction, by a phrase that opens its sentence or hangs on its verb
    or its object ('In the opening chapter a courier is ambushed', 'a colonel plots to kill
    his chief in "A Winter Exchange," the fourth novel')."""
    verbs = [tok]
    while verbs[-1].dep_ == "conj":
        verbs.append(verbs[-1].head)
    todo = list(verbs)
    while todo:
        joined = children(todo.pop(), ("conj",))
        verbs += joined
        todo += joined
    if any(_is_one_of(p, lex, DRILLS) for v in verbs for p in prep_objects(v, ("in",))):
        return True
    settings = [p for v in verbs for p in prep_children(v, ("in",))]
    settings += [
        p for v in verbs for o in children(v, OBJECT_DEPS) for p in prep_children(o, ("in",))
    ]
    opening = tok.sent[0]
    if opening.lower_ == "in" and opening.dep_ == "prep":
        settings.append(opening)
    return any(_a_work(p, lex) for prep in settings for p in pobjs(prep))


def _a_work(tok: Token, lex: Lexicon) -> bool:
    """A work of fiction: its noun ('the opening chapter', 'the film') or a title in quotes
    that a few words after name one ('"A Winter Exchange," the fourth novel'). A part of
    something else that is no work ('a new chapter of the border war', 'the bloodiest episode
    of the conflict') is a stretch of events; 'the opening chapter of the novel' stays one."""
    if _is_one_of(tok, lex, STAGED_WORKS):
        wholes = prep_objects(tok, ("of", "in"))
        return not wholes or any(_a_work(w, lex) for w in wholes)
    start = tok.left_edge.i
    quotes = QUOTE_MARKS | {"'", "\u2018"}
    if not any(tok.doc[i].text in quotes for i in (start, start - 1) if i >= 0):
        return False
    after = tok.doc[tok.i + 1 : min(tok.i + 8, tok.sent.end)]
    return any(t.tag_.startswith("NN") and _is_one_of(t, lex, STAGED_WORKS) for t in after)


def _aimed_at_no_one(objs: list[Token]) -> bool:
    """An armed verb whose every object is a pronoun of no one in particular
    (``no_one_pronouns``: 'to attack anyone', 'would never harm anybody'): a disposition
    told, no blow at anyone; 'killed everyone on board' struck them all."""
    hit = [o for o in objs if o.dep_ in OBJECT_DEPS]
    return bool(hit) and all(o.lower_ in NO_ONE_PRONOUNS for o in hit)


def _near_miss(tok: Token, lex: Lexicon) -> bool:
    """An act only come close to: right after 'close to', 'near to' ('the talks had come close
    to collapse', 'brought them close to war') or 'the brink of', 'the verge of' ('on the
    brink of war'), a word between them allowed ('close to a war'), or the object of a verb
    that is ('close to reaching a trade deal'). A sentence with none of those words ('close',
    'brink' …) is passed over at once."""
    if not _may_hold(tok.sent, _NEAR_MISS_WORDS):
        return False
    if tok.dep_ in OBJECT_DEPS and pos_of(tok.head) == "verb" and _near_miss(tok.head, lex):
        return True  # 'the two countries are close to reaching a trade deal'
    before = list(tok.doc[max(tok.sent.start, tok.i - 4) : tok.i])
    if before and before[-1].lower_ in ("a", "an", "the", "open", "all-out", "full-scale"):
        before = before[:-1]
    if len(before) < 2:
        return False
    link, word = before[-1].lower_, before[-2]
    if link == "of":
        return word.lower_ in NEAR_MISS["of"]
    return (  # not 'sources close to a meeting of the alliance': people near it
        link == "to"
        and word.lower_ in NEAR_MISS["to"]
        and not (word.dep_ == "amod" and pos_of(word.head) == "noun")
        and not _placed_close(word, lex)
    )


def _placed_close(word: Token, lex: Lexicon) -> bool:
    """'close to' telling where a verb's act happened ('a bomb exploded close to the summit'):
    on a verb that is not one of coming, bringing or being (``approach_verbs``: 'came close
    to collapse', 'brought them close to war', 'are close to a deal')."""
    head = word.head
    return (
        word.dep_ == "advmod"
        and head != word
        and pos_of(head) == "verb"
        and not any_lemma(head, lex, NEAR_MISS["approach_verbs"])
    )


def _known_to_sources(tok: Token, lex: Lexicon) -> bool:
    """An act's noun that tells what a source knows ('officials familiar with the talks',
    'sources close to the negotiations', 'people with knowledge of the talks', 'a diplomat
    briefed on the meeting'; ``ACQUAINTED``): the object of the word's preposition, the word
    on a noun of people, describes who speaks, no event of the sentence; a gathering named
    with its own parties or place ('sources close to a meeting of Gulf oil ministers in
    Riyadh said Kuwait would attend') is still told as news, and so is an act a place is near
    ('fled villages close to the Iraqi attacks')."""
    while tok.dep_ == "conj":
        tok = tok.head
    if tok.dep_ != "pobj":
        return False
    prep, word = tok.head, tok.head.head
    if prep.lower_ not in ACQUAINTED.get(word.lower_, ()):
        return False
    if any(c.dep_ == "prep" and c.lower_ in OWN_GATHERING_PREPS for c in tok.children):
        return False  # 'sources close to a meeting of Gulf oil ministers in Riyadh': news
    if word.dep_ == "pobj" and word.head.lower_ == "with":  # 'people with knowledge of'
        word = word.head
    if word.dep_ not in ("amod", "acl", "prep") or pos_of(word.head) != "noun":
        return False
    holder = word.head
    return not (  # 'villages close to the Iraqi attacks': a place near the act, no source
        holder.ent_type_ in ("GPE", "LOC", "FAC")
        or _is_one_of(holder, lex, lex.word_classes("ground", "site"))
    )


def _space_craft(tok: Token, lex: Lexicon) -> bool:
    """A craft of space ('a weather satellite', 'the booster'), or a flight or station marked
    as one of space ('every manned flight', 'heavy space stations')."""
    if _is_one_of(tok, lex, SPACE_LAUNCHES["craft"]):
        return True
    return _is_one_of(tok, lex, SPACE_LAUNCHES["flights"]) and any(
        c.lower_ in SPACE_LAUNCHES["flight_marks"] for c in tok.children
    )


def _space_site(tok: Token, lex: Lexicon) -> bool:
    """A place rockets go up from ('the Plesetsk cosmodrome', 'the Baikonur space centre')."""
    return _is_one_of(tok, lex, SPACE_LAUNCHES["sites"]) or any(
        c.lower_ in SPACE_LAUNCHES["site_marks"]
        for c in tok.children
        if c.dep_ in ("compound", "amod", "nmod")
    )


def _sent_into_space(verb: Token, lex: Lexicon, objs: list[Token]) -> bool:
    """A launching or firing verb (``launch_verbs``) that sends a craft into space
    (``space_launches``): every object a craft of space ('launched a weather satellite'), or
    what it launches going 'from' a site of space or 'into orbit' ('launched the rocket from
    the Baikonur space centre'). 'Launched rockets at the base' stays."""
    if not any_lemma(verb, lex, LAUNCH_VERBS):
        return False
    sent = [content_head(o) for o in objs] + [
        content_head(s) for s in children(verb, PASSIVE_SUBJECT_DEPS)
    ]
    if not sent:
        return False
    if all(_space_craft(o, lex) for o in sent):
        return True
    holders = [verb, *sent]
    if any(_space_site(p, lex) for h in holders for p in prep_objects(h, ("from",))):
        return True
    return any(
        _is_one_of(p, lex, SPACE_LAUNCHES["destinations"])
        for h in holders
        for p in prep_objects(h, ("into",))
    )


def _rescue_at_home(verb: Token, lex: Lexicon) -> bool:
    """Forces deployed or sent to rescue, evacuate or feed people (``rescue_purposes``:
    'troops were deployed along the river to rescue families stranded on rooftops'): relief,
    no deployment between parties. 'Sent commandos to rescue the hostages' stays."""
    purposes = [
        c
        for c in verb.children
        if c.dep_ in ("advcl", "xcomp")
        and (pos_of(c) == "verb" or is_to_infinitive(c))  # 'to rescue' tagged a noun
        and any_lemma(c, lex, RESCUE_PURPOSES["verbs"])
    ]
    rescued = [content_head(o) for c in purposes for o in children(c, OBJECT_DEPS)]
    return bool(rescued) and all(_is_one_of(r, lex, RESCUE_PURPOSES["people"]) for r in rescued)


def _relief_purpose(verb: Token, lex: Lexicon) -> bool:
    """Ships, planes or troops sent or deployed to help a relief effort (``relief_purposes``:
    'Germany sent planes to help the relief effort', 'deployed troops to support the
    humanitarian operation'): aid delivered (073), no arms transfer or deployment. The
    effort is the object of the purpose verb, or of a verb under it ('to help lead the relief
    operation'); 'to help the war effort' names no relief and stays."""
    for purpose in verb.children:
        if purpose.dep_ not in ("advcl", "xcomp") or not (
            pos_of(purpose) == "verb" or is_to_infinitive(purpose)
        ):
            continue
        steps = [purpose, *children(purpose, ("xcomp", "ccomp"))]
        works = [content_head(o) for step in steps for o in children(step, OBJECT_DEPS)]
        for work in works:
            kinds = [c for c in work.children if c.dep_ in ("compound", "amod")]
            if any_lemma(work, lex, RELIEF_PURPOSES["works"]) and any(
                any_lemma(k, lex, RELIEF_PURPOSES["kinds"]) for k in kinds
            ):
                return True
    return False


def _protective_purpose(verb: Token, lex: Lexicon) -> bool:
    """Forces sent, landed or arriving to keep or enforce a peace or an accord, alone or
    through 'help' (``protective_purposes``: 'troops landed in Jaffna to help enforce the
    peace accord', 'sent troops to Liberia to enforce the ceasefire'): military protection
    (CAMEO 074), no show of force. Forces sent to help a party ('an armoured division to help
    Syria'), to guard places ('to help guard the railway'), to protect foreigners ('flew into
    Zaire to protect foreigners') or to restore order stay deployments, as the annotators of
    the whole articles code them."""
    for purpose in verb.children:
        if purpose.dep_ not in ("advcl", "xcomp") or not (
            pos_of(purpose) == "verb" or is_to_infinitive(purpose)
        ):
            continue
        steps = [purpose, *children(purpose, ("xcomp", "ccomp"))]  # 'to help enforce …'
        kept = [content_head(o) for step in steps for o in children(step, OBJECT_DEPS)]
        if any(any_lemma(step, lex, PROTECTIVE_PURPOSES["keeping"]) for step in steps) and any(
            any_lemma(k, lex, PROTECTIVE_PURPOSES["kept"]) for k in kept
        ):
            return True
    return False


def _relief_drop_at_home(verb: Token, lex: Lexicon) -> bool:
    """Aid that forces of no named country bring to people or villages of no named country
    (``rescue_purposes``: 'troops had dropped food packets from helicopters to villages cut
    off for three weeks'): relief at home. 'Israeli planes dropped food to Ethiopian villages'
    stays."""
    doers = [content_head(s) for s in subjects(verb)]
    takers = prep_objects(verb, ("to", "for"))
    homely = RESCUE_PURPOSES["people"] | RESCUE_PURPOSES["places"]
    forces = _armed_doers(lex)
    return (
        bool(doers)
        and bool(takers)
        and all(any_lemma(d, lex, forces) and not _country_marked(d) for d in doers)
        and all(_is_one_of(t, lex, homely) and not _country_marked(t) for t in takers)
    )


_NAMED_BODIES = frozenset({"GPE", "NORP", "ORG"})  # entity labels of named states and bodies


def _country_marked(tok: Token) -> bool:
    """A noun named anywhere in its phrase with a country, a people or a body ('Ethiopian
    villages', 'Iraqi troops', 'UN helicopters', 'villages cut off by the floods in
    Ethiopia')."""
    return any(is_countryish(t) or t.ent_type_ in _NAMED_BODIES for t in tok.subtree)


def _hopeless_fight(tok: Token, lex: Lexicon) -> bool:
    """A battle marked as losing or uphill (``hopeless_fights``) that names no party fought,
    'against' or 'with' it or its verb, and no force among its fighters ('we are fighting a
    losing battle with too few vaccines'): a figure. 'Troops fought a losing battle against
    the rebels' stays."""
    if pos_of(tok) == "noun":
        battles = [tok]
        verb = _clause_verb(tok)
    else:
        verb = tok
        battles = [content_head(o) for o in children(tok, OBJECT_DEPS)]
    battles = [b for b in battles if _is_one_of(b, lex, HOPELESS_FIGHTS["words"])]
    if not battles or not all(
        any(c.lower_ in HOPELESS_FIGHTS["marks"] for c in b.children) for b in battles
    ):
        return False
    sides = [
        p
        for node in (*battles, verb)
        if node is not None
        for p in prep_objects(node, ("against", "with"))
    ]
    return not any(_opponent_party(p, lex) for p in sides) and not _armed_fighters(verb, lex)


def _civil_blockade(tok: Token, lex: Lexicon) -> bool:
    """A blockade whose every doer, or 'by' agent of the noun, is people of a trade or a crowd
    (``civil_blockaders``: 'striking French seamen blockaded Calais harbour', 'a blockade of
    Cherbourg by fishermen'), no force or state: a protest of labour or trade."""
    if pos_of(tok) == "verb":
        doers = [content_head(s) for s in subjects(tok)]
    else:  # 'a blockade of Cherbourg by fishermen': 'by' hung on the noun or on what it closes
        doers = prep_objects(tok, ("by",))
        doers += [d for o in prep_objects(tok, ("of",)) for d in prep_objects(o, ("by",))]
        if tok.dep_ == "dobj" and not children(tok.head, PASSIVE_SUBJECT_DEPS):
            doers += prep_objects(tok.head, ("by",))  # 'broke a blockade … by fishermen'
    return bool(doers) and all(
        _is_one_of(d, lex, CIVIL_BLOCKADERS) and d.ent_type_ not in ("GPE", "ORG") for d in doers
    )


def _hardship_not_allowed(verb: Token, lex: Lexicon) -> bool:
    """A permitting verb (``permit_verbs``) whose clause is a hardship (``hardship_verbs``:
    'would not let a single person starve'): a promise of care, no refusal; or a becoming
    (``becoming_verbs``: 'will not let Israel become a haven for hijackers'): a vow."""
    return any_lemma(verb, lex, PERMIT_VERBS) and any(
        pos_of(c) == "verb" and any_lemma(c, lex, CARED_FOR_OR_BECOMING)
        for c in children(verb, ("ccomp", "xcomp"))
    )


def _private_refusal(verb: Token, lex: Lexicon) -> bool:
    """A refusal whose every doer is private people (``private_refusers``: 'many refugees now
    refuse to go home') with no country or body named on them: no act of a party. 'Afghan
    refugees refused to vote' names their people and stays the entry's to read."""
    said = subjects(verb)
    if not said and verb.dep_ == "xcomp":  # 'refuse to return home': the refusers
        said = subjects(verb.head)
    doers = [content_head(s) for s in said]
    return bool(doers) and all(
        _is_one_of(d, lex, PRIVATE_REFUSERS)
        and not d.ent_type_
        and not any(c.ent_type_ for c in d.children)
        for d in doers
    )


_CROWD_RUSH_TYPES = ARMED_TYPES | frozenset({"occupation", "blockade"})
_COURSE_ATTACK_TYPES = ARMED_TYPES | frozenset({"accusation"})


def _private_crowd_rush(verb: Token, lex: Lexicon) -> bool:
    """An armed act or seizure whose every doer, subject or passive agent, is private people
    of ``private_crowds`` with no country, people or body named on them ('fans who had queued
    since dawn stormed the gates', 'the plane was invaded by schoolchildren'): a crush, no
    act of a party. 'Iranian pilgrims attacked Saudi police' names their people and stays; a
    city they come from or gather for is no party ("Sofia's organisers invaded the lobby",
    "Liverpool's fans stormed the gates")."""
    doers = [content_head(s) for s in subjects(verb)]
    return bool(doers) and all(
        _is_one_of(d, lex, PRIVATE_CROWDS)
        and not d.ent_type_
        and not any(_names_a_party(c) for c in d.children)
        for d in doers
    )


def _names_a_party(mod: Token) -> bool:
    """A modifier that names a country, people or body; a city's name is none ('Sofia's'), nor
    a count or a date ('some 9,000 runners')."""
    if is_countryish(mod):
        return True
    if not mod.ent_type_ or mod.ent_type_ in TIME_ENTS:
        return False
    return not (mod.ent_type_ == "GPE" and mod.dep_ == "poss")


def _all_unnamed_of(doers: list[Token], lex: Lexicon, words: frozenset[str]) -> bool:
    """Doers that are all one of ``words`` with no country, people or body named on them."""
    return bool(doers) and all(
        _is_one_of(d, lex, words)
        and not d.ent_type_
        and not any(c.ent_type_ or is_countryish(c) for c in d.children)
        for d in doers
    )


def _attack_on_a_course(tok: Token, lex: Lexicon) -> bool:
    """An attack whose every object, or 'on' phrase, is a part of a race's course or a
    sporting record (``race_courses``: 'attacked the last stage', 'attacked on the final
    climb', 'an attack on the world record'): a move in a race, no blow and no criticism.
    'Attacked the government's record' (no sporting mark) stays the entry's to read."""
    return _unarmed_attack_only_at(tok, lex, lambda aim: _course_part(aim, lex))


def _unarmed_attack_only_at(tok: Token, lex: Lexicon, kind: Callable[[Token], bool]) -> bool:
    """An attack word done with no arms whose every aim (``_attack_aims``) is of ``kind``;
    'Iraqi jets attacked the stage of the theatre' is done with arms and never qualifies."""
    if pos_of(tok) == "verb" and _done_with_arms(tok, lex):
        return False
    aims = _attack_aims(tok)
    return bool(aims) and all(kind(a) for a in aims)


def _attack_aims(tok: Token) -> list[Token]:
    """What an attack word is aimed at: a verb's objects and the 'on' phrases of it or of an
    object that is itself the attack ('launched a fresh attack on Boeing's hold')."""
    objs = children(tok, OBJECT_DEPS) if pos_of(tok) == "verb" else []
    aims = [o for o in objs if not prep_objects(o, ("on",))]
    aims += [p for node in (tok, *objs) for p in prep_objects(node, ("on",))]
    return [content_head(a) for a in aims]


def _course_part(tok: Token, lex: Lexicon) -> bool:
    """A stage, climb or lap of a race, or a record marked as a sporting one ('world record')."""
    if _is_one_of(tok, lex, RACE_COURSES["parts"]):
        return True
    return _is_one_of(tok, lex, RACE_COURSES["records"]) and any(
        c.dep_ in ("amod", "compound") and c.lower_ in RACE_COURSES["record_marks"]
        for c in tok.children
    )


def _rally_raced(tok: Token, lex: Lexicon) -> bool:
    """A rally that is a race (``race_rallies``): one marked as of motors or cars, named by a
    hyphenated pair of places ('the Paris-Dakar rally'), won or driven ('to win the rally'), or
    one a standing is taken 'in' ('took the first three places in the rally'). 'Held a rally
    in Manila' stays a protest."""
    if not _is_one_of(tok, lex, RACE_RALLIES["nouns"]):
        return False
    marks = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod")]
    if any(c.lower_ in RACE_RALLIES["marks"] for c in marks):
        return True
    if any(w.text == "-" for c in marks for w in c.subtree):
        return True
    if tok.dep_ in OBJECT_DEPS and any_lemma(tok.head, lex, RACE_RALLIES["verbs"]):
        return True
    return (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "in"
        and _is_one_of(tok.head.head, lex, RACE_RALLIES["standings"])
    )


_TAKE = frozenset({"take"})
_ALONG_PRONOUNS = frozenset({"them", "him", "her", "it", "us", "me", "themselves", "himself"})


def _taken_along(verb: Token, lex: Lexicon) -> bool:
    """'Take' with a 'with' phrase on a pronoun ('pulled out, taking with them about 450
    soldiers', 'took their families with them'): what the doers carry along, no capture."""
    return any_lemma(verb, lex, _TAKE) and any(
        o.lower_ in _ALONG_PRONOUNS for o in prep_objects(verb, ("with",))
    )


_MASS_OF = frozenset(_WORDS["mass_counts"]["before_of"])  # 'thousands of Poles'
_MASS_NUMBERS = frozenset(_WORDS["mass_counts"]["numbers"])  # '1.2 million East Germans'


def _mass_travel(verb: Token) -> bool:
    """A visit whose every doer is a people counted in hundreds or more ('some 1.2 million
    East Germans visited the West', 'more than 40,000 Britons visited Moscow', 'thousands
    of Poles visited Rome'): private travel, no official visit ('two Soviet ministers' stay)."""
    # (a dateline the parser takes for a subject, 'ROME', is none)
    doers = [content_head(s) for s in subjects(verb) if not s.text.isupper()]
    return bool(doers) and all(_people_in_mass(d) for d in doers)


def _people_in_mass(noun: Token) -> bool:
    """A nationality's plural ('Britons', 'East Germans') with a count of hundreds or more on
    it, or after 'thousands of'."""
    if not (is_countryish(noun) or (noun.tag_ in ("NNS", "NNPS") and noun.text[:1].isupper())):
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in _MASS_OF:
        return True
    return any(c.dep_ == "nummod" and _hundreds_or_more(c) for c in noun.children)


def _hundreds_or_more(num: Token) -> bool:
    """'40,000', '1.2 million', 'thousands': a count of a hundred or more."""
    if num.lower_ in _MASS_NUMBERS:
        return True
    digits = num.text.replace(",", "")
    return digits.isdigit() and int(digits) >= 100


def _trip_for_own_care(verb: Token, lex: Lexicon) -> bool:
    """A trip with no object whose 'for' purpose is the traveller's own medical care
    (``medical_trips``: 'the president flew to Paris for a medical check-up', 'went to London
    for treatment'): no visit and no aid; 'flew the wounded to Amman for treatment' carries
    others and stays aid."""
    if objects(verb):
        return False
    aims = [content_head(p) for p in prep_objects(verb, ("for",))]
    return any(  # 'a medical check-up': the words before the head tell it too
        _is_one_of(w, lex, MEDICAL_TRIPS)
        for aim in aims
        for w in (aim, *children(aim, ("compound", "amod")))
    )


def _threatened_by_a_stance(verb: Token, lex: Lexicon) -> bool:
    """A passive 'threatened' whose every 'by' agent is a stance, quarrel or shortage
    (``danger_stances``: "any deal was threatened by Iraq's demand for a quota", 'the summit
    is threatened by a row over the agenda') or a process, trade or force of nature
    (``danger_processes``, ``natural_doers``: 'lemurs are threatened by the clearing of
    forests', 'reefs threatened by warming seas'): a danger told, no threat made by the one
    whose demand it is. 'Was threatened by Iraqi troops' stays."""
    if not children(verb, PASSIVE_SUBJECT_DEPS):
        return False
    agents = [content_head(a) for a in prep_objects(verb, ("by",))]
    agents += [content_head(a) for a in _agents(verb)]
    return bool(agents) and all(
        a.pos_ in ("NOUN", "VERB")  # a gerund too: 'threatened by poaching and logging'
        and (_is_one_of(a, lex, DANGER_STANCES | DANGER_PROCESSES) or _natural_doer(a, lex))
        for a in agents
    )


def _done_by_criminals(tok: Token, lex: Lexicon) -> bool:
    """An armed act or seizure whose every doer (a verb's subjects or passive agent, a noun's
    'by' or 'from' phrase) is criminals of ``criminal_doers`` with no country, people or body
    named on them ('the port was under attack from smuggling gangs', 'burglars raided the
    shop'): crime at home, no act of a party. 'Colombian drug gangs attacked the army post'
    names their country and stays."""
    return _all_unnamed_of(_doers_of(tok), lex, CRIMINAL_DOERS)


def _done_by_the_market(tok: Token, lex: Lexicon) -> bool:
    """An attack whose every doer (as ``_done_by_criminals`` reads them) is traders of
    ``market_doers`` with no country, people or body named on them ('the Thai baht came under
    renewed attack from currency speculators', 'shares came under attack from sellers'):
    selling on a market, no blow."""
    return _all_unnamed_of(_doers_of(tok), lex, MARKET_DOERS)


def _doers_of(tok: Token) -> list[Token]:
    """A verb's subjects (its passive agent among them), a noun's 'by' or 'from' phrase."""
    if pos_of(tok) == "verb":
        return [content_head(s) for s in subjects(tok)]
    return [content_head(p) for p in prep_objects(tok, ("by", "from"))]


def _played_role(verb: Token, lex: Lexicon) -> bool:
    """A verb in a relative clause on the object of a verb of playing a part (``role_verbs``:
    'trainees took turns playing soldiers who seized ballot boxes'): the role's deed, no act."""
    role = verb.head
    return (
        verb.dep_ == "relcl"
        and role.dep_ in OBJECT_DEPS
        and role.head is not role
        and any_lemma(role.head, lex, ROLE_VERBS)
    )


def _besieged_body(tok: Token, lex: Lexicon) -> bool:
    """A siege 'under' which a body of politics, work or business is said to be, its subject
    one of ``besieged_bodies`` ('"The party is under siege," one delegate said', 'the
    government is under siege from its own backbenchers'): a figure of pressure. 'The camps
    have been under siege since May' stays."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in UNDER_WORDS:
        return False
    verb = tok.head.head
    besieged = [content_head(s) for s in children(verb, ("nsubj", "nsubjpass"))]
    return bool(besieged) and all(_is_one_of(b, lex, BESIEGED_BODIES) for b in besieged)


def _talk_when_they_spoke(verb: Token) -> bool:
    """A call told in a 'when' clause whose subject is a pronoun ('Blair had discussed the
    issue with Bush when they spoke by telephone last week'): the time of the talk the clause
    it hangs on tells, with its parties named there, no call of its own."""
    return (
        verb.dep_ == "advcl"
        and any(c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children)
        and bool(subjects(verb))
        and all(s.tag_ == "PRP" for s in subjects(verb))
    )


def _undated_anchor(tok: Token) -> bool:
    """An armed act named with no date as the object of a 'behind' on a noun ('acted against
    the militants behind the Pulwama bombing'): the earlier act its doers are named by, history
    told without a time, no news of its own; 'Syria was behind the bombing' (a charge) stays,
    and so does an act after 'since' ('Tension has risen since the bombing of the embassy')."""
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return False
    prep = tok.head
    if not (prep.lower_ == "behind" and pos_of(prep.head) == "noun"):
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree)


def _tally_since(tok: Token) -> bool:
    """Acts counted over a span since a date ('France has conducted more than 100 nuclear
    tests since 1966'): a plural object with a number and a 'since' phrase of a year on the
    verb, a tally of past acts, no new one ('three missile tests since Monday' stays)."""
    years = [
        o
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "since"
        for o in pobjs(c)
        if o.like_num and len(o.text) == 4  # 'since 1966', not 'since Monday'
    ]
    if not years:
        return False
    return any(
        o.tag_ in ("NNS", "NNPS") and any(c.dep_ == "nummod" for c in o.children)
        for o in children(tok, ("dobj",))
    )


def _permitted_visit(tok: Token, lex: Lexicon) -> bool:
    """A visit that is the clause of a verb of permitting ('allowed a team of Red Cross
    officials to visit the prisoners', 'would let inspectors visit its sites'): the leave
    given is the news, coded on the permitting verb; the visit is only what it allows."""
    return tok.dep_ in ("xcomp", "ccomp") and _permits(tok.head, lex)


def _measure_under_review(tok: Token, lex: Lexicon) -> bool:
    """A sanction noun that is the object of a verb of going over a measure in force
    (``reviewed_measure_verbs``: 'is due to review the sanctions against Iraq'): no new
    measure taken."""
    return tok.dep_ == "dobj" and any_lemma(tok.head, lex, REVIEWED_MEASURE_VERBS)


def _accord_in_force(tok: Token) -> bool:
    """An accord named only as what binds or allows under it ('as required under the Paris
    accords', 'its obligations under the treaty'; ``accord_bound_words`` before 'under'),
    no clause of its own telling of its making ('under an accord signed on Monday' stays)."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in UNDER_WORDS:
        return False
    if any(c.dep_ in ("acl", "relcl") for c in tok.children):
        return False
    return tok.head.head.lower_ in ACCORD_BOUND_WORDS


def _attack_on_a_market_hold(tok: Token, lex: Lexicon) -> bool:
    """An attack whose every object or 'on' phrase is a firm's hold, grip or share of a market
    (``business_contests`` 'holds' with an 'on', 'of' or 'in' phrase on one of 'markets':
    "launched a fresh attack on Boeing's hold on the market for airliners"): a contest of
    sellers, no blow and no criticism."""
    return _unarmed_attack_only_at(tok, lex, _market_hold)


def _market_hold(tok: Token) -> bool:
    """A firm's hold, grip or share with an 'on', 'of' or 'in' phrase naming a market."""
    return tok.lower_ in BUSINESS_CONTESTS["holds"] and any(
        content_head(m).lower_ in BUSINESS_CONTESTS["markets"]
        for m in prep_objects(tok, ("on", "of", "in"))
    )


def _observers_of_a_vote(tok: Token, lex: Lexicon) -> bool:
    """Observers sent 'to' an election, vote or poll (``contest_settings``: 'to send
    observers to Haiti's presidential vote'): watchers of a ballot, no peacekeepers."""
    verb = tok if pos_of(tok) == "verb" else _clause_verb(tok)
    nodes = [tok, *([verb] if verb is not None else [])]
    nodes += [content_head(o) for n in list(nodes) for o in children(n, OBJECT_DEPS)]
    goals = [content_head(g) for n in nodes for g in prep_objects(n, ("to",))]
    return bool(goals) and all(_is_one_of(g, lex, CONTEST_SETTINGS) for g in goals)


def _labour_talks(tok: Token, lex: Lexicon) -> bool:
    """Talks whose every other side, 'with' them, is a union, workers or a management
    (``labour_sides``: 'while talks with the union continued', 'negotiated with the
    strikers'): a labour dispute's talks. 'Talks with the Soviet Union' stay."""
    sides = prep_objects(tok, ("with",))
    return bool(sides) and all(
        not s.ent_type_
        and not any(c.pos_ == "PROPN" for c in s.children)
        and _is_one_of(s, lex, LABOUR_SIDES)
        for s in sides
    )


def _own_staff_talks(tok: Token, lex: Lexicon) -> bool:
    """Talks whose every other side, 'with' them, is the doer's own staff (``own_staff``,
    bare or under a possessive or an adjective of rank: 'after meeting with aides over the
    weekend', 'consulting with his advisers on the implications'): a leader at work at home,
    no meeting of parties. Aides named by a country or a name ('met with Soviet aides'), or
    whose principal a 'to' or 'of' phrase names ('with aides to Gorbachev'), stay."""
    sides = prep_objects(tok, ("with",))
    if prep_children(tok, ("to",)):  # 'met with aides to President Reagan': the parser may
        return False  # hang the principal's 'to' on the verb
    return bool(sides) and all(
        not s.ent_type_
        and _is_one_of(s, lex, OWN_STAFF)
        and not prep_children(s, ("to", "of"))
        and not any(
            c.pos_ == "PROPN" or c.ent_type_ or is_countryish(c)
            for c in s.children
            if c.dep_ in ("amod", "compound", "nmod", "poss")
        )
        for s in sides
    )


def _named_structure(tok: Token, lex: Lexicon) -> bool:
    """A noun that also names a built work (``built_structures``) named by a proper name that
    the gazetteer knows as no country, people or body ('the Farakka barrage'): a dam, no
    bombardment. 'An Iraqi artillery barrage', 'the Hezbollah barrage' (its firer) stay."""
    if not _is_one_of(tok, lex, BUILT_STRUCTURES):
        return False
    return any(
        c.dep_ == "compound"
        and c.pos_ == "PROPN"
        and not is_countryish(c)
        and Gazetteer.default().lookup(c.text) is None
        for c in tok.children
    )


def _civilians_mobilised(tok: Token, lex: Lexicon, objs: list[Token]) -> bool:
    """'Mobilise' whose every object is civilians or means ('would mobilise workers', 'to
    mobilise public opinion', 'mobilised resources'): politics or money, no forces readied."""
    if pos_of(tok) != "verb" or not any_lemma(tok, lex, frozenset({"mobilise", "mobilize"})):
        return False
    moved = [content_head(o) for o in objs if o.dep_ in OBJECT_DEPS]
    return bool(moved) and all(_is_one_of(m, lex, MOBILISED_CIVILIANS) for m in moved)


def _naming_call(tok: Token, lex: Lexicon) -> bool:
    """A naming verb with a name given to a thing ('on what officials called a private
    visit', 'called it a visit of friendship'): the name is no act asked for. A name given to
    a person, people or state ('called Saddam Hussein a dictator', 'called the president a
    liar') is the entry's to read."""
    named = children(tok, ("dobj",))
    return (
        pos_of(tok) == "verb"
        and tok.lower_ in NAMING_VERBS
        and bool(children(tok, ("oprd",)))
        and bool(named)
        and not any(_a_named_party(content_head(n)) for n in named)
    )


def _a_named_party(tok: Token) -> bool:
    """A person, people, state or body by name or by a word of them ('Saddam Hussein', 'the
    president', 'Iran')."""
    return (
        tok.ent_type_ in ("PERSON", "NORP", "GPE", "ORG") or is_personish(tok) or is_countryish(tok)
    )


_HOSTILE_PURSUITS = frozenset(_WORDS["hostile_pursuits"])


def _opponent_party(tok: Token, lex: Lexicon) -> bool:
    """A side a fight can be fought by or against: a party word (``_party_word``), police or
    a crowd ('fought against riot police'), or a noun a name modifies ('the Islamic State
    group')."""
    return (
        _party_word(tok, lex)
        or any_lemma(tok, lex, lex.word_classes("security_men", "rioter"))
        or any(c.dep_ == "compound" and (c.ent_type_ or c.tag_ == "NNP") for c in tok.children)
    )


def _party_word(tok: Token, lex: Lexicon) -> bool:
    """A word that can name a side in a fight: a name of any kind, a person, people or
    country, a pronoun, an armed force or group, a place or a weapon."""
    return bool(
        tok.ent_type_
        or tok.tag_ in ("PRP", "NNP", "NNPS")
        or is_personish(tok)
        or is_countryish(tok)
        or _is_concrete(tok, lex)
        or any_lemma(tok, lex, _fighters(lex))
    )


def _guarded_against(tok: Token, lex: Lexicon) -> bool:
    """An armed act named as what something guards against ('to protect 11 Kuwaiti tankers
    from Iranian attack', 'naval protection against Iranian attacks'), also where the parser
    hangs the phrase on the guarded thing ('to shield the tankers from Iranian raids'): no
    event."""
    first = tok
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head  # 'against heavy air and ground attacks'
    prep = first.head
    if pos_of(tok) != "noun" or first.dep_ != "pobj" or prep.lower_ not in ("from", "against"):
        return False
    if any_lemma(prep.head, lex, GUARD_WORDS):
        return True
    if prep.lower_ == "against" and any_lemma(prep.head, lex, HOLDING_AGAINST):
        # 'its garrison was holding out against heavy air attacks'; an attack that names its
        # doer ('held the town against Libyan attacks', '... against attacks by Libyan
        # troops') stays that doer's act
        return not _own_doer(tok)
    return _under_a_guard(prep.head, lex)


def _under_a_guard(guarded: Token, lex: Lexicon) -> bool:
    """Whether a guarding word governs what a 'from' phrase hangs on, through its object and
    a place phrase on it ('protect the tankers from …', 'to protect Shi'ites in the marshes
    from Iraqi air attacks', the phrase hung on 'marshes')."""
    node = guarded
    for _ in range(3):
        if node.dep_ not in OBJECT_DEPS and node.dep_ not in ("pobj", "prep"):
            return False
        node = node.head
        if any_lemma(node, lex, GUARD_WORDS):
            return True
    return False


def _is_bare_particle(tok: Token) -> bool:
    """'pulling out of Chechnya': a particle parsed as a preposition without its own object.
    A participle so parsed is no particle: its preposition is its own ('called the decision
    "unjustified" and based on false claims', 'according to officials')."""
    return (
        tok.dep_ == "prep"
        and not tok.tag_.startswith("VB")
        and not any(c.dep_ in ("pobj", "pcomp") for c in tok.children)
    )


TIME_PHRASE_PREPS = frozenset({"on", "for", "in", "at"})


MARKET_WORDS = frozenset({"market", "markets"})  # 'the market is sceptical'
THREATENED_FATES = frozenset(_WORDS["threatened_fates"]["nouns"])  # 'with closure'
EASED_MEASURES = frozenset(_WORDS["eased_measures"]["nouns"])  # 'a tariff cut'
TIME_IDIOM_WORDS = frozenset({"present", "once", "times", "first", "last"})
"""Words that make a preposition an idiom of time ('at present', 'at once', 'at times')."""


def _time_phrase(prep: Token) -> bool:
    """A preposition whose only object is a date or time ('called on Tuesday'), or an idiom of
    time ('reserves are inadequate at present'): it says when, so it is not the preposition an
    entry asks for ('called on Iran to …', 'troops are at the border')."""
    if prep.lower_ not in TIME_PHRASE_PREPS:
        return False
    words = [c for c in prep.children if c.dep_ != "punct"]
    if len(words) == 1 and words[0].lower_ in TIME_IDIOM_WORDS and not list(words[0].children):
        return True  # 'at present' (the parser may hang 'present' as a modifier)
    objs = pobjs(prep)
    return bool(objs) and all(o.ent_type_ in ("DATE", "TIME") for o in objs)
    # not 'hearings into the fall of Srebrenica', the tagger's season


def _purpose_clauses(tok: Token) -> list[Token]:
    """Infinitives of purpose below a verb ('gathered in Lima to protest'): the parser hangs
    them as adverbial clauses."""
    return [c for c in children(tok, ("advcl",)) if is_to_infinitive(c)]


def _is_adverb_particle(tok: Token) -> bool:
    """'work together': an adverb that completes its verb as a particle does; a preposition
    word only right after its verb ('the president stepped down after the vote')."""
    return (
        tok.dep_ == "advmod"
        and tok.tag_ == "RB"
        and (tok.lower_ not in PREPOSITION_WORDS or tok.i == tok.head.i + 1)
    )


def _names_any(
    tok: Token,
    lex: Lexicon,
    words: frozenset[str],
    around: _Around | None = None,
    modifier: bool = True,
) -> bool:
    """The word or its compound modifier (or an amount's currency sign) is one of ``words``
    ('the ceasefire agreement', '$120 million' for a currency, 'the tanker Sea Isle City'
    for a tanker), but not the modifier of a
    place or force ('a government garrison' is no 'government') nor of a figure ('reduce its
    trade surplus' cuts no trade). Without ``modifier`` (a light verb's event noun, which is
    the act only when it heads the object) a compound modifier does not count: 'staged
    campaign events' stages events, no campaign."""
    if any_lemma(tok, lex, words):
        return True
    if tok.like_num and any(c.tag_ == "$" and any_lemma(c, lex, words) for c in tok.children):
        return True  # '$120 million', '£3 million': the amount's sign is its currency
    if tok.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.pos_ == "NOUN" and any_lemma(c, lex, words) for c in tok.children
    ):
        return True  # 'the tanker Sea Isle City': a name after the kind of thing it names
    if around.concrete(tok) if around is not None else _is_concrete(tok, lex):
        return False
    if any_lemma(tok, lex, lex.word_class("figure")):
        return False
    if tok.lower_ in COMPASS_POINTS:  # 'launched a new offensive east of Basra', where the
        # parser reads the event noun as an adjective on the direction
        return any(c.dep_ == "amod" and any_lemma(c, lex, words) for c in tok.children)
    return modifier and any(c.dep_ == "compound" and any_lemma(c, lex, words) for c in tok.children)


def _is_concrete(tok: Token, lex: Lexicon) -> bool:
    """A place, force or weapon word."""
    return any(any_lemma(tok, lex, lex.word_class(name)) for name in CONCRETE_CLASSES)


def _charge_on_addressee(objs: list[Token], lex: Lexicon) -> list[Token]:
    """An 'of' the parser hung on a verb's direct object when it names an act the verb tells
    the object of, a noun the lexicon knows as an event ('warned the Tigrayan fighters of an
    imminent offensive', 'stripped the critics of their citizenship'); not one naming who
    or where ('warned the leaders of the Baltic states', 'warned the people of Gaza')."""
    return [
        p
        for o in objs
        if o.dep_ == "dobj"
        for p in prep_children(o, ("of",))
        if (found := [content_head(q) for q in pobjs(p)])
        and all(
            q.pos_ == "NOUN"
            and not q.ent_type_
            and not is_personish(q)
            and any(lex.by_lemma.get(("noun", lemma)) for lemma in lemmas(q, lex, "noun"))
            for q in found
        )
    ]


def _outcome_of_talks(tok: Token, lex: Lexicon, verbs: frozenset[str]) -> bool:
    """Whether ``tok`` is the object of 'with' after one of ``verbs`` whose own object is talks
    ('ended their summit with an agreement on water', 'closed the talks with a pact')."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "with" or prep.head.i >= tok.i:
        return False
    verb = prep.head
    talks = lex.word_class("talks")
    return any_lemma(verb, lex, verbs) and any(
        any_lemma(o, lex, talks) for o in children(verb, OBJECT_DEPS)
    )


def _preps_around(
    tok: Token,
    with_object: bool = False,
    objs: list[Token] | None = None,
    lex: Lexicon | None = None,
) -> list[Token]:
    """Prepositions on the word, and for an object noun also on its verb ('opened a hearing
    Wednesday into …'); with ``with_object``, a verb's also on its object ('used chemical
    weapons against Iranian troops')."""
    preps = prep_children(tok)
    pos = pos_of(tok)
    if pos == "noun" and tok.dep_ == "dobj":
        preps += [p for p in prep_children(tok.head) if p.i > tok.i]
    if pos != "verb":
        return preps
    objs = objects(tok) if objs is None else objs
    # 'pulled out of the talks', 'flew back from Ottawa': the parser hangs it on the particle
    preps += [
        p
        for c in tok.children
        if _is_bare_particle(c) or _is_adverb_particle(c)
        for p in prep_children(c)
    ]
    if with_object:
        preps += [p for o in objs for p in prep_children(o)]
    elif lex is not None:
        preps += _charge_on_addressee(objs, lex)
    preps += _preps_on_last_party(objs)
    # 'called for the UN to send troops': 'for' opens a clause
    preps += [m for c in _for_clauses(tok) for m in c.children if m.dep_ == "mark"]
    preps += [  # 'spoke by telephone with Macron': hung on the means of talking
        p
        for q in prep_children(tok, ("by", "over", "on", "via"))
        for m in pobjs(q)
        if m.lower_ in MEANS_OF_TALKING
        for p in prep_children(m)
    ]
    preps += [  # 'warned Iraq on Monday against …': hung on the time phrase
        p
        for c in tok.children
        if c.dep_ in ("prep", "advmod", "npadvmod")
        for p in c.subtree
        if p.dep_ == "prep" and p.head.ent_type_ in ("DATE", "TIME") and p.head != tok
    ]
    return preps


def _preps_on_last_party(objs: list[Token]) -> list[Token]:
    """Prepositions the parser hung on the last of several parties a verb names as objects
    ('charged France, Spain and the EC Commission with unfair practices'): the verb's."""
    return [
        p
        for o in objs
        if o.ent_type_ in PARTY_ENTS and o.conjuncts
        for last in o.conjuncts[-1:]
        if last.i > o.i and last.ent_type_ in PARTY_ENTS
        for p in prep_children(last)
    ]


STRANDING_DEPS = frozenset({"dobj", "prep", "pobj", "pcomp", "compound", "amod", "conj"})
"""Links from a verb's object down to a 'with' the parser hung on a noun inside it."""


def _stranded_partners(verb: Token, lex: Lexicon) -> list[Token]:
    """'With' phrases naming a party that the parser hangs inside a verb of talks' object
    ('discussed the deployment of missiles near the strait with Kuwait's undersecretary'):
    the verb's own, when the verb has none and no clause stands between (``partner_verbs``
    of ``data/event_syntax.json``)."""
    if pos_of(verb) != "verb" or not any_lemma(verb, lex, PARTNER_VERBS):
        return []
    if prep_children(verb, ("with",)):
        return []
    found: list[Token] = []
    for obj in children(verb, ("dobj",)):
        for prep in obj.subtree:
            if prep.dep_ != "prep" or prep.lower_ != "with" or prep.head == verb:
                continue
            link = prep.head
            partners = [content_head(p) for p in pobjs(prep)]
            if any_lemma(link, lex, lex.classes["relations"] | PARTNER_NOUNS_NOT) and not any(
                is_personish(p) for p in partners
            ):
                continue  # 'discussed trade links with China': the links are with China
            while link != verb and link.dep_ in STRANDING_DEPS:
                link = link.head
            if link == verb and any(is_party_word(p) for p in partners):
                found.append(prep)
    return found


def _for_clauses(tok: Token, lex: Lexicon | None = None) -> list[Token]:
    """Clauses on a verb opened by 'for' with a subject of their own ('called for the UN to
    send troops', 'pushing for France to back the plan', 'EC ministers appealed for the
    country to open its markets', which the parser may read as an adverbial clause), when a
    party speaks: a plan or a contract that 'calls for the buyers to pay' asks nothing of
    anyone."""
    clauses = [
        c
        for c in tok.children
        if (c.dep_ in COMPLEMENT_DEPS or c.dep_ == "advcl")
        and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
        and children(c, SUBJECT_DEPS)
    ]
    if not clauses:  # most verbs have none: their subjects need not be read
        return []
    if not any(
        is_personish(s)
        or (lex is not None and any_lemma(s, lex, lex.word_class("person_title")))
        or is_speaking_body(s)
        or is_countryish(s)
        or s.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")
        or (is_pronoun(s) and s.lower_ != "it")
        for s in subjects(tok)
    ):
        return []
    return clauses


def _has_modifier(tok: Token, words: frozenset[str], lex: Lexicon) -> bool:
    """A modifier of ``tok`` is one of ``words``: a compound or adjective before it ('martial
    law'), or a participle after it ('people held since the coup')."""
    doc = tok.doc
    for c in tok.children:
        if (
            c.dep_ in ("compound", "amod", "nmod", "npadvmod")
            or (c.dep_ == "acl" and c.tag_ == "VBN" and c.i > tok.i)
        ) and (
            c.lower_ in words
            or any_lemma(c, lex, words)
            or "".join(t.lower_ for t in c.subtree) in words
            or " ".join(t.lower_ for t in c.subtree).replace(" - ", "-") in words
        ):
            return True
    if tok.i >= 2 and doc[tok.i - 1].text == "-":  # 'air-strike' split by the tokenizer
        return doc[tok.i - 2].lower_ in words
    return False


def _labelled_by(tok: Token) -> Token:
    """The noun of a label whose 'of' object ``tok`` is ('was an act of aggression': 'act'),
    which stands where the label word would ('was an aggression'); else ``tok``."""
    prep = tok.head
    if tok.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in LABEL_HEADS:
        return prep.head
    return tok


def _is_predicate_noun(tok: Token, lex: Lexicon) -> bool:
    node = _labelled_by(tok)
    while node.dep_ == "conj":
        node = node.head
    return node.dep_ in ("attr", "dobj", "oprd", "acomp") and any_lemma(
        node.head, lex, lex.modality["copula"]
    )


_TRUE_AUXILIARIES = frozenset(
    {
        "have",
        "has",
        "had",
        "having",
        "be",
        "is",
        "are",
        "was",
        "were",
        "been",
        "being",
        "get",
        "gets",
        "got",
        "gotten",
    }
)  # 'had abused prisoners', 'were wounded': the participle is a verb


def _participle_before_its_noun(tok: Token) -> bool:
    """A past participle right after another verb that the parser made its head or its
    auxiliary ('helps abused victims', parsed 'helps (to) abuse victims' or 'helps' as an
    auxiliary), its object the noun right after it, with no true auxiliary ('had', 'was') or
    subject of its own: an adjective on that noun."""
    doc = tok.doc
    if tok.tag_ != "VBN" or tok.i == 0 or tok.i + 1 >= len(doc):
        return False
    before, after = doc[tok.i - 1], doc[tok.i + 1]
    return (
        before.tag_.startswith("VB")
        and before.lower_ not in _TRUE_AUXILIARIES
        and (tok.head == before or before.head == tok)
        and after.dep_ == "dobj"
        and after.head == tok
        and not children(tok, ("auxpass", *SUBJECT_DEPS))
        and not any(a.lower_ in _TRUE_AUXILIARIES for a in children(tok, ("aux",)))
    )


def match_token(tok: Token, lex: Lexicon, present: set[str] | None = None) -> Trigger | None:
    """The most specific lexicon entry this token triggers, if any. With ``present`` (the
    words of the token's sentence and their lemmas, ``sentence_lemmas``), entries that need a
    listed word the sentence does not hold are not tried."""
    if tok.lower_ not in lex.anchors and not (tok.i and tok.nbor(-1).text == "-"):
        return None  # fast path: not an inflection of any trigger lemma
    pos = pos_of(tok)
    if pos is None or (pos == "verb" and tok.dep_ in ("amod", "compound")):
        return None  # 'an impounded ship', 'its long-threatened invasion' modify a noun
    if pos == "verb" and _participle_before_its_noun(tok):
        return None  # 'a charity which helps abused victims': an adjective, no act
    if pos == "noun" and tok.dep_ in ("poss", "compound") and tok.head.lower_ not in EFFORT_NOUNS:
        return None  # 'the meeting's co-chairman', but 'a mediation effort' is one
    if pos == "noun" and tok.dep_ == "amod" and tok.tag_ == "NN" and pos_of(tok.head) == "noun":
        return None  # 'fired warning shots': a noun the parser hung as an adjective
    if pos == "adj" and tok.dep_ not in ("acomp", "ROOT", "ccomp", "xcomp", "conj"):
        return None  # adjectives carry events only as predicates ('he was confident')
    found = lemmas(tok, lex, pos)
    candidates = [e for lemma in found for e in lex.by_lemma.get((pos, lemma), ())]
    if present is not None:
        candidates = [e for e in candidates if _words_present(e, present)]
    if len(found) > 1:  # each lemma's entries come most specific first; merge them
        candidates.sort(key=lambda entry: -entry.specificity)
    if not candidates or _never_an_event(tok):
        return None
    objs = objects(tok)
    around = _Around(tok, lex, objs)
    best = next((e for e in candidates if _matches(e, tok, lex, objs, around)), None)
    if best is None:
        return None
    if pos == "noun" and (
        (best.type in JUDGED_TYPES and _named_by_judge(tok))
        or (best.type in ARMED_TYPES and _charged(tok, lex))
    ):
        return None  # 'called the bombing "a blot on mankind"': judged, not done here
    if (best.type in ARMED_TYPES or best.type in OFFENCE_TYPES) and _punished_for(tok, lex):
        return None  # 'was jailed for murdering a burglar': a crime punished, no armed act
    return Trigger(tok, best, _trigger_words(tok, best, lex), nominal=pos != "verb")


def sentence_lemmas(sent: Span, lex: Lexicon) -> set[str]:
    """The lower-cased words of a sentence with every lexicon lemma each can inflect: what
    ``any_lemma`` can find on any of its tokens."""
    doc = sent.doc
    strings = doc.vocab.strings
    rows = word_rows(doc)
    present: set[str] = set()
    for low in {rows[i][LOWER_COL] for i in range(sent.start, sent.end)}:
        present |= lex.word_and_lemmas(low, strings)
    return present


def _words_present(entry: Entry, present: set[str]) -> bool:
    """Whether the sentence's words and lemmas (``sentence_lemmas``) hold a word of each list
    of the entry that ``_matches`` meets only with a word of the sentence itself: its object,
    subject, preposition, particle and preposition object (an object or subject that may
    also be a person, a state or a held captive is left to ``_matches``). The dependents of a
    word stand in its sentence, so an entry failing here fails there too."""
    obj, subject, prep_object = entry.object, entry.subject, entry.prep_object
    return not (
        (
            obj is not None
            and not (entry.person_object or entry.country_object or "prisoner" in obj)
            and obj.isdisjoint(present)
        )
        or (
            subject is not None
            and not (entry.person_subject or entry.country_subject)
            and subject.isdisjoint(present)
        )
        or (entry.prep is not None and entry.prep.isdisjoint(present))
        or (entry.prt is not None and entry.prt.isdisjoint(present))
        or (
            prep_object is not None
            and not (entry.country_prep_object or entry.person_prep_object)
            and prep_object.isdisjoint(present)
        )
    )


def _named_by_judge(tok: Token) -> bool:
    """An armed act, a pullout or an occupation named only to be judged: the object of 'call',
    'describe', 'brand' with a complement ('called the bombing "a blot on mankind"', 'described
    the raid as a crime', 'called the pullout a historic step'), or the subject of the verdict
    of 'declare', 'deem' ('declared the 1940 annexation illegal'), with no doer of its own
    ('its raid', 'the Iraqi raid', 'the raid by Iraqi jets' keep theirs)."""
    node = tok
    while node.dep_ == "conj":
        node = node.head
    verb = node.head
    if _subject_of_verdict(node):
        return not _own_doer(tok)
    if node.dep_ != "dobj" or verb.lower_ not in NAMING_VERBS:
        return False
    judged = any(c.dep_ in ("oprd", "ccomp", "xcomp") for c in verb.children) or any(
        (c.dep_ == "prep" and c.lower_ == "as") or (c.dep_ == "appos" and c.head.i == tok.i)
        for c in (*verb.children, *tok.children)
    )
    return judged and not _own_doer(tok)


def _subject_of_verdict(node: Token) -> bool:
    """The subject of an adjective a verdict verb (``verdict_verbs``) pronounces on it: the
    small clause 'declared [the annexation illegal]', 'deemed [the raid unjustified]'."""
    verdict = node.head
    return (
        node.dep_ in ("nsubj", "npadvmod")  # the parser hangs it either way
        and pos_of(verdict) == "adj"
        and verdict.dep_ in ("ccomp", "xcomp", "oprd")
        and verdict.head.lower_ in VERDICT_VERBS
    )


def _charged(tok: Token, lex: Lexicon) -> bool:
    """An armed act that is only what someone is charged with: the object of 'of' or 'with'
    on 'accuse', 'charge', 'suspect' ('accused the government of genocide', 'charged them with
    massacres'), with no doer of its own ('its raid', 'the Iraqi raid' keep theirs)."""
    return _matter_of_case(tok, lex, CHARGED_WITH, CHARGING_VERBS) and not _own_doer(tok)


def _punished_for(tok: Token, lex: Lexicon) -> bool:
    """An armed act that is what someone is punished, charged or tried for: the object of
    'for' or 'over' (``TRIED_FOR``) on a verb of punishment (``PUNISHING_VERBS``: 'was jailed
    for life for murdering a burglar', 'hanged for the killing of a guard') or of the courts
    ('charged 29 people over the Madrid train bombings'), a noun with no doer of its own ('its
    raid' keeps its own; the place it was done at, 'Madrid', 'Lockerbie', is no doer)."""
    if not _matter_of_case(tok, lex, TRIED_FOR["preps"], CASE_VERBS):
        return False
    return pos_of(tok) == "verb" or not _own_doer(tok, places=False)


def _matter_of_case(tok: Token, lex: Lexicon, preps: frozenset[str], verbs: frozenset[str]) -> bool:
    """Whether ``tok`` (or the conjunction it ends) is the object of one of ``preps`` on a verb
    of ``verbs``, the phrase hung on the verb or on its object ('accused [the government of
    genocide]', 'charged [29 people over the bombings]'): what a case is about."""
    node = tok
    while node.dep_ == "conj":
        node = node.head
    prep = node.head
    if node.dep_ not in ("pobj", "pcomp") or prep.lower_ not in preps or prep.dep_ != "prep":
        return False
    verb = prep.head
    if verb.dep_ == "dobj":  # 'charged [29 people over the bombings]': the phrase on the object
        verb = verb.head
    return verb.pos_ in ("VERB", "AUX") and any_lemma(verb, lex, verbs)


def _own_doer(tok: Token, places: bool = True) -> bool:
    """An event noun that names its own doer: a possessive, a capitalised modifier, a 'by'
    phrase ('its raid', 'the Iraqi raid', 'the attack by Iranian boats'); with ``places``
    false a capitalised place before it is only where it was done ('the Madrid bombings')."""
    return any(
        c.dep_ == "poss"
        or (
            c.dep_ in ("amod", "compound")
            and c.text[:1].isupper()
            and (places or c.ent_type_ not in ("GPE", "LOC", "FAC"))
        )
        or (c.dep_ in ("prep", "agent") and c.lower_ == "by")
        for c in tok.children
    )


def _never_an_event(tok: Token) -> bool:
    """A word no entry makes an event: an example of a kind of step, a broken promise, an
    act only rated for ease ('the regulations are easier to meet'), or any act of a kind
    the clause tells something about ('any negotiations with Algeria would stress prices')."""
    return (
        _given_as_example(tok)
        or _in_broken_pledge(tok)
        or rated_for_ease(tok)
        or _any_act_as_subject(tok)
        or _refused_leave(tok)
    )


def _refused_leave(tok: Token) -> bool:
    """An act a party will not let happen ('would not allow its research to be pillaged',
    'will never allow Syrian troops to attack') or will not bear ('would not tolerate attacks
    on civilians'): a verb in the clause of a negated verb of permitting, or a noun that is
    the object of a negated verb of bearing; no act told."""
    head = tok.head
    if head.i == tok.i or head.lower_ not in _LEAVE_FORMS:
        return False  # the head is no verb of permitting or bearing: looked at first
    if not any(c.dep_ == "neg" for c in head.children):
        return False
    if tok.pos_ == "VERB" and tok.dep_ in ("ccomp", "xcomp"):
        return head.lower_ in _PERMIT_FORMS
    return tok.pos_ == "NOUN" and tok.dep_ == "dobj" and head.lower_ in _BEAR_FORMS


def _any_act_as_subject(tok: Token) -> bool:
    """An event noun under 'any' as the subject of its clause ('any negotiations with Algeria
    would emphasize looser terms', 'any attack on its ships will be answered'): whatever such
    act may come, none told as done or planned."""
    return (
        tok.pos_ == "NOUN"
        and tok.dep_ in ("nsubj", "nsubjpass")
        and any(c.dep_ == "det" and c.lower_ in ANY_DETERMINERS for c in tok.children)
    )


def _trigger_words(tok: Token, entry: Entry, lex: Lexicon) -> list[Token]:
    words = [tok]
    words += [c for c in tok.children if c.dep_ == "prt"]
    if entry.object is not None:
        words += [o for o in objects(tok) if _names_any(o, lex, entry.object)][:1]
    if entry.complement is not None:  # 'would stop fighting': the gerund is the trigger's own
        words += [
            c
            for c in tok.children
            if c.dep_ in ("xcomp", "ccomp")
            and c.tag_ == "VBG"
            and any_lemma(c, lex, entry.complement)
        ][:1]
    return sorted(words, key=lambda t: t.i)


def with_body_standins(words: _Words) -> _Words:
    """``words`` and, when they hold a one-word name of a state's body ('sec', 'fed'), the
    body words it stands for (``body_name_standins``): 'The SEC fined …' meets a list of doers
    as 'the regulator fined …' would."""
    return words | BODY_NAME_STANDINS if not _BODY_NAME_WORDS.isdisjoint(words) else words


def find_triggers(sent: Span, lex: Lexicon) -> list[Trigger]:
    doc = sent.doc
    maybe = _maybe_triggers(sent, lex)
    present = with_body_standins(sentence_lemmas(sent, lex)) if maybe else set()
    if "it" in present and sent.start > 0:  # 'signed it': the thing may be named just before
        present |= sentence_lemmas(doc[sent.start - 1].sent, lex)
    found = [t for i in maybe if (t := match_token(doc[i], lex, present)) is not None]
    found += _joint_work(sent, lex, {t.token.i for t in found})
    found += _joint_founding(sent, lex, {t.token.i for t in found})
    _joint_operations(found, lex)
    _troops_with_their_arms(found, lex)
    return _lift_light_verbs(found, lex)


def _joint_work(sent: Span, lex: Lexicon, taken: set[int]) -> list[Trigger]:
    """'Egypt and Jordan jointly financed a pipeline', 'Brazilian and Argentine engineers are
    building a dam together', 'Jordanian and American commandos trained side by side': a verb
    done jointly by coordinated parties, itself no event, is their cooperation (military when
    the doers are forces)."""
    out: list[Trigger] = []
    doc, cues = sent.doc, _ids(JOINT_CUES)
    rows = word_rows(doc)
    for i in range(sent.start, sent.end):
        if rows[i][LOWER_COL] not in cues:  # read off the doc's arrays: most sentences have none
            continue
        verb = _done_jointly(doc[i])
        if verb is None or verb.i in taken or pos_of(verb) != "verb":
            continue
        if _inflects(verb, lex, JOINT_VERBS_NOT) or any(c.dep_ == "prt" for c in verb.children):
            continue  # 'came together', 'put together a package', 'pulled together'
        doers = [content_head(s) for s in subjects(verb)]
        if not any(_coordinated(d) for d in doers):
            continue
        forces = lex.word_classes("force", "armed_force")
        entry = _JOINT_DRILL if any(any_lemma(d, lex, forces) for d in doers) else _JOINT_WORK
        out.append(Trigger(verb, entry, [verb, doc[i]], nominal=False))
        taken.add(verb.i)
    return out


def _joint_founding(sent: Span, lex: Lexicon, taken: set[int]) -> list[Trigger]:
    """'Seoul and Hanoi launched a joint venture to build a steel mill', 'Vietnam and Cambodia
    set up a joint commission', 'Kazakhstan and Uzbekistan began building a joint industrial
    zone': a thing the coordinated doers found, open or build together ('joint' on the object
    of one of ``founding_verbs``, itself no event) is their cooperation, as a verb done jointly
    is (military when the doers are forces); 'issued a joint statement' founds nothing, and an
    object that is an event of its own ('held joint exercises') is read as that event."""
    out: list[Trigger] = []
    if not sentence_has(sent, JOINT_MARKS):
        return out
    for mark in sent:
        if mark.lower_ not in JOINT_MARKS or mark.dep_ != "amod":
            continue
        thing = mark.head
        verb = thing.head
        if thing.dep_ != "dobj" or thing.i in taken or verb.i in taken:
            continue
        if pos_of(verb) != "verb" or not _inflects(verb, lex, FOUNDING_VERBS):
            continue
        doers = [content_head(s) for s in subjects(verb)]
        if not doers and verb.dep_ == "xcomp" and _inflects(verb.head, lex, STARTING_VERBS):
            doers = [content_head(s) for s in subjects(verb.head)]  # 'began building a …'
        if not any(_coordinated(d) for d in doers):
            continue
        forces = lex.word_classes("force", "armed_force")
        entry = _JOINT_DRILL if any(any_lemma(d, lex, forces) for d in doers) else _JOINT_WORK
        out.append(Trigger(verb, entry, [verb, thing], nominal=False))
        taken.add(verb.i)
    return out


def _joint_operations(found: list[Trigger], lex: Lexicon) -> None:
    """'Peruvian and Colombian police launched a joint operation against cocaine
    laboratories': an operation that the police of several parties mount together (a
    verb's object with 'joint' on it) is law enforcement done jointly, their cooperation,
    no armed clash; troops' joint operations stay armed acts."""
    enforcers, armed = lex.word_class("enforcers"), lex.word_class("armed_force")
    for trig in found:
        if trig.nominal or trig.entry.type not in ARMED_TYPES:
            continue
        tok = trig.token
        if not any(
            c.lower_ in JOINT_MARKS and c.dep_ == "amod" for o in objects(tok) for c in o.children
        ):
            continue
        doers = [content_head(s) for s in subjects(tok)]
        heads = [n for d in doers for n in (d, *d.conjuncts)]  # 'Thai and Malaysian police'
        if (
            any(_coordinated(d) for d in doers)
            and any(any_lemma(n, lex, enforcers) for n in heads)
            and not any(any_lemma(n, lex, armed) for n in heads)
        ):
            trig.entry = _JOINT_DRILL


def _troops_with_their_arms(found: list[Trigger], lex: Lexicon) -> None:
    """'India rushed troops and tanks to eastern Ladakh', 'Peru sent soldiers and artillery
    to the border': a verb of sending whose objects name forces beside arms moves the forces
    with their weapons, a deployment (its entry of the verb with forces for object), no arms
    given to anyone; 'Russia sent tanks to Syria' stays a transfer."""
    forces, weapons = lex.word_class("force"), lex.word_class("weapon")
    for trig in found:
        if trig.nominal or trig.entry.type != "arms_transfer":
            continue
        tok = trig.token
        groups = [(o, *o.conjuncts) for o in objects(tok)]  # one object and its fellows
        if not any(
            any(any_lemma(n, lex, forces) and not any_lemma(n, lex, weapons) for n in group)
            and any(any_lemma(n, lex, weapons) for n in group)
            for group in groups
        ):  # not 'has sent his forces Stinger missiles': the forces receive them
            continue
        entry = next(
            (
                e
                for e in lex.entries_for(tok.lower_, "verb")
                if e.type == "deployment" and e.object is not None and e.object & forces
            ),
            None,
        )
        if entry is not None:
            trig.entry = entry


def _done_jointly(tok: Token) -> Token | None:
    """The word ``tok`` says is done jointly: the head of 'jointly' or 'together', or of the
    phrase 'side by side' or 'in tandem' that ``tok`` is the noun of."""
    if tok.dep_ == "advmod" and tok.lower_ in JOINT_ADVERBS:  # 'patrolled the coast
        return tok.head.head if tok.head.dep_ == "prep" else tok.head  # together against …'
    prep = JOINT_PHRASES.get(tok.lower_)
    if prep == "by" and tok.dep_ in ("advmod", "npadvmod", "dobj"):  # the first 'side' of
        by_side = any(  # 'side by side', with 'by side' under it
            p.lower_ == "by" and any(o.lower_ == tok.lower_ for o in pobjs(p)) for p in tok.children
        )
        return tok.head if by_side else None
    if prep is None or tok.dep_ != "pobj" or tok.head.lower_ != prep:
        return None
    if prep == "by" and (
        tok.i < 2 or tok.doc[tok.i - 2 : tok.i].text.lower() != f"{tok.lower_} by"
    ):
        return None  # 'remained by Iran's side': a noun after 'by', but no 'side by side'
    return tok.head.head  # 'in tandem', the last 'side' of 'side by side'


def _a_drill(tok: Token, lex: Lexicon) -> bool:
    """An exercise, drill or war game, named by ``tok`` or by its object ('held naval
    exercises'), not another show of force ('mobilized for war', 'stepped up patrols')."""
    return any(any_lemma(t, lex, DRILL_NOUNS) for t in (tok, *children(tok, OBJECT_DEPS)))


def _several_states(actors: list[Token]) -> bool:
    """Two states or more among the doers, named or by nationality ('Egypt and the United
    States', 'Egyptian and American warships'): exercises they hold are held together."""
    states = {a.lower_ for a in actors if is_countryish(a)}
    states |= {  # the modifiers of forces, not the parts of a name ('South Korea')
        n.lower_
        for a in actors
        if not is_countryish(a)
        for m in national_modifiers(a)
        if m.dep_ != "poss"
        for n in (m, *m.conjuncts)
    }
    return len(states) >= 2


def _coordinated(tok: Token) -> bool:
    """Two parties or more: 'Egypt and Jordan', 'Brazilian and Argentine engineers'."""
    return any(c.dep_ == "conj" for c in tok.children) or any(
        c.dep_ in ("amod", "compound", "nmod") and any(g.dep_ == "conj" for g in c.children)
        for c in tok.children
    )


def _light_verb(noun: Token, lex: Lexicon) -> Token | None:
    """The light verb whose direct object (or passive subject) ``noun`` is ('sent a warning',
    'carried out a raid', 'took retaliatory measures', 'a complaint was lodged'), or None."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "nsubjpass") or pos_of(verb) != "verb":
        return None
    for lemma in lemmas(verb, lex, "verb"):
        objects_of = LIGHT_OBJECTS.get(lemma)
        if objects_of is not None and any_lemma(noun, lex, objects_of):
            return verb  # 'take' is light only with a few nouns ('took the threat seriously')
        if lemma not in lex.word_class("light_verb"):
            continue
        prts = LIGHT_PARTICLES.get(lemma)
        if prts is None or any(c.dep_ == "prt" and c.lower_ in prts for c in verb.children):
            return verb
    return None


def _acting_subject(verb: Token, lex: Lexicon) -> bool:
    """A light verb's subject can act (a party, person, office, body of the lexicon's
    ``speaking_bodies`` such as 'the government', or pronoun), or the verb is passive: 'the
    bill made concessions to Reagan' makes nobody's concession."""
    subjs = [content_head(s) for s in subjects(verb)]
    bodies = lex.word_class("speaking_bodies")
    return is_passive(verb) or any(
        is_party_word(s) or is_countryish(s) or s.lower_ in bodies for s in subjs
    )


def _lift_light_verbs(found: list[Trigger], lex: Lexicon) -> list[Trigger]:
    """An event noun that is the object of a light verb with no trigger of its own is read
    on the verb ('Sweden sent a stern warning to Oslo': Sweden's threat, aimed at Norway)."""
    taken = {t.token.i for t in found}
    lifted = []
    for trig in found:
        if (
            not trig.nominal
            or trig.entry.type not in LIGHT_TYPES
            or any(c.dep_ == "det" and c.lower_ == "no" for c in trig.token.children)
        ):  # 'would make no concessions' is read on the noun (a refusal)
            continue
        verb = _light_verb(trig.token, lex)
        if verb is None or verb.i in taken or not _acting_subject(verb, lex):
            continue
        taken.add(verb.i)
        prts = [c for c in verb.children if c.dep_ == "prt"]
        words = sorted([verb, trig.token, *prts], key=lambda t: t.i)
        lifted.append(Trigger(verb, trig.entry, words, nominal=False))
    return sorted(found + lifted, key=lambda t: t.token.i) if lifted else found


_HYPHEN = get_string_id("-")
_AUX = get_string_id("aux")
_OR = get_string_id("or")
_UNLESS = get_string_id("unless")
_COPULA_IDS = frozenset(map(get_string_id, COPULA_FORMS))
_WORD_IDS: dict[frozenset[str], frozenset[int]] = {}


def _ids(words: frozenset[str]) -> frozenset[int]:
    """The string ids of a set of words, as the doc's arrays hold them (worked out once)."""
    found = _WORD_IDS.get(words)
    if found is None:
        found = _WORD_IDS[words] = frozenset(map(get_string_id, words))
    return found


_ANCHOR_IDS: dict[int, tuple[Lexicon, frozenset[int]]] = {}


def _maybe_triggers(sent: Span, lex: Lexicon) -> list[int]:
    """Indices of the sentence's tokens that pass ``match_token``'s first test (an inflection
    of a trigger lemma, or a word after a hyphen), read from the doc's arrays rather than
    token by token."""
    known = _ANCHOR_IDS.get(id(lex))
    if known is None or known[0] is not lex:
        known = _ANCHOR_IDS[id(lex)] = (lex, frozenset(map(get_string_id, lex.anchors)))
    anchors = known[1]
    rows = word_rows(sent.doc)
    return [
        i
        for i in range(sent.start, sent.end)
        if rows[i][LOWER_COL] in anchors or (i and rows[i - 1][ORTH_COL] == _HYPHEN)
    ]


# --------------------------------------------------------------------------- nesting


def _ancestors(tok: Token, limit: int = 8) -> Iterator[tuple[Token, str]]:
    """(ancestor, dependency label of the edge below it) going up the tree."""
    node = tok
    for _ in range(limit):
        if node.head == node:
            return
        yield node.head, node.dep_
        node = node.head


def resolve_nesting(triggers: list[Trigger], ont: Ontology, lex: Lexicon) -> None:
    """Mark absorbed triggers (the content of another event) and background ones."""
    at = {t.token.i: t for t in triggers}
    for trig in triggers:
        _mark_light_verb_objects(trig, at)
        _take_means_of_harm(trig, at, ont)
        _take_protest_aim(trig, at, lex)
    for trig in triggers:
        if trig.absorbed_by is not None:
            continue
        answer = _presupposing_prep(trig, ont, lex)  # 'in response to Friday's attack on …'
        if answer is not None:  # a cause ('died as a result of torture') stays news
            trig.presupposed, trig.background = True, not _names_a_cause(answer)
            trig.retold = _looked_back(answer, lex) and not _doer_adjective(trig.token)
        if _reported_by_the_press(trig.token, lex):  # 'ADN reported the talks': told before
            trig.retold = True
        if (
            _refers_back(trig)
            or is_temporal_clause(trig.token)
            or (trig.token.dep_ in ("csubj", "csubjpass") and trig.token.tag_ == "VBG")
        ):  # '… one day after a jet shot down …', 'shelling the platform appeared to be …'
            trig.background = True
        if trig.entry.with_object_of is not None:
            continue  # 'ended the summit with an agreement': an outcome, no content of the end
        if _protest_of_a_crowd_met_with_force(trig, at):
            continue  # 'fired tear gas to disperse students protesting against …': both news
        owner = (
            _purpose_of_object(trig, at)
            or _asked_of_the_for_party(trig, at, ont)
            or _toll_of_a_named_fight(trig, at, ont, lex)
        )
        if owner is not None:
            trig.absorbed_by = owner
            owner.complements.append(trig)
            continue
        purpose, below = False, trig.token  # passed through 'to …' / 'if …' on the way up?
        dated = answer is not None  # passed through 'after …' / 'ahead of …'?
        timed = False  # a noun below 'after', 'during' …: a time, not what is said
        trip = False  # a visit below 'during' or 'on', talks 'in' which an act is done: an
        # event of its own, never content
        circumstance = False  # passed through 'as …' / 'while …'?
        in_clause = False  # passed through a participle on a noun ('the offer, made as …')?
        told_of = False  # passed through a relative clause with a doer of its own?
        told_inside = False  # ... from a word inside it, not its own verb ('Cubans held')?
        told_where = False  # is it the verb of one on a place or a time ('the Gulf, where
        # gunboats have attacked …')?
        for anc, dep in _ancestors(trig.token):
            other = at.get(anc.i)
            relative = _relative_clause(below, dep) and _own_clause_subject(below)
            told_of = told_of or relative
            told_inside = told_inside or (relative and below is not trig.token)
            told_where = told_where or (
                dep == "relcl" and below is trig.token and _place_or_time_clause(below)
            )
            if dep == "advcl" and other is not None and is_temporal_clause(below):
                break  # 'signed a gas deal after Russia cut off supplies': a time, no content
            purpose = purpose or (dep in ("advcl", "xcomp") and _is_purpose_or_condition(below))
            if dep in ("nsubj", "nsubjpass"):  # 'Gandhi, who is due to meet Jayewardene, has
                purpose = False  # urged …': a plan told of the subject is no aim of its verb
            circumstance = (
                circumstance
                or (dep == "advcl" and _has_mark(below, CIRCUMSTANCE_MARKS))
                or (dep == "advcl" and below is trig.token and _trip_told_when(trig, lex))
                or (
                    dep == "advcl"
                    and below.lower_ in REACTION_PARTICIPLES
                    and below is not trig.token
                )
            )  # '… as warships began escorting …'; '…, drawing criticism from Poland'
            below = anc
            if circumstance and other is not None and other is not trig:
                break  # '… ready to retaliate … as U.S. warships began escorting a convoy'
            if (
                dated
                and other is not None
                and (
                    not ont[other.entry.type].absorbs
                    or (timed and any_lemma(anc, lex, lex.modality["speech"]))
                    or (timed and other.entry.type in AGREED_TYPES)
                    or trip
                )
            ):  # '"…," said X, after a meeting with Y': the meeting is no part of what X said;
                # 'signed the accord during a visit to Japan': the visit is no part of the deal,
                # nor is the fighting of 'a truce was reached after two days of fighting'
                if answer is not None and answer.lower_ not in PRESUPPOSING_PREPS:
                    trig.answered_by = other if ont[other.entry.type].hostile else None
                break  # 'talks with Kohl ahead of her visit to Moscow': an event of its own
            if (  # not what a clause on the subject tells: 'The offer, made as part of a
                # deal between the two countries, will allow …': the deal is no allowing;
                # nor what a relative clause with its own doer tells of the object: 'criticised
                # the pact, which Denmark and Iceland signed …': the signing is a fact
                _absorbs(other, trig, dep, ont, lex)
                and not (in_clause and dep in SUBJECT_DEPS and _parties_of(trig.token))
                and not told_of
                and not told_where
            ) or (
                other is not None
                and other is not trig
                and purpose
                and not told_inside
                and not told_where
            ):
                # not 'agreed to restore an accord under which Havana will take back Cubans
                # held in U.S. prisons': the holding is no part of what was agreed
                trig.absorbed_by = other
                other.complements.append(trig)
                break
            in_clause = in_clause or dep == "acl"
            if (
                dep in BACKGROUND_DEPS
                and not is_plan_noun(anc, lex)
                and not (
                    dep == "acl"
                    and trig.token.tag_ == "VBG"
                    and anc == trig.token.head
                    and any_lemma(anc, lex, DOCUMENT_NOUNS)
                )
                and not (
                    trig.entry.type == "protest"
                    and anc == trig.token.head
                    and _verb_of_described_crowd(trig.token) is not trig.token
                )  # 'crowds waving placards gathered …': the crowd's protest is the news
            ):  # not 'issued a statement demanding …': what the statement says is the news
                trig.background = True
            if trig.nominal and anc.lower_ in TEMPORAL_PREPS and anc.dep_ in ("prep", "advmod"):
                dated = timed = True
                trig.background = not _held_meanwhile(trig, anc)
                trip = trip or trig.entry.type in TRIP_TYPES
            elif _on_a_trip(trig, anc) or _held_meanwhile(trig, anc):
                dated = trip = True  # 'X, on a visit to Jakarta, met …': X travels too;
                # 'urged, in talks with Y, …': the talks are held then
            if (
                any_lemma(anc, lex, lex.modality["speech"])
                and dep == "ccomp"
                and anc.dep_ != "advcl"
            ):
                break  # reported speech is its own clause, unless it only explains ('…, saying …')
    for trig in triggers:  # an accusation predicate absorbs the rest of its clause
        if trig.entry.predicative and trig.absorbed_by is None:
            verb = _predicate_verb(trig.token)
            for other in triggers:
                if other is trig or other.absorbed_by is not None or other.background:
                    continue
                if any(anc == verb for anc, _ in _ancestors(other.token, 6)) and not (
                    _coordinate_clause_below(other.token, verb)
                ):
                    other.absorbed_by = trig
                    trig.complements.append(other)


def _coordinate_clause_below(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` lies in a clause joined to ``verb`` by 'and' or 'but' with a subject of
    its own ('said the raid, if confirmed, was a grave violation, and it called on both sides
    to stop'): a second assertion, not part of what the predicate says."""
    node = tok
    while node != verb and node.head != node:
        if node.dep_ == "conj" and node.head == verb and children(node, ANY_SUBJECT_DEPS):
            return True
        node = node.head
    return False


def _relative_clause(clause: Token, dep: str) -> bool:
    """A relative clause, or a clause on a noun whose object is a relative pronoun ('the accord
    that Peru signed'); not a clause telling a noun's content ('claims that Rwanda supplied
    arms': 'that' marks it)."""
    return dep == "relcl" or (
        dep == "acl" and any(c.lower_ in RELATIVE_PRONOUNS for c in children(clause, OBJECT_DEPS))
    )


def _landing_of_the_raiders(trig: Trigger, at: dict[int, Trigger]) -> Trigger | None:
    """The armed act of a force whose move a relative clause on it tells ('Israeli commandos
    who landed on the coast before dawn fought a 10-hour battle'): the move is how the blow
    was struck, no deployment of its own; None otherwise."""
    tok = trig.token
    if trig.entry.type != "deployment" or trig.nominal or tok.dep_ != "relcl":
        return None
    force = tok.head
    if force.dep_ not in ("nsubj", "nsubjpass"):
        return None
    blow = at.get(force.head.i)
    return blow if blow is not None and blow.entry.type in ARMED_TYPES else None


def _place_or_time_clause(clause: Token) -> bool:
    """A relative clause opened by 'where' or 'when' ('to carry its crude through the Gulf,
    where Iranian gunboats have attacked ships'): it tells what happens at the place or time
    named, never what the clause above it plans or agrees."""
    return any(c.lower_ in ("where", "when") for c in children(clause, ("advmod",)))


def _own_clause_subject(clause: Token) -> bool:
    """A relative clause whose subject is a party named in it, not the relative pronoun nor
    another pronoun ('the pact, which Denmark and Iceland signed': Denmark and Iceland; not
    'the pact that allows …', nor 'reneging on reforms it has enacted')."""
    return any(
        s.tag_ not in ("WDT", "WP", "WP$")
        and not is_pronoun(s)
        and (is_party_word(s) or is_countryish(s))
        for s in children(clause, SUBJECT_DEPS)
    )


def _held_meanwhile(trig: Trigger, prep: Token) -> bool:
    """A meeting 'during' or 'in' which the clause's act happens ('presented the draft during a
    meeting with the Soviet team', 'urged, in talks with Hussein, …'): it takes place then,
    news of its own rather than the background an earlier one after 'after' or 'since' is.
    Only one that names its partner: 'during next week's meetings' stays background, and so
    do visits, whose traveller a misparsed clause often leaves unnamed ('…, X has said during
    a visit to Britain'); 'in' or 'at' only on a verb in the simple past ('urged to push for
    action at his first meeting with …' is not held yet)."""
    setting = prep.lower_ in SETTING_PREPS and prep.head.tag_ == "VBD"  # 'said in talks'
    return (
        (prep.lower_ == "during" or setting)
        and trig.entry.type in MEANWHILE_TYPES
        and trig.token.head == prep
        and bool(
            prep_children(trig.token, MEANWHILE_PREPS)  # with whom, or where to
            or [  # 'a meeting at the American mission with the Soviet team'
                w
                for at in prep_children(trig.token, VENUE_PREPS)
                for venue in pobjs(at)
                for w in prep_children(venue, ("with",))
            ]
        )
    )


def _on_a_trip(trig: Trigger, prep: Token) -> bool:
    """A visit noun right below 'on' ('on a three-day visit to Kenya', 'on a tour of Asia'),
    'from' on a noun of coming back ('on his return from a visit to Japan') or 'of' on a
    phase of the trip under 'at', 'on' or 'during' on a form of 'be' ('who is in Dublin at
    the start of a four-nation visit'); a phase of a trip on a verb of arriving ('arrived in
    Chile on the second leg of a tour') stays that verb's one visit."""
    return (
        trig.nominal
        and trig.entry.type in TRIP_TYPES
        and prep.dep_ == "prep"
        and trig.token.head == prep
        and (
            prep.lower_ == "on"
            or (prep.lower_ == "from" and prep.head.lower_ in RETURN_NOUNS)
            or (
                prep.lower_ == "of"
                and prep.head.lower_ in TRIP_PHASE_NOUNS
                and prep.head.dep_ == "pobj"
                and prep.head.head.lower_ in ("at", "on", "during")
                and prep.head.head.head.lower in _COPULA_IDS
            )
        )
    )


def _absorbs(
    other: Trigger | None, trig: Trigger, dep: str, ont: Ontology, lex: Lexicon | None = None
) -> bool:
    """Is ``trig`` (reached from ``other`` through ``dep``) the content of ``other``?"""
    if other is None or other is trig or other.absorbed_by is trig:
        return False
    if lex is not None and dep == "ccomp" and _charge_told_before(other.token, lex) == trig.token:
        return False  # 'X accused Y of …, a charge Y denied': the charge is news of its own
    if trig.nominal and dep == "conj" and _object_of_own_clause(trig.token, other.token, lex):
        return False  # '… were killed and Chirac ordered the destruction of …': a clause apart
    if trig.nominal and dep in SUBJECT_DEPS and trig.entry.type == other.entry.type == "meeting":
        return False  # 'talks between Iran and Iraq resumed': the talks, not their topic
    if dep in SUBJECT_DEPS and trig.entry.type == "meeting" and _gathered_doers(trig.token):
        return False  # 'EU leaders at a summit in Lisbon pledged …': they met, then pledged
    if trig.nominal and _undone_by(trig.token, other):
        return True  # 'the lifting of U.S. sanctions': the sanctions lifted, none imposed
    if other.entry.type == "rejection" and _demand_told_in_full(trig):
        return False  # 'rejected a Russian demand that it hand over …': Russia demanded
    if trig.nominal:  # a noun below another event is what that event is about ...
        # ... unless it names its own doer and is hostile: 'in response to an Iranian missile
        # attack on a U.S.-flagged tanker' is an attack of its own
        return ont[other.entry.type].absorbs or not (
            ont[trig.entry.type].hostile and has_own_doer(trig.token)
        )
    if dep == "nsubj":  # 'Netanyahu, who met King Hussein on Sunday, rejected the plan'
        return False
    if dep in ("advcl", "xcomp") and _is_purpose_or_condition(trig.token):
        return True  # 'staged rallies to demand reforms', 'send arms if it is attacked'
    if (
        dep == "advcl"
        and trig.token.tag_ == "VBG"
        and trig.entry.type == "attack"
        and (ont[other.entry.type].hostile)
    ):
        return True  # 'bombarded the city, killing eight people': the toll of that attack
    return ont[other.entry.type].absorbs and dep != "conj"


REPRESSION_CAMEOS = frozenset({"170", "175"})  # coercion, repression of a crowd


def _protest_dispersed(trig: Trigger) -> bool:
    """A protest noun that is the object of a verb of repression (CAMEO 170 or 175: 'police
    broke up a Solidarity rally', 'dispersed a student demonstration'): the crowd's protest was
    held, an event of its own beside its dispersal, not only what that act is about. A
    protest only fired on ('troops fired on a demonstration') stays the repression's alone,
    as crowds of demonstrators fired on do."""
    owner = trig.absorbed_by
    if owner is None or not trig.nominal or trig.entry.type != "protest":
        return False
    return (
        owner.entry.cameo in REPRESSION_CAMEOS
        and pos_of(owner.token) == "verb"
        and trig.token.dep_ == "dobj"
        and trig.token.head == owner.token
    )


def _gathered_doers(tok: Token) -> Token | None:
    """The subject a meeting word describes as gathered: the noun it hangs on after 'at'
    ('EU leaders at a summit in Lisbon') or as a participle ('Nato ministers meeting in
    Brussels'); None for a meeting only named ('leaders said the summit …')."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "at" and tok.head.dep_ == "prep":
        doers = tok.head.head
    elif tok.dep_ == "acl" and tok.tag_ == "VBG":
        doers = tok.head
    elif tok.dep_ in SUBJECT_DEPS and tok.tag_ == "NN":  # 'ministers meeting' read as one noun
        return next((c for c in tok.children if c.dep_ == "compound" and c.tag_ == "NNS"), None)
    else:
        return None
    return doers if doers.dep_ in SUBJECT_DEPS and doers.pos_ in ("NOUN", "PROPN") else None


def _undone_act(tok: Token, lex: Lexicon) -> Token | None:
    """The act a concession noun undoes, its 'of' object of the entry's own words ('the
    lifting of U.S. sanctions': sanctions), or None."""
    for entry in lex.entries_for(tok.lower_, "noun"):
        if entry.type != "concession" or entry.prep_object is None or entry.prep != {"of"}:
            continue
        for o in prep_objects(tok, ("of",)):
            if any_lemma(content_head(o), lex, entry.prep_object):
                return content_head(o)
    return None


def _undone_by(noun: Token, other: Trigger) -> bool:
    """Whether ``noun`` is the 'of' object of a concession told by a noun ('the lifting of U.S.
    sanctions', 'the easing of the embargo'): the act undone, whoever imposed it."""
    prep = noun.head
    return (
        other.nominal
        and other.entry.type == "concession"
        and noun.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head == other.token
    )


def _object_of_own_clause(noun: Token, other: Token, lex: Lexicon | None = None) -> bool:
    """The noun is the object of a verb joined to ``other`` that names its own subject ('…
    were killed and Chirac ordered the destruction of …'), or of a verb of ``ENACTING_VERBS``
    sharing its subject ('sided with Britain and ordered sanctions against Argentina': the
    order is a second act of the doer's), not a circumstance of it."""
    verb = noun.head
    return (
        noun.dep_ in OBJECT_DEPS
        and verb.dep_ == "conj"
        and verb.head == other
        and (
            bool(children(verb, SUBJECT_DEPS))
            or (lex is not None and any_lemma(verb, lex, ENACTING_VERBS))
        )
    )


def _purpose_of_object(trig: Trigger, at: dict[int, Trigger]) -> Trigger | None:
    """'continued their hunger strike to demand …': the purpose belongs to the object event."""
    tok = trig.token
    if trig.nominal or tok.dep_ != "advcl":
        return None
    if not (_is_purpose_or_condition(tok) or tok.tag_ == "VBG"):  # '…, saying he must resign'
        return None
    if _toll_of(trig, at.get(tok.head.i)):
        return None  # 'repulsed the attack, killing thousands': the toll of the repulse
    for obj in children(tok.head, OBJECT_DEPS):
        other = at.get(obj.i)
        if other is not None and other is not trig:
            if _act_of_those_meeting(trig, other):
                return None
            return other
    return None


def _toll_of_a_named_fight(
    trig: Trigger, at: dict[int, Trigger], ont: Ontology, lex: Lexicon
) -> Trigger | None:
    """A killing told as a participle on a verb that is no event, whose subject names a
    hostile act ('Heavy fighting broke out on Sunday, killing at least 23 people', 'the
    strikes hit towns in Homs, killing 36 civilians'): the toll of that act, no attack of its
    own. A weapon or munition as the subject names no act the toll could join ('a bomb
    wrecked the discotheque, killing two soldiers': the killing is the attack told)."""
    tok = trig.token
    if trig.nominal or trig.entry.type != "attack" or tok.dep_ != "advcl" or tok.tag_ != "VBG":
        return None
    if tok.head.i in at:
        return None  # the verb's own event takes it ('bombarded the city, killing eight')
    for subj in children(tok.head, ("nsubj", "nsubjpass")):
        other = at.get(subj.i)
        if (
            other is not None
            and other is not trig
            and ont[other.entry.type].hostile
            and not any_lemma(subj, lex, _armed_things(lex))
        ):
            return other
    return None


def _act_of_those_meeting(trig: Trigger, talks: Trigger) -> bool:
    """A participle after talks held, opened or closed that tells an act of the parties
    themselves ('ended a three-day summit, pledging support for the uprising', 'closed their
    talks calling for a ceasefire'): an act of its own, not the talks' content; a purpose
    ('held talks to discuss …') and a bare telling ('…, saying they were useful') stay
    the talks'."""
    return (
        trig.token.tag_ == "VBG"
        and not _is_purpose_or_condition(trig.token)
        and talks.nominal
        and talks.entry.type == "meeting"
        and trig.entry.type not in ("statement", "meeting")
    )


def _asked_of_the_for_party(trig: Trigger, at: dict[int, Trigger], ont: Ontology) -> Trigger | None:
    """'came despite an EU demand for Turkey to recognise Cyprus', the infinitive hung on the
    clause's verb: what the demand (or call, appeal) asks of the party after 'for', its
    content, not an act."""
    tok = trig.token
    if trig.nominal or tok.dep_ != "advcl" or tok.tag_ != "VB":
        return None
    to = next((c for c in tok.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or to.i == 0:
        return None
    party = tok.doc[to.i - 1]
    if party.dep_ != "pobj" or party.head.lower_ != "for":
        return None
    owner = at.get(party.head.head.i)
    return owner if owner is not None and ont[owner.entry.type].absorbs else None


def _toll_of(trig: Trigger, verb: Trigger | None) -> bool:
    """Is ``trig`` a participle of killing that tells the toll of ``verb``'s own armed act
    ('repulsed the attack, killing thousands of Iranians'), not of the event its object
    names (as after a light verb: 'launched an attack, killing eight')?"""
    return (
        verb is not None
        and verb is not trig
        and not verb.nominal
        and not verb.entry.light
        and verb.entry.type in ARMED_TYPES
        and not trig.nominal
        and trig.entry.type == "attack"
        and trig.token.tag_ == "VBG"
        and trig.token.dep_ == "advcl"
        and trig.token.head == verb.token
    )


def _presupposing_prep(trig: Trigger, ont: Ontology, lex: Lexicon) -> Token | None:
    """The preposition that makes one armed act named by a noun a thing that happened: 'to' or
    'for' after an answer ('in response to Friday's missile attack on a U.S.-flag ship',
    'retaliated for the raid'), 'of' after a cause ('as a result of the U.S. attack', 'because
    of the raid'), or 'after', 'following', 'since'; the same for the lifting of such an act
    ('after the lifting of U.S. sanctions'); 'into' after an inquiry ('the inquiry into the
    bombing') and 'of' after its aftermath ('the victims of the Madrid bombings'), where a plural
    with 'the' is one act too. Not for plural or generic mentions ('after attacks on shipping',
    'in response to any attack on Kuwait')."""
    tok = trig.token
    if not trig.nominal:
        return None
    if not ont[trig.entry.type].hostile and _undone_act(tok, lex) is None:
        return None  # an act of harm, or its undoing ('after the lifting of U.S. sanctions')
    node = tok
    while node.dep_ == "conj":
        node = node.head
    prep = node.head
    if node.dep_ != "pobj" or prep == node:
        return None
    low = prep.lower_
    looked_back = _looked_back(prep, lex)
    if not (_one_act(tok) or (looked_back and _acts_named_the(tok))):
        return None
    if (
        looked_back
        or low in PRESUPPOSING_PREPS
        or (low in ("to", "for") and any_lemma(prep.head, lex, RESPONSE_WORDS))
        or _names_a_cause(prep)
    ):
        return prep
    return None


def _looked_back(prep: Token, lex: Lexicon) -> bool:
    """Whether ``prep`` is the 'into' of an inquiry or the 'of' of an aftermath ('the inquiry
    into the bombing', 'the victims of the bombings'): what follows was told before."""
    low = prep.lower_
    return (low == "into" and _inquiry_of(prep, lex)) or (
        low == "of" and any_lemma(prep.head, lex, AFTERMATH_WORDS)
    )


def _reported_by_the_press(tok: Token, lex: Lexicon) -> bool:
    """An act noun with 'the' and no phrase or party of its own (only modifiers that name no
    entity: 'the surprise talks', not 'the Iranian attack' nor 'the talks with Iran') that is
    the object of a verb of reporting (``REPORTED_ACTS``: 'ADN reported the talks without
    comment'): the act told before in the story, not one more."""
    if pos_of(tok) != "noun" or tok.dep_ != "dobj" or not any_lemma(tok.head, lex, REPORTED_ACTS):
        return False
    own = list(tok.children)
    return any(c.dep_ == "det" and c.lower_ == "the" for c in own) and all(
        c.dep_ in ("det", "amod", "compound") and not c.ent_type_ for c in own
    )


def _doer_adjective(tok: Token) -> bool:
    """Whether an act noun names its doer by a nation's adjective ('Monday's Iraqi air raid')."""
    return any(m.dep_ == "amod" and m.ent_type_ == "NORP" for m in national_modifiers(tok))


def _inquiry_of(into: Token, lex: Lexicon) -> bool:
    """Whether 'into' says what an inquiry looks into, hung on the inquiry or on the verb whose
    object the inquiry is ('will lead the inquiry into the bombing')."""
    head = into.head
    return any_lemma(head, lex, INQUIRY_WORDS) or any(
        any_lemma(o, lex, INQUIRY_WORDS) for o in children(head, ("dobj",))
    )


def _acts_named_the(tok: Token) -> bool:
    """A plural event noun with 'the' and nothing generic before it ('the Madrid bombings')."""
    return (
        tok.tag_ == "NNS"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        and not any(c.lower_ in GENERIC_DETERMINERS for c in tok.lefts)
    )


def _names_a_cause(prep: Token) -> bool:
    """Whether ``prep`` is the 'of' of a cause ('as a result of', 'because of')."""
    return prep.lower_ == "of" and prep.head.lower_ in CAUSE_WORDS


def _refers_back(trig: Trigger) -> bool:
    """'Referring to that attack, …': a noun pointing back at an event told before."""
    return trig.nominal and any(
        c.dep_ == "det" and c.lower_ in ("that", "this", "these", "those")
        for c in trig.token.children
    )


def is_temporal_clause(tok: Token) -> bool:
    """'… one day after a jet shot down a helicopter': a dated background clause; not the clause
    that says what a move came after ('The move came after France and Germany vowed …'), though
    what comments came after stays background ('The comments come after Blair defended …')."""
    node = tok
    while node.dep_ not in ("advcl", "ROOT") and node.head != node:
        node = node.head
    framed = node.head.lower_ in FRAMING_VERBS["verbs"] and any(
        s.lower_ in FRAMING_VERBS["subjects"] for s in children(node.head, SUBJECT_DEPS)
    )  # 'The move came after X vowed …': news
    return (
        node.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in TEMPORAL_PREPS for c in node.children)
        and not framed
    )


def _has_mark(tok: Token, marks: frozenset[str]) -> bool:
    """Whether a clause opens with one of ``marks`` ('as U.S. warships began …')."""
    return any(c.dep_ == "mark" and c.lower_ in marks for c in tok.children)


def _trip_told_when(trig: Trigger, lex: Lexicon) -> bool:
    """A visit or meeting told by the verb of a clause that opens with an adverb of time of
    ``circumstance_marks`` ('when he visited Cairo last week, the premier urged …'): a trip of
    its own, never the content of the act it dates."""
    tok = trig.token
    return trig.entry.type in TRIPS_OR_MEETINGS and any(
        c.dep_ == "advmod" and c.tag_ == "WRB" and c.i < tok.i and c.lower_ in CIRCUMSTANCE_MARKS
        for c in tok.children
    )


def _is_purpose_or_condition(tok: Token) -> bool:
    return any(
        (c.dep_ == "aux" and c.lower_ == "to")
        or (c.dep_ == "mark" and c.lower_ in ("if", "unless"))
        for c in tok.children
    )


def _predicate_verb(tok: Token) -> Token:
    node = _labelled_by(tok)
    while node.dep_ == "conj":
        node = node.head
    return node.head


def _accused_in_clause(verb: Token) -> list[Token]:
    """The state a charge's 'that' clause is about: its subject ('Egypt alleged that Libya
    was behind the plot', 'charged that Iran was planning an offensive', 'Iranian charges that
    Kuwait is supporting Iraq'); not a firm or a body ('alleged that the utility had
    overstated demand')."""
    clauses = children(verb, ("ccomp",)) + [c for c in children(verb, ("acl",)) if _that_clause(c)]
    return [
        s
        for clause in clauses
        for s in children(clause, ANY_SUBJECT_DEPS)
        if not is_pronoun(s) and (s.ent_type_ in ("GPE", "NORP") or is_countryish(s))
    ]


def _mark_light_verb_objects(trig: Trigger, at: dict[int, Trigger]) -> None:
    """'held talks', 'imposed sanctions': the noun is part of the verb's trigger; a noun more
    specific than the verb's reading gives its own ('began a hunger strike' is a protest)."""
    for w in trig.words:
        other = at.get(w.i)
        if other is not None and other is not trig and (other.nominal or other.token.tag_ == "VBG"):
            if trig.entry.type == "rejection" and _demand_told_in_full(other):
                continue  # 'rejected a U.S. demand that it open the site': the U.S. demanded
            other.absorbed_by = trig  # also a gerund object: 'to halt months of fighting'
            if trig.entry.light and other.entry.compound is not None:
                trig.entry = other.entry  # 'launched a hunger strike' is a protest


def _demand_told_in_full(other: Trigger) -> bool:
    """A demand noun that names who made it (a possessive, a national modifier or a 'by'
    phrase) and spells out in a 'that' clause with a subject of its own what the other party
    must do ('rejected a Russian demand that it hand over the fighters', "Argentina's demand
    that Britain open talks was rejected"): the demand is news of its own, besides its
    rejection; 'rejected demands for reform' is only the rejection."""
    tok = other.token
    if not other.nominal or other.entry.type != "demand":
        return False
    if not (has_own_doer(tok) or prep_children(tok, ("by",))):
        return False
    return any(
        any(m.lower_ == "that" for m in c.children)
        and any(s.lower_ != "that" for s in children(c, SUBJECT_DEPS))
        and (c.dep_ in ("acl", "ccomp") or (c.dep_ == "relcl" and c.tag_ == "VB"))
        for c in tok.children
    )  # a 'that' the parser reads as a relative pronoun before a bare verb ('a demand that
    # it hand over the men') still opens the demand's clause; 'the demand that it made' does not


def _take_protest_aim(trig: Trigger, at: dict[int, Trigger], lex: Lexicon) -> None:
    """A refusal or a burning of things done 'in protest' or 'to protest' by people, no state
    ('cane farmers refused to harvest their crops in protest at the coup', 'residents burned
    tyres to protest against power cuts'): a protest (a stoppage, a demonstration), as CAMEO
    codes it, not a rejection or an attack; the protest word says how. A state's refusal
    ('Poland refused to attend in protest') stays a refusal."""
    if trig.nominal or not (
        trig.entry.type == "rejection" or trig.entry.cameo in PROTEST_AIMED_CAMEOS
    ):
        return
    tok = trig.token
    if any(is_countryish(s) for s in subjects(tok)):
        return
    places = [tok] + [c for c in children(tok, ("xcomp",)) if c.lower_ != "protest"]
    for verb in places:
        aims = [p for prep in prep_children(verb, ("in",)) for p in pobjs(prep)]
        aims += [c for c in children(verb, ("advcl",)) if _is_purpose_or_condition(c)]
        for aim in aims:
            other = at.get(aim.i)
            if other is not None and other is not trig and other.entry.type == "protest":
                other.absorbed_by = trig
                trig.entry = next(  # the noun's plain reading: the verb's asks for protesters
                    (
                        e
                        for e in lex.entries_for("protest", "noun")
                        if e.type == "protest" and e.compound is None
                    ),
                    other.entry,
                )
                return


def _take_means_of_harm(trig: Trigger, at: dict[int, Trigger], ont: Ontology) -> None:
    """'Predator attacks killed eight', 'murdered in an attack': the attack noun says how."""
    if trig.nominal or trig.entry.cameo != "180":
        return
    tok = trig.token
    means = children(tok, SUBJECT_DEPS) + [
        p for prep in prep_children(tok, ("in", "by")) for p in pobjs(prep)
    ]
    for m in means:
        other = at.get(m.i)
        if other is not None and other.nominal and ont[other.entry.type].hostile:
            other.absorbed_by = trig
            trig.entry = other.entry
            trig.means = other
            return


# ----------------------------------------------------------------------------- drafts


def _actors_of(trig: Trigger, lex: Lexicon, ont: Ontology) -> tuple[list[Token], list[Token]]:
    """Actor and target head tokens from the dependency structure."""
    tok = trig.token
    if trig.nominal:
        actors, targets = _nominal_arguments(
            tok,
            lex,
            trig.entry.type in FLOW_TYPES | VOICED_TYPES,
            trig.entry.type in GATHERINGS,
            climb=not trig.presupposed,  # the clause answering an attack did not make it
            trip=trig.entry.type in TRIP_TYPES,
        )
        if trig.entry.type == "visit":
            targets += _visited(tok)  # 'is due in Moscow', "the minister's arrival in Seoul"
            targets += _here(tok)  # 'on a three-day visit here'
        if trig.entry.type == "threat" and not targets:
            targets = _penalised(tok, lex)  # "Canada's threat of reprisals against Paris"
        return actors, targets
    subjs = subjects(tok)
    if any_lemma(tok, lex, YIELDED_TO):  # 'the town fell to the rebels': they took it
        takers = prep_objects(tok, ("to",))
        return takers, [t for s in subjs for t in _named_or_national(content_head(s))]
    actors = [o for a in subjs for o in _event_owners(a, lex)]
    if included := _included_parties([content_head(s) for s in subjs]):
        actors = included  # 'Caribbean countries including Jamaica and Barbados promised'
    if trig.entry.type in GATHERINGS and (among := _among_the_doers(tok)):
        actors = among  # 'Blair and Mbeki are among the leaders attending'
    if not actors and is_passive(tok) and any_lemma(tok, lex, TOLD_OF):
        actors = _holders_of_view(tok)  # 'Manila was told of Tokyo's concern': Tokyo's
    if not actors and trig.entry.type == "concession" and is_passive(tok):
        actors = _held_by(tok)  # 'Britons held by the US will be returned': the US returns
    if trig.entry.type == "meeting" and (met := _gathering_subject_parties(tok)):
        actors = met  # 'talks between Iran and Iraq resumed', '… were held in Geneva'
    if not actors and trig.entry.type == "meeting" and is_passive(tok):
        actors = _permitted_by_the_deal(tok, lex)  # 'deals are sought to allow the UK to …'
    if not actors and trig.entry.type in ("pledge", "agreement") and is_passive(tok):
        actors = children(tok, PASSIVE_SUBJECT_DEPS)  # 'Vietnam is committed to …'
        actors = [  # 'a deal between the two countries was signed': the parties signed it
            p for a in actors for p in (_parties_of(a) or [a])
        ]
    if not actors and trig.entry.type == "agreement" and accord_made(tok):
        actors = _parties_acting_under(tok, lex)  # 'suspended work under a deal reached in Paris'
    objs = objects(tok)
    targets = [
        o
        for o in objs
        if is_personish(o)
        or is_countryish(o)
        or o.ent_type_ in ("ORG", "GPE", "NORP", "PERSON")
        or _untagged_place(o)  # 'bombed Sanaa', a town the parser did not tag
        or names_a_body(o)  # 'accused the fund', the IMF named before
        or navy_prefixed(o)  # 'attacked the USS Stark': the ship, its navy's
        or (trig.entry.dative and any_lemma(o, lex, lex.word_class("state_people")))
        # 'Ministers … were granted pounds 349m': people of a state, given the sum
        or (_names_a_pair(o) and not is_passive(tok))  # 'urged both countries to …'
        or (o.dep_ == "dative" and o.lower_ in COUNTRY_NAMES)  # 'lent Senegal 90 mln francs'
        or _half_of_a_land(o)  # 'accused the South', South Korea named before
        or (trig.entry.type == "clash" and any_lemma(o, lex, _outlaw_words(lex)))
    ]  # 'fought Tamil Tiger rebels': the other side of a battle, of any country
    targets += _included_parties(objs)  # 'asked four countries, including Britain and China'
    if (
        not is_passive(tok)
        or children(tok, ("agent",))
        or ont[trig.entry.type].hostile
        or trig.entry.type == "threat"  # 'Malawian soldiers would be treated as enemy troops'
        or trig.entry.cameo in JUDGED_CAMEOS  # 'two British men were convicted': Britain
        or sets_captives_free(trig.entry.cameo, tok, lex)
        # 'two French hostages were freed': France's ('were turned back' at a border: none)
        or trig.entry.dative  # 'Britain was granted pounds 349m': the one given the sum
    ):
        targets += [  # not the doer's own word: 'sent Mr Bush his congratulations'
            m
            for o in objs
            for m in national_modifiers(o)
            if not (m.tag_ == "PRP$" and o in trig.words)
        ]
    elif trig.entry.type in MOVEMENT_TYPES and not trig.entry.dative:
        targets = []  # 'North Korean troops were sent': the subject moves, it is no target
    for agent in [  # 'welcomed the decision by India and Pakistan': whose decision it is
        content_head(p)
        for o in objs
        if o.dep_ in OBJECT_DEPS and pos_of(o) == "noun"
        for prep in prep_children(o, ("by",))
        for p in pobjs(prep)
    ]:
        named = agent.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or is_personish(agent)
        targets += [agent] if named else national_modifiers(agent)  # '… by Israeli jets'
    # 'imposed sanctions on Iran', 'sanctions on Iran were extended' (not 'agreements with
    # Iran were sealed': a gathering's partner, with its other side left unsaid)
    light_deps = (
        OBJECT_DEPS if trig.entry.type in GATHERINGS else OBJECT_DEPS | PASSIVE_SUBJECT_DEPS
    )
    light_objects = [w for w in trig.words if w != tok and w.dep_ in light_deps]
    closed = light_objects or ([] if objs else subjs)  # 'the embassy will close'
    targets += _hosts_of_posts(tok, closed, lex)  # 'closed its embassy in Tehran'
    if trig.entry.type == "visit" and any_lemma(tok, lex, DEPART_VERBS):
        left = {m for o in objs for m in (o, *national_modifiers(o))}
        targets = [t for t in targets if t not in left]  # 'left Beirut for Damascus'
    if trig.entry.type == "visit" and trig.entry.prep is not None and "in" in trig.entry.prep:
        targets += _visited(tok)  # 'arrived in Moscow': the country visited
    if trig.entry.type == "visit":
        here = _here(tok)  # 'arrived here on Tuesday'
        targets = here if here == [tok] else targets + here  # 'X, who arrived on Sunday'
    launched = ont[trig.entry.type].hostile and any_lemma(tok, lex, LAUNCH_VERBS)
    # 'were deported from Guinea': the state they are put out of puts them out (not 'were
    # expelled from the athletes' village')
    expelled = is_passive(tok) and any_lemma(tok, lex, EXPELLING_VERBS)
    origins: list[Token] = []
    stranded = _stranded_partners(tok, lex) if trig.entry.type == "meeting" else []
    # 'called its envoy back from Lima': the parser hangs 'from' on the particle 'back'
    particles = [c for c in tok.children if c.lower_ in (trig.entry.prt or ())]
    if trig.entry.type == "agreement":
        targets += _settled_with(tok, lex)  # 'agreed to pay $10m to settle charges brought by X'
    for prep in [
        *(p for t in (tok, *light_objects) for p in prep_children(t, TARGET_PREPS)),
        *(p for o in _agreed_objects(trig, objs) for p in prep_children(o, ("with",))),
        *(p for t in particles for p in prep_children(t, ("from",))),  # not 'back to Baghdad'
        *_stood_by(tok, trig.entry),  # 'stood by the rebels': whom it backs
        *stranded,
        *_blamed_on(tok, objs, lex),
    ]:
        if after_distance(prep):
            continue  # '10 km from Basra' says where
        if launched and prep.lower_ == "from":  # 'fired from Lebanon at Israel': the origin
            origins += [o for p in pobjs(prep) for o in _named_or_national(content_head(p))]
            continue
        if expelled and prep.lower_ == "from":
            origins += [p for p in map(content_head, pobjs(prep)) if is_countryish(p)]
            continue
        for p in pobjs(prep):
            if p.lower_ in SUSPECTED_GROUNDS:  # 'arrested two employees on suspicion of
                continue  # exporting equipment to the Soviet Union': the grounds, no party
            p = content_head(p)
            if p.ent_type_ in TIME_ENTS:  # 'said on Friday': a time, no party
                continue
            if p.ent_type_ or is_personish(p) or is_pronoun(p) or _untagged_place(p):
                targets.append(p)
            elif trig.entry.type == "clash" and any_lemma(p, lex, _outlaw_words(lex)):
                targets.append(p)  # 'clashed with Taliban rebels': the other side of a battle
            else:  # 'fired at the Iraqi port of Basra'
                targets += _traded_to(p, lex) or national_modifiers(p) or _traded_from(p, lex)
    if origins and not actors:
        actors = origins
    if trig.entry.type in FORCE_MOVES and not actors:
        forces = [content_head(o) for o in children(tok, ANY_SUBJECT_DEPS | OBJECT_DEPS)]
        actors = forces
    if trig.entry.type in RECEIVED_TYPES and any_lemma(tok, lex, RECEIVE_VERBS):
        return _suppliers(tok, objs), actors  # 'Iran acquired Chinese-made missiles'
    told = trig.entry.type in TOLD_TYPES and any(o.dep_ in OBJECT_DEPS for o in targets)
    for xc in children(tok, ("xcomp", "advcl")):  # 'sent troops to help Russia('s campaign)'
        if told and xc.dep_ == "xcomp":  # 'asked their U.S. counterparts to exempt Canada':
            continue  # the party asked is the target, not whom it is asked to act on
        if xc.tag_ == "VB" and any(c.lower_ == "to" for c in xc.children):
            targets += [
                o
                for o in _owners(children(xc, OBJECT_DEPS))
                if o.ent_type_ in ("GPE", "ORG", "NORP", "PERSON")
            ]
    if trig.entry.type == "threat" and not targets:
        targets = [t for w in (tok, *light_objects) for t in _penalised(w, lex)]
    return actors, _dedupe(targets, actors)


def _settled_with(verb: Token, lex: Lexicon) -> list[Token]:
    """Who brought the claim an agreement settles (``settlements``: 'agreed to pay $10m to
    settle charges brought by the SEC', 'agreed to settle an investigation by the FSA'): the
    other party to the deal."""
    steps = [verb]
    for _ in range(3):  # agreed → to pay → to settle
        steps += [
            c
            for t in steps
            for c in children(t, ("xcomp", "advcl", "conj"))
            if any_lemma(c, lex, SETTLEMENTS["steps"]) and c not in steps
        ]
    claims = [o for t in steps if any_lemma(t, lex, SETTLEMENTS["verbs"]) for o in objects(t)]
    bringers = [
        prep
        for claim in claims
        for t in (claim, *(c for c in claim.children if c.dep_ == "acl"))
        for prep in children(t, ("agent",)) + prep_children(t, ("by",))
    ]
    return [content_head(p) for prep in bringers for p in pobjs(prep)]


def _agreed_objects(trig: Trigger, objs: list[Token]) -> list[Token]:
    """The objects of an active agreement verb, whose 'with' phrase names the other party ('agreed
    a trade package with China'); not a passive's subject ('the agreements with Iran were
    sealed': a gathering's partner, its other side left unsaid)."""
    if trig.entry.type != "agreement" or is_passive(trig.token):
        return []
    return [o for o in objs if o.dep_ in OBJECT_DEPS]


def settles_a_claim(verb: Token, lex: Lexicon) -> bool:
    """Whether an agreement verb settles a claim brought by someone ('agreed to pay $10m to
    settle charges brought by the SEC') or agrees a settlement ('agreed settlements with the
    SEC'): a firm's deal with the state that charged it, no business news."""
    return bool(_settled_with(verb, lex)) or any(
        o.lower_ in SETTLEMENTS["nouns"] for o in objects(verb)
    )


def _outlaw_words(lex: Lexicon) -> frozenset[str]:
    """Nouns of armed groups and irregulars ('rebels', 'militiamen', 'gunmen')."""
    return lex.word_classes("armed_group", "irregulars")


PENALTY_PREPS = ("against", "on")


def _penalised(word: Token, lex: Lexicon) -> list[Token]:
    """Whom the penalty a threat names is aimed at: its object or 'of' noun, or the verb of
    its infinitive, with an 'against'/'on' phrase ('threatened retaliation against France',
    'the threat of sanctions on Iran', 'its threat to retaliate against Paris')."""
    penalties = objects(word) if pos_of(word) == "verb" else prep_objects(word, ("of",))
    penalties += [c for c in word.children if c.dep_ in ("acl", "xcomp") and is_to_infinitive(c)]
    return [
        m
        for p in penalties
        for q in prep_objects(p, PENALTY_PREPS)
        for m in _named_or_national(content_head(q)) or _traded_from(content_head(q), lex)
    ]


def _holders_of_view(verb: Token) -> list[Token]:
    """The owners of what a verb of telling says after 'of' or 'about' ('was told of
    Washington's concern', 'informed about U.S. concern'): whose view was conveyed."""
    views = prep_objects(verb, ("of", "about"))
    return [  # 'of U.S. concern': the national modifier
        o for v in views for o in children(v, ("poss",)) or national_modifiers(v)
    ]


def _blamed_on(verb: Token, objs: list[Token], lex: Lexicon) -> list[Token]:
    """The 'on' phrase the parser hangs on the object of a verb of blame: it names whom the
    act is laid on ('blamed the blasts on the rebels')."""
    if not any_lemma(verb, lex, BLAMED_ON):
        return []
    return [prep for o in objs for prep in prep_children(o, ("on", "upon"))]


def _traded_to(noun: Token, lex: Lexicon) -> list[Token]:
    """The countries a flow of trade goes to ('an embargo on American exports to Iran', 'a
    ban on arms sales to South Africa'): those the measure hits, not the maker the adjective
    names (the doer's own exports)."""
    if not any_lemma(noun, lex, TRADE_FLOWS):
        return []
    return [m for g in prep_objects(noun, ("to",)) for m in _country_or_nationals(g)]


def _traded_from(noun: Token, lex: Lexicon) -> list[Token]:
    """Whose goods a flow of trade names after 'of' or 'from' ('duties on imports of Korean
    steel', 'a ban on shipments from Japan'): the country the measure hits."""
    if not any_lemma(noun, lex, TRADE_FLOWS):  # '300 mln dlrs of Korean goods': through the
        # amount to the flow it counts
        flows = prep_objects(noun, ("of",))
        return [
            m
            for f in flows
            if any_lemma(f, lex, TRADE_FLOWS)
            for m in _country_or_nationals(f) or _traded_from(f, lex)
        ]
    goods = prep_objects(noun, ("of", "from"))
    if any_lemma(noun, lex, OUTWARD_FLOWS):  # 'curbs on exports to Iran': the buyer is hit
        goods += prep_objects(noun, ("to",))
    return [m for g in goods for m in _country_or_nationals(g)]


def _hosts_of_posts(verb: Token, objs: list[Token], lex: Lexicon) -> list[Token]:
    """The places an embassy, consulate or mission opened or closed is in ('closed its
    embassy in Tehran', 'the embassy in Tehran will close', 'opened new missions in Baghdad
    and Kabul', the 'in' hung on the verb): the host states."""
    posts = [o for o in objs if any_lemma(o, lex, lex.word_class("post_abroad"))]
    preps = [prep for o in posts for prep in prep_children(o, ("in",))]
    preps += prep_children(verb, ("in",)) if posts else []
    places = [content_head(p) for prep in preps for p in pobjs(prep)]
    return with_conjuncts([p for p in places if p.ent_type_ not in TIME_ENTS])


POST_ACT_TYPES = frozenset({"sanction", "threat", "cooperation"})
"""Types of opening or closing a post abroad (161 / 131 while planned, 054)."""


def _unowned_posts(actors: list[Token], lex: Lexicon) -> bool:
    """Whether every doer is an embassy, consulate or mission that no word gives an owner
    ('nine embassies will close', not 'a World Bank mission'): the posts of whoever
    announces what befalls them."""
    return bool(actors) and all(
        any_lemma(a, lex, lex.word_class("post_abroad"))
        and not children(a, ("poss", "compound"))
        and not national_modifiers(a)
        for a in actors
    )


def _ends_a_firm_name(tok: Token) -> bool:
    """A country's name that ends an organisation's ('control of Air Jamaica')."""
    return tok.ent_type_ == "ORG" and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.lefts
    )


PLACE_SOURCES = frozenset({"place", "country", "capital"})
STATE_SOURCES = frozenset({"country", "capital"})


NATIONALS = frozenset(_WORDS["nationals"])  # 'Iraqi nationals', 'British journalists'
PROMISED_REMOVALS = {
    k: frozenset(v) for k, v in _WORDS["promised_removals"].items() if k != "about"
}
CROWD_COUNTS = frozenset(_WORDS["crowd_counts"]["words"])  # 'thousands of Armenians rallied'
CROWD_AWAY_PREPS = frozenset(_WORDS["crowd_counts"]["away_preps"])  # 'marched into Zaire'


def _nationals(tok: Token, lex: Lexicon) -> bool:
    """People of a nation ('@people'): a noun the gazetteer knows as a people ('25 Britons',
    'the Iraqis') or a noun of people of ``nationals`` that a nation's adjective or name
    describes ('40 Iraqi nationals', 'three British journalists'); not 'its nationals'."""
    term = Gazetteer.default().lookup(tok.text)
    if term is not None and term.source == "people":
        return True
    return any_lemma(tok, lex, NATIONALS) and any(
        c.dep_ in ("amod", "compound") and is_countryish(c) for c in tok.children
    )


def _counted_nationals(tok: Token, lex: Lexicon) -> bool:
    """People of a nation counted as a crowd ('thousands of Armenians', 'tens of thousands of
    Argentines'): the people noun is the 'of' object of a crowd count (``crowd_counts``)."""
    count = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    return count is not None and count.lower_ in CROWD_COUNTS and _nationals(tok, lex)


def _gone_away(verb: Token) -> bool:
    """The verb takes its doers somewhere ('marched into Zaire', 'marched out of the town')."""
    return any(
        c.dep_ in ("prep", "prt", "advmod") and c.lower_ in CROWD_AWAY_PREPS for c in verb.children
    )


def _known_leader(tok: Token) -> bool:
    """A proper name the entity tagger took for a place or a body that the actor tables know
    as a person ('Vajpayee arrived here yesterday', 'Hadi arrived in Riyadh'): a leader or
    official named by surname alone, the subject of a person's act."""
    if tok.pos_ != "PROPN" or tok.ent_type_ not in ("GPE", "ORG", "LOC", "NORP", ""):
        return False
    name = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [tok]
    term = Gazetteer.default().lookup(" ".join(t.text for t in name))
    return term is not None and term.kind == "person"


def _untagged_place(tok: Token) -> bool:
    """A proper name the entity tagger missed or took for a person that the gazetteer knows
    as a state, capital, town or region ('recaptured Bukavu', 'seized Lashkar Gah', 'bombed
    Sanaa', 'sanctions on Belarus'); a lone capital or state the tagger took for a body
    ('went to Kinshasa') or a language ('left for Tunis this morning')."""
    if tok.pos_ != "PROPN" or tok.ent_type_ not in ("", "PERSON", "ORG", "LANGUAGE"):
        return False
    name = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [tok]
    term = Gazetteer.default().lookup(" ".join(t.text for t in name))
    if tok.ent_type_ == "ORG":
        return len(name) == 1 and term is not None and term.source in STATE_SOURCES
    return term is not None and term.source in PLACE_SOURCES


def _included_parties(nouns: list[Token]) -> list[Token]:
    """The states an 'including' phrase names inside a group ('at least four countries,
    including the United States, Britain and China'; 'ships including a Kuwaiti tanker' names
    Kuwait). Not parties, firms or people ('party leaders, including the Communists')."""
    found: list[Token] = []
    for noun in nouns:
        for prep in prep_children(noun, ("including",)):
            for p in pobjs(prep):
                found += _country_or_nationals(content_head(p))
    return found


def _country_or_nationals(tok: Token) -> list[Token]:
    """The token when it names a country, else the national modifiers on it ('Italian
    pasta': Italian); unlike ``_named_or_national``, no other place, people or body."""
    return [tok] if is_countryish(tok) else national_modifiers(tok)


def _among_the_doers(verb: Token) -> list[Token]:
    """Who is said to be 'among' the people a participle describes: 'Blair and Mbeki are
    among the leaders attending the forum' names Blair and Mbeki as attending."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.dep_ != "pobj" or noun.head.lower_ != "among":
        return []
    return [
        content_head(s)
        for s in with_conjuncts(children(noun.head.head, SUBJECT_DEPS))
        if not is_pronoun(s)
    ]


def _in_a_named_place(tok: Token) -> bool:
    """A country, city or region after 'in' on the word ('is due in Europe')."""
    return any(
        p.ent_type_ in PLACE_ENTS for prep in prep_children(tok, ("in",)) for p in pobjs(prep)
    )


def _titled_person(tok: Token, lex: Lexicon, words: frozenset[str]) -> bool:
    """A named person whose title is among ``words`` ('President Vladimir Putin')."""
    return tok.ent_type_ == "PERSON" and any(
        c.dep_ == "compound" and any_lemma(c, lex, words) for c in tok.children
    )


def _visited(tok: Token) -> list[Token]:
    """The places a visit word names after 'in' ('arrived in Moscow', 'is due in Moscow')."""
    return [p for prep in prep_children(tok, ("in",)) for p in pobjs(prep) if p.ent_type_ == "GPE"]


def _here(tok: Token) -> list[Token]:
    """'here' as the place of a visit word: on the word itself ('arrived here', 'a visit
    here'), or on what the preposition of a visit noun hangs on ('is here on a visit', 'X,
    here on a three-day visit'): the place of the dateline, resolved by the pipeline."""
    nodes = [tok]
    if tok.dep_ == "pobj" and tok.head.lower_ in ("on", "during"):
        nodes.append(tok.head.head)
    here = [
        t
        for node in nodes
        for t in (node, *node.children)
        if t.lower_ == "here" and t.dep_ == "advmod" and t is not tok
    ]
    return here or _bare_arrival(tok)


def _gathering_guarded(trig: Trigger, lex: Lexicon) -> bool:
    """A meeting noun that is the object of a verb of guarding ('some 10,000 soldiers and
    police guarded the meeting', 'troops protected the summit'): those who guard it are no
    parties to it, and the gathering is told elsewhere."""
    tok = trig.token
    return (
        trig.nominal
        and trig.entry.type in GATHERINGS
        and tok.dep_ == "dobj"
        and any_lemma(tok.head, lex, GUARD_WORDS)
    )


def _craft_met(trig: Trigger, lex: Lexicon) -> bool:
    """A verb of meeting whose subject is a ship or a warplane (``MEETING_CRAFT``: 'the guided
    missile cruiser Fox and two frigates met the gas carrier off Dubai', 'Iraqi warplanes met
    Iranian jets'): ships joining up at sea or armed craft meeting in battle hold no talks."""
    tok = trig.token
    if trig.nominal or trig.entry.type != "meeting":
        return False
    heads = [h for s in children(tok, ("nsubj",)) for h in (s, *children(s, ("conj",)))]
    named = [c for h in heads if h.pos_ == "PROPN" for c in children(h, ("compound",))]
    return any(_inflects(t, lex, MEETING_CRAFT) for t in (*heads, *named))


def _trial_to_come(trig: Trigger, cameo: str) -> bool:
    """A state's trial still to come, its legal process announced and no threat: trying
    people ('Italy would try the four men'), or the trial of people of a named nation ('would
    press ahead with the trial of two French agents'; a company chief's retrial at home is
    no state's act)."""
    tok = trig.token
    if cameo != "173" or tok.lower_ not in TRIAL_FORMS:
        return False
    if not trig.nominal:
        return True
    return any(national_modifiers(o) for o in prep_objects(tok, ("of",)))


def _thing_threatens(trig: Trigger, lex: Lexicon) -> bool:
    """A verb of threatening whose subject is a happening, not a party ('the war threatens
    the economies of the region', 'the war, which threatens the region', 'attacks on shipping,
    which they said threatened the economies …', the relative pronoun standing for the noun
    its clause hangs on; 'the U.S. claims the EC directive … threatens to cut shipments', the
    subject the parser took for the object of the verb above): a danger, no threat made."""
    tok = trig.token
    if trig.nominal or trig.entry.type != "threat":
        return False
    subjs = children(tok, ("nsubj",))
    if not subjs and tok.dep_ in ("ccomp", "advcl"):  # 'claims the EC directive … threatens to cut
        # shipments': the parser took the clause's subject for the object of the verb above
        subjs = children(tok.head, ("dobj",))
    for subj in subjs:
        if subj.lower_ in ("which", "that"):
            clause = next((a for a in (tok, *tok.ancestors) if a.dep_ == "relcl"), None)
            subj = clause.head if clause is not None else subj
        nouns = (subj, subj.head.head) if subj.dep_ == "pobj" else (subj,)  # 'attacks on ships'
        if any(_inflects(n, lex, THREATENING_THINGS) for n in nouns):
            return True
    return False


def _placeless_arrival_entry(trig: Trigger) -> bool:
    """Whether a visit was read off an arrival verb by an entry that asks for no place."""
    entry = trig.entry
    return (
        entry.type == "visit"
        and entry.prep is None
        and entry.prt is None
        and not trig.nominal
        and trig.token.lower_ in ARRIVE_FORMS
    )


def _bare_arrival(tok: Token) -> list[Token]:
    """An arrival that names no place at all ('Arens, who arrived on Sunday, is …', 'the
    minister arrived last night'): an arrival where the dateline is, the word itself standing
    for 'here'; not one that names where ('arrived in', 'at', 'home', 'back', 'there')."""
    if tok.pos_ != "VERB" or tok.lower_ not in ARRIVE_FORMS:
        return []
    if any(c.lower_ in BARE_ARRIVAL_NOT for c in tok.children):
        return []
    if any(  # 'arrived by car', 'arrived on an Irish passport': a manner, not only a time
        c.dep_ == "prep" and not all(p.ent_type_ in TIME_ENTS for p in pobjs(c))
        for c in tok.children  # 'arrived for the talks': the talks are the news
    ):
        return []
    doers = [content_head(s) for s in subjects(tok)]
    doers = [tok.head if d.lower_ in ("who", "that") and tok.dep_ == "relcl" else d for d in doers]
    if not doers or any(d.tag_ in ("NNS", "NNPS") for d in doers):
        return []  # 'before the Indians arrived', 'gunmen who arrived': people, no envoy
    return [tok]


def _custodians(tok: Token) -> list[Token]:
    """Whose custody a blow falls in ('died of torture while in Israeli police custody',
    'was beaten in American military custody'): the national modifiers of the custody noun
    after 'in' on the word's clause."""
    for node in (tok, *(anc for anc, _ in _ancestors(tok, 4))):
        for prep in node.children:  # 'while in …' may hang as a clause
            if prep.lower_ != "in" or prep.dep_ not in ("prep", "advcl"):
                continue
            for p in pobjs(prep):
                if p.lower_ in CUSTODY_NOUNS:
                    return national_modifiers(p)
    return []


def _named_or_national(tok: Token) -> list[Token]:
    """The token itself when it names a place or party, else its national modifiers
    ('from Iranian territory': Iranian)."""
    if tok.ent_type_ in ("GPE", "LOC", "NORP", "ORG") or is_countryish(tok):
        return [tok]
    return national_modifiers(tok)


def _hit_parties(verb: Token) -> list[Token]:
    """The parties an armed verb's objects name ('destroyed two Iranian platforms': Iranian),
    or those of the act it is done by ('retaliated … by shelling Kuwait': Kuwait)."""
    acts = [verb] + [
        c for p in prep_children(verb, ("by",)) for c in p.children if c.dep_ == "pcomp"
    ]
    return [m for act in acts for o in objects(act) for m in _named_or_national(o)]


def _penalty_paid(trig: Trigger, etype: str, lex: Lexicon) -> Token | None:
    """The verb of paying a fine or penalty a sanction is told by, itself or the act a verb of
    agreeing or being made to names ('agreed to pay a dollars 1.5m fine', 'had to pay a
    penalty'): a sanction its payer suffers (``penalty_paying``). Not an order to pay ('was
    ordered by a US court to pay a fine'), which the one ordering does."""
    if etype != "sanction" or trig.nominal:
        return None
    own = any_lemma(trig.token, lex, PENALTY_PAYING["verbs"])
    if _pays_to_settle(trig, lex):
        return None  # 'agreed to pay a fine to settle the investigation by the FSA': a deal
    if trig.entry.type == "sanction" and not own:
        return None  # 'was ordered by a US court to pay a fine': the court's order
    for t in (trig, *trig.complements):
        if t.entry.type == "sanction" and any_lemma(t.token, lex, PENALTY_PAYING["verbs"]):
            return t.token
    return None


def _pays_to_settle(trig: Trigger, lex: Lexicon) -> bool:
    """A payment that settles a claim ('agreed to pay a fine to settle the investigation by the
    FSA', '… to settle charges'): the firm's settlement, an agreement, no fine imposed."""
    if trig.entry.type == "agreement" and settles_a_claim(trig.token, lex):
        return True
    return any(
        any_lemma(c, lex, SETTLEMENTS["verbs"])
        for t in (trig, *trig.complements)
        for c in children(t.token, ("xcomp", "advcl"))
    )


def _penalty_takers(verb: Token) -> list[Token]:
    """Who takes the fine or penalty a verb of paying names ('paid a dollars 1m fine to the
    Department of Justice', 'pay the SEC a penalty'): the one who fines; none named, the sanction
    has no doer (``penalty_paying``)."""
    penalties = [o for o in children(verb, ("dobj",)) if o.lower_ in PENALTY_PAYING["nouns"]]
    takers = prep_objects(verb, ("to",)) + children(verb, ("dative",))
    takers += [t for p in penalties for t in prep_objects(p, ("to",))]  # 'a fine to the SEC'
    return [content_head(t) for t in takers if t.ent_type_ not in ("DATE", "TIME")]


def _suppliers(verb: Token, objs: list[Token]) -> list[Token]:
    """Who supplied what a receiving verb's subject got: 'from China', 'Chinese-made missiles',
    'won support from Egypt' (the 'from' the parser hangs on the object)."""
    out = prep_objects(verb, ("from",))
    for obj in objs:
        out += [o for o in prep_objects(obj, ("from",)) if o not in out]
        for mod in obj.children:
            if mod.dep_ == "amod" and mod.lower_ in MAKER_WORDS:
                out += [c for c in mod.children if c.dep_ in ("npadvmod", "compound", "nmod")]
    return out


VENUE_PREPS = frozenset({"at", "in"})
"""Prepositions naming where a gathering is held, not who takes part."""


def _misplaced_preps(noun: Token) -> list[Token]:
    """Phrases of an event noun the parser hangs lower or higher: an 'of' or 'by' after a day
    named on the noun ('the capture on Sunday of Libya's base'), a 'by' after its 'of' object
    ('the capture of the base by Chadian troops') and a 'by' that follows the noun on the
    active verb it is the object of ('to halt the auction of Yugansk, its main unit, by
    Russian authorities')."""
    days = [
        p
        for prep in prep_children(noun, ("on", "in", "at"))
        for p in pobjs(prep)
        if p.ent_type_ in ("DATE", "TIME")
    ]
    found = [q for d in days for q in prep_children(d, ("of", "by"))]
    ofs = [
        p
        for prep in [*prep_children(noun, ("of",)), *found]
        if prep.lower_ == "of"
        for p in pobjs(prep)
    ]
    if not prep_children(noun, ("by",)):
        found += [q for o in ofs for q in prep_children(o, ("by",))]
        found += _by_on_the_verb(noun)
    return found


def _by_on_the_verb(noun: Token) -> list[Token]:
    """A 'by' the parser hangs on the active verb whose object ``noun`` is, after the noun
    and naming no time ('halt the auction of its unit by the authorities', not 'halted the
    talks by noon')."""
    verb = noun.head
    if noun.dep_ != "dobj" or is_passive(verb):
        return []
    return [
        q
        for q in prep_children(verb, ("by",))
        if q.i > noun.i and not any(p.ent_type_ in ("DATE", "TIME") for p in pobjs(q))
    ]


def _stood_by(tok: Token, entry: Entry) -> list[Token]:
    """The preposition a support entry asks for ('stood by the rebels', 'stands behind
    Iran'): it names whom the doer backs, though it is no target preposition elsewhere."""
    if entry.type != "support" or not entry.prep:
        return []
    return [p for p in prep_children(tok, entry.prep) if p.lower_ not in TARGET_PREPS]


def _trip_place(mod: Token) -> bool:
    """A place named before a visit noun ('his Moscow trip'), or a nation's adjective once a
    possessor names the traveller ('her Soviet trip'; 'a Soviet trip' may be the Soviets')."""
    if mod.dep_ == "compound" and mod.ent_type_ == "GPE":
        return True
    return (
        mod.dep_ in ("amod", "compound")
        and mod.ent_type_ in ("GPE", "NORP")
        and any(c.dep_ == "poss" for c in mod.head.children)
    )


def _came_from(tok: Token, lex: Lexicon) -> list[Token]:
    """Who an event noun came from, when it is the subject of a verb of coming (the lexicon's
    ``coming_verb`` class) with a 'from' phrase ('the request had come from US commanders',
    'the invitation came from Beijing')."""
    if tok.dep_ != "nsubj" or not any_lemma(tok.head, lex, lex.word_class("coming_verb")):
        return []
    return prep_objects(tok.head, ("from",))


def _nominal_arguments(
    tok: Token,
    lex: Lexicon,
    flow: bool = False,
    gathering: bool = False,
    climb: bool = True,
    trip: bool = False,
) -> tuple[list[Token], list[Token]]:
    """Doers and targets of an event noun. With ``flow`` (aid, arms) the giver comes after
    'from' and whoever the clause says got it is the target ('Sudan received food aid from
    Egypt': Egypt to Sudan). With ``gathering`` (meetings, deals) the officials or the pair
    after 'of' take part ('a meeting of foreign ministers of both countries'). Without
    ``climb`` the clause the noun hangs on lends it no doer. With ``trip`` (visits) a place
    named before the noun is where it goes ('a United States lecture tour', 'his Moscow trip').
    A noun that 'came from' a party is that party's ('the request had come from US
    commanders': they asked; 'the attack on the Kuwaiti tanker came from Iran': still on the
    tanker)."""
    actors, targets = _noun_parties(tok, lex, flow, gathering, climb, trip)
    senders = _came_from(tok, lex)
    if senders:
        return senders, _dedupe(targets, senders)
    return actors, targets


def _noun_parties(
    tok: Token, lex: Lexicon, flow: bool, gathering: bool, climb: bool, trip: bool
) -> tuple[list[Token], list[Token]]:
    """Doers and targets of an event noun from its own phrase and the clause it hangs on (see
    ``_nominal_arguments``)."""
    if (
        not gathering  # 'shipped under a deal between X and Y': X and Y made the deal
        and tok.dep_ == "pobj"
        and tok.head.lower_ in UNDER_WORDS
        and pos_of(tok.head.head) == "verb"
    ):  # 'the Guards were under assault from warplanes': the subject suffers it
        # 'came under repeated Iranian attack': the adjective names the attacker
        doers = prep_objects(tok, ("from", "by")) or [
            m
            for m in national_modifiers(tok)
            if m.dep_ == "amod"
            and _opposed(m) is None
            and any_lemma(tok, lex, lex.word_class("assault"))  # not 'under French occupation'
        ]
        sufferers = children(tok.head.head, SUBJECT_DEPS)  # "its positions": the speaker's
        return doers, sufferers + [m for s in sufferers for m in national_modifiers(s)]
    faced = _blame_faced(tok, lex)
    if faced is not None and not prep_objects(tok, ("from", "by")) + prep_objects(
        faced, ("from", "by")
    ):
        return [], []  # 'Regan has come in for tough criticism': blame as a state of affairs,
        # no one named who blames ('faced charges from the SEC' is read below)
    undone = _undone_act(tok, lex)
    if undone is not None:  # 'the lifting of U.S. sanctions against Poland': the U.S. lifts
        aimed = [content_head(p) for p in prep_objects(undone, ("against", "on"))]
        return national_modifiers(undone), aimed + [m for a in aimed for m in national_modifiers(a)]
    actors: list[Token] = []
    targets: list[Token] = []
    victim = any_lemma(tok, lex, VICTIM_NOUNS)
    held = any_lemma(tok, lex, VICTIM_OF_NOUNS) and not prep_children(tok, ("of",))
    struck = False  # a place of terror named: no clause above lends the doer
    for c in tok.children:
        if victim and c.dep_ == "poss" and not prep_children(tok, ("of",)):
            targets.append(c)  # "his assassination", "the minister's murder": done to him
            continue
        if held and c.dep_ == "poss" and _held_owner(c, lex):
            targets.append(c)  # "Khodorkovsky's arrest", "his trial": he is held or tried
            continue
        against = _opposed(c)
        if against is not None:  # 'anti-French demonstrations' are aimed at France
            targets += [c] if against else []
            continue
        if c.dep_ == "compound" and _names_the_venue(c, tok, lex):
            continue  # 'the Tokyo summit', 'the Doha development talks': where, not who
        if _terror_struck_place(c, tok, lex):
            targets.append(c)  # 'the US terror attacks': where they struck, not who
            struck = True
            continue
        if trip and _trip_place(c):
            targets.append(c)  # 'his Moscow trip', 'her Soviet trip': where she goes
            continue
        if (
            c.dep_ == "poss"
            and c.ent_type_ not in ("DATE", "TIME")  # "Tuesday's raid" names no doer
            or c.dep_ in ("amod", "compound", "nmod")
            and c.ent_type_ in ("GPE", "NORP", "ORG")
            and not opening_adjective(c)
            or c.dep_ == "compound"
            and c.lower_ in GOVERNMENT_COMPOUNDS  # 'government requests for funding'
            and not c.ent_type_
        ):
            actors.append(c)
            actors += hyphened_partners(c)  # 'Soviet-Iranian trade talks': both
    if not actors:
        actors = [
            m
            for m in national_modifiers(tok)
            if m.dep_ != "poss"
            and not opening_adjective(m)
            and m not in targets  # not the place of a trip
            and _opposed(m) is None
            and not (m.dep_ == "compound" and _names_the_venue(m, tok, lex))
        ]
    gathered = _gathered_doers(tok) if gathering and not actors else None
    if gathered is not None and gathered.head == tok:
        actors = [gathered]  # 'Nato ministers meeting in Brussels', read as one noun
    givers: list[Token] = []
    preps = prep_children(tok) + _misplaced_preps(tok)
    if gathering:  # 'a meeting at the American mission with the Soviet team': where, and who;
        # 'talks at Riyadh': where; 'meetings at the Dutch ministries': still with them
        at = [p for p in preps if p.lower_ in VENUE_PREPS]
        venues = [content_head(p) for prep in at for p in pobjs(prep)]
        hosted = [q for v in venues for q in prep_children(v, ("with",))]
        if hosted or all(v.ent_type_ in ("GPE", "LOC", "FAC") for v in venues):
            preps = [p for p in preps if p not in at] + hosted
    yielded = any_lemma(tok, lex, YIELDED_TO)
    for prep in preps:
        low = prep.lower_
        objs = [content_head(p) for p in pobjs(prep)]
        if low in ACTOR_PREPS or (yielded and low == "to"):  # 'the fall of X to the rebels'
            actors.extend(objs)
        elif flow and low == "from":
            givers += objs
        elif low == "of":  # 'the deployment of Russian troops' vs 'the blockade of Serbia'
            for o in objs:
                if victim or any_lemma(tok, lex, VICTIM_OF_NOUNS):  # done to them
                    # 'the killing of Hariri', 'the abduction of two Britons', 'the arrest of X'
                    targets += [o, *national_modifiers(o)]
                elif any_lemma(tok, lex, PATIENT_OF_NOUNS) and o.ent_type_ != "PERSON":
                    # 'the destruction of the Ivory Coast's air force': the forces suffer it
                    targets += [o] if o.ent_type_ in ("GPE", "NORP", "ORG") else []
                    targets += national_modifiers(o)
                elif (
                    any_lemma(o, lex, lex.word_class("force"))
                    or o.ent_type_ == "PERSON"
                    or (gathering and (_names_a_pair(o) or _officials_of_a_party(o, lex)))
                ):
                    actors.append(o)
                elif o.ent_type_ in ("GPE", "NORP", "ORG"):
                    targets.append(o)
                else:
                    targets += national_modifiers(o)
        elif low == "in" and any_lemma(tok, lex, lex.word_class("cameo_ceasefire")):
            # 'a ceasefire in the war between Iran and Iraq': the war's parties stop firing
            actors += [p for o in objs if o.lower_ in TRUCE_WARS for p in _parties_of(o)]
        elif low in TARGET_PREPS:  # 'a raid on a refugee camp', 'an attack on a Turkish base'
            targets += objs + [m for o in objs for m in national_modifiers(o)]
            # 'duties on imports of Danish cheese': whose goods the measure hits
            targets += [m for o in objs if not national_modifiers(o) for m in _traded_from(o, lex)]
    if not actors and (bringers := _faced_from(tok, lex)):  # 'Monsanto faced charges from
        actors = bringers  # the SEC': the SEC charges Monsanto
        targets += [s for s in subjects(tok.head) if s != tok]
    verb = tok
    unclimbed = not climb or struck or (targets and not actors and _opposed(targets[0]))
    for _ in range(0 if unclimbed else 4):
        if verb.head == verb:
            break
        verb = verb.head
        if verb.dep_ == "prep" and _beside(verb):
            break  # 'prices rose along with unrest', 'closed its embassy amid protests'
        if verb.dep_ == "prep" and _topic_phrase(verb, lex):
            break  # 'briefed diplomats on the fighting in Sudan': the briefer did not fight
        if not flow and any(c.dep_ == "expl" for c in verb.children):
            break  # 'X said there were reports of fighting': told to be, by no one named
            # (aid or arms 'there will be' stay the speaker's to give)
        if verb.dep_ == "prep" and verb.lower_ in TEMPORAL_PREPS:
            if not actors:  # '…, following talks with Y': the doer of the clause it times
                actors = _doers_of_timed_clause(verb)
            break
        if pos_of(verb) == "verb" and (any_lemma(verb, lex, UNDERGO_VERBS) or _guilty_plea(verb)):
            targets += [a for a in subjects(verb) if a != tok]  # 'a prisoner died of torture',
            break  # 'three executives pleaded guilty to fraud charges': they are charged
        if pos_of(verb) == "verb" and _punishment_taken(tok, verb, lex):
            targets += _punished(tok, verb)  # 'X received a jail sentence': X is punished
            break
        if pos_of(verb) == "verb":
            if flow and tok.head == verb and tok.dep_ in OBJECT_DEPS:  # 'got aid from Egypt'
                givers += prep_objects(verb, ("from",))
            if givers and not actors:  # 'Iran built it with help from China'
                targets += _owners([a for a in subjects(verb) if a != tok])
            elif (
                not actors
                and tok.dep_ == "nsubj"
                and tok.head == verb
                and verb.lower_ in COPULA_FORMS
                and prep_children(verb, ("by",))
            ):
                actors = [  # 'the attack on the ship was by an Iran Silkworm missile'
                    t
                    for prep in prep_children(verb, ("by",))
                    for p in pobjs(prep)
                    for t in content_head(p).subtree
                    if t == content_head(p)  # ... or a name deeper in it (a mis-parse)
                    or (t.dep_ == "compound" and t.tag_ == "NNP" and t.head != content_head(p))
                ]
            elif not actors and _responded_to(tok, verb, lex):
                pass  # 'responding to the kidnapping of X': the responder did not do it
            elif not actors and verb.lower_ in PARTAKE_VERBS and is_passive(verb):
                # 'troops were engaged in ethnic cleansing against the Kurdish minority'
                actors = [a for a in children(verb, PASSIVE_SUBJECT_DEPS) if a != tok]
                struck = prep_objects(verb, ("against",))
                targets += [m for p in struck for m in _named_or_national(p)]
            elif not actors and verb.lower_ in WEIGHED_ACT_VERBS and _told_before(tok):
                pass  # 'France regretted the attack', 'studied the legality of the strikes'
            elif not actors:
                actors = [a for a in subjects(verb) if a != tok]  # not 'the visit came'
                if verb.lower_ in SEQUENCE_VERBS and not any(
                    is_party_word(content_head(a))
                    or any_lemma(content_head(a), lex, lex.word_class("force"))
                    for a in actors
                ):
                    actors = []  # 'the evacuation follows the capture of X': not its doer
            break
    actors = actors or givers
    if actors and all(a.dep_ == "poss" and is_pronoun(a) for a in actors):
        actors = _fronted_owner(tok) or actors
    if not (actors or targets) and any_lemma(tok, lex, lex.word_class("cameo_ceasefire")):
        targets = _truce_land(tok, lex)  # 'a cease-fire took hold in Syria': Syria's war stops
    return actors, _dedupe(targets, actors)


def _told_before(tok: Token) -> bool:
    """An event noun with only 'the' before it and nothing after it ('the attack', 'the
    strikes'): an act the story told before, not one a clause or phrase of its own tells
    ('a drone strike that killed 85 villagers')."""
    return [c.lower_ for c in tok.children] == ["the"]


def _truce_land(tok: Token, lex: Lexicon) -> list[Token]:
    """The state a ceasefire noun that begins holds 'in', on itself or on its verb of
    beginning ('a truce took effect in Syria', 'a ceasefire in Yemen began on Monday'): the
    war it stops is that state's; one only said to hold is no news ('the ceasefire in Gaza
    appeared to be holding')."""
    if tok.dep_ not in SUBJECT_DEPS or not any_lemma(tok.head, lex, TRUCE_STARTS):
        return []
    lands = [content_head(p) for h in (tok, tok.head) for p in prep_objects(h, ("in",))]
    return [t for t in lands if t.ent_type_ == "GPE" and is_party_word(t)]


def _held_owner(poss: Token, lex: Lexicon) -> bool:
    """The possessor of an arrest, trial or deportation noun that is the one held or tried
    ("Khodorkovsky's arrest", "his trial", "bloggers' arrests"), not a state, body, force or
    enforcer that holds ("Moscow's arrest", "the police's detention", "its arrests")."""
    if poss.ent_type_ in ("GPE", "NORP", "ORG") or poss.lower_ == "its":
        return False
    holders = lex.word_classes("enforcers", "force", "armed_force")
    return not any_lemma(poss, lex, holders)


def _punishment_taken(noun: Token, verb: Token, lex: Lexicon) -> bool:
    """A punishment noun ('a jail sentence', 'convictions', 'a fine') that a verb of getting or
    handing out has as its object or passive subject ('received a four-month jail sentence',
    'the sentence was handed down to X', 'was given a prison term'): who gets it is punished,
    no doer."""
    return (
        noun.head == verb
        and noun.dep_ in ("dobj", "nsubjpass")
        and any_lemma(noun, lex, PUNISHMENT_NOUNS)
        and (
            any_lemma(verb, lex, PUNISHMENT_TAKEN)
            or (any_lemma(verb, lex, PUNISHMENT_GIVEN) and is_passive(verb))
        )
    )


def _punished(noun: Token, verb: Token) -> list[Token]:
    """Who gets a punishment: the subject of a verb of getting ('X received a sentence'), the
    passive subject of one of handing out ('X was given a sentence'), or its 'to' object ('the
    sentence was handed down to X')."""
    if noun.dep_ == "nsubjpass":
        return prep_objects(verb, ("to",))
    if is_passive(verb):
        return children(verb, PASSIVE_SUBJECT_DEPS)
    return [a for a in subjects(verb) if a != noun]


def _topic_phrase(prep: Token, lex: Lexicon) -> bool:
    """A phrase telling what a clause is about, whose act that clause's subject did not do:
    'about', 'over', 'concerning', 'regarding' ('quarrelled over the arrest of X'), and 'on'
    after a word of telling or asking ('briefed diplomats on the fighting', 'badgering
    Jakarta for answers on the killing of five journalists'; not 'agreed on a ceasefire')."""
    if prep.lower_ not in TOPIC_PREPS:
        return False
    return prep.lower_ != "on" or any_lemma(prep.head, lex, TELLING_WORDS)


def _responded_to(noun: Token, verb: Token, lex: Lexicon) -> bool:
    """Is the event noun what a verb of answering answers ('responded to the attack',
    'reacting to the arrest of X', 'answered the raid'), so that the answerer did not do it?
    'responded with air raids' names the answer itself."""
    if pos_of(verb) != "verb" or not _inflects(verb, lex, FORCEFUL_ANSWERS["answers"]):
        return False
    if noun.head == verb:
        return noun.dep_ in OBJECT_DEPS
    return noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head == verb


def _one_traveller(actors: list[Token]) -> bool:
    """One person or state whose arrival or return is a trip ('his return from Moscow', "the
    minister's arrival in Cairo"), not a group's ('their return', 'the workers' return')."""
    return len(actors) == 1 and (
        actors[0].lower_ in ("his", "her")
        or (is_personish(actors[0]) and actors[0].tag_ in ("NN", "NNP"))
        or actors[0].ent_type_ in ("PERSON", "GPE")
    )


def _fronted_owner(tok: Token) -> list[Token]:
    """The subject a possessive pronoun on an event noun points ahead to when the noun opens
    the sentence in a phrase before it ('On his return from Moscow, the prime minister …',
    'In a speech on Monday after her arrival in Cairo, the minister …'): that subject."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep":
        return []
    verb = prep.head
    if pos_of(verb) != "verb" or prep.i > verb.i:
        return []
    return [s for s in children(verb, SUBJECT_DEPS) if s.i > prep.i and not is_pronoun(s)]


def _doers_of_timed_clause(prep: Token) -> list[Token]:
    """Who does the clause a time phrase ('during talks with Moi', 'after a meeting with Y')
    hangs on: 'It said Camdessus made the pledge during talks with Moi' is Camdessus's, not
    the speaker's; the sentence's main doer when it hangs on no verb."""
    head = prep.head
    if pos_of(head) == "verb" and head != prep:
        found = subjects(head)
        if found and all(is_party_word(t) for t in found):
            return found  # not '… said [North Korea's dispatch …], following talks …'
    return subjects(prep.sent.root)


def neither_confirmed_nor_denied(tok: Token, lex: Lexicon) -> bool:
    """A denial joined to a confirming verb ('would neither confirm nor deny the report'):
    nothing said either way, no rejection."""
    return any_lemma(tok, lex, DENIALS) and any(
        any_lemma(c, lex, CONFIRMING) for c in tok.conjuncts
    )


def _terror_struck_place(name: Token, noun: Token, lex: Lexicon) -> bool:
    """A place's proper name before an attack noun marked as terror ('the US terror attacks',
    'the Madrid terrorist bombings'): where the attack struck, not who made it; a national
    adjective ('Libyan terror attacks') is left to name the doers."""
    return (
        name.dep_ == "compound"
        and name.pos_ == "PROPN"
        and name.ent_type_ in ("GPE", "LOC")
        and any(c.lower_ in TERROR_MARKS and c.i > name.i for c in noun.lefts)
        and any_lemma(noun, lex, TERROR_NOUNS)
    )


def _names_the_venue(name: Token, noun: Token, lex: Lexicon) -> bool:
    """A city named before a gathering noun, alone ('the Venice summit', 'the Doha development
    talks'; not 'the U.S.-Soviet talks'): where it meets; any place that names a round of
    talks ('the Uruguay round negotiations', 'the Tokyo Round talks'): where it opened."""
    if not any_lemma(noun, lex, lex.word_class("talks")):
        return False
    after = name.doc[name.i + 1] if name.i + 1 < len(name.doc) else None
    if after is not None and after.i < noun.i and after.lower_ in TALKS_ROUNDS:
        return True
    words = [t for t in name.subtree if t.dep_ == "compound" or t == name]
    if any(t.text == "-" or t.dep_ in ("cc", "conj") for t in name.subtree):
        return False
    return " ".join(t.lower_ for t in words) in VENUE_NAMES


def _agreed_between(trig: Trigger, actors: list[Token], targets: list[Token]) -> bool:
    """A passive verb of agreeing with no party as its doer and every party named after
    'between' or 'among' on it ('a ceasefire was agreed between Armenia and Azerbaijan'): the
    parties agree, as in the active 'Armenia and Azerbaijan agreed a ceasefire'."""
    if trig.nominal or not targets or not is_passive(trig.token):
        return False
    if any(is_party_word(a) or national_modifiers(a) for a in actors):
        return False
    between = set(with_conjuncts(_parties_of(trig.token)))
    return all(t in between for t in targets)


def _gathering_subject_parties(verb: Token) -> list[Token]:
    """The parties the subject of a verb of meeting names with 'between' or 'among' ('talks
    between Iran and Iraq resumed', 'peace talks between the two sides were held in
    Geneva'): they are the ones who met."""
    subjs = children(verb, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)
    if len(subjs) != 1:
        return []
    return with_conjuncts(_parties_of(content_head(subjs[0])))


def _parties_of(tok: Token) -> list[Token]:
    """The parties an event noun names with 'between' or 'among' ('talks between X and Y')."""
    return prep_objects(tok, PAIR_PREPS)


def _officials_of_a_party(tok: Token, lex: Lexicon) -> bool:
    """'foreign ministers of both countries', 'Iraqi officials', 'the 12 Eurozone finance
    ministers': officials whose party is named (not 'a meeting of government and party
    leaders', told by someone)."""
    return any_lemma(tok, lex, PERSON_TITLES) and bool(
        national_modifiers(tok)
        or prep_children(tok, ("of", "from"))
        or (
            tok.tag_ == "NNS"
            and any(c.dep_ == "compound" and c.tag_ == "NNP" for c in tok.children)
        )
    )


def _names_a_pair(tok: Token) -> bool:
    """'both countries', 'the two sides': a pair named before."""
    return tok.lower_ in PAIR_NOUNS and any(c.lower_ in PAIR_MARKERS for c in tok.children)


def _beside(prep: Token) -> bool:
    """A preposition that sets an event beside the clause's act, not done by its subject."""
    return prep.lower_ in BESIDE_PREPS or (
        prep.lower_ == "with" and prep.head.lower_ in BESIDE_PREPS
    )


def _opposed(tok: Token) -> bool | None:
    """For a word of 'anti-French': None outside such a prefix, False for 'anti' and its
    hyphen, True for the party opposed ('French')."""
    doc, i = tok.doc, tok.i
    if tok.lower_ == "anti" or (tok.text == "-" and i and doc[i - 1].lower_ == "anti"):
        return False
    if i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ == "anti":
        return True
    return True if tok.lower_.startswith("anti-") and len(tok) > 5 else None


def _event_owners(tok: Token, lex: Lexicon) -> list[Token]:
    """'US Predator attacks killed …': the doers of an event noun are its modifiers; 'The
    closures arranged by Israel restrict …': a thing a participle says someone made acts for
    its maker (not a weapon: 'rockets supplied by Iran struck …' are not Iran's blow, nor a
    force, counted or not: 'hundreds of troops backed by tanks attacked …' are the troops' own);
    a weapon a launching verb's participle names the launcher of is the launcher's blow ('a
    missile fired by a U.S. drone killed …')."""
    head = content_head(tok)
    if not (tok.ent_type_ in PARTY_ENTS or is_personish(tok)):
        weapon = any_lemma(head, lex, lex.word_class("weapon"))
        if not weapon and not any_lemma(head, lex, _fighters(lex)):
            makers = _participle_agents(tok)
        else:
            makers = _participle_agents(tok, lex, LAUNCH_VERBS) if weapon else []
            makers = makers or (_launchers(head, lex) if weapon else [])
        if makers:
            return makers
    if not lex.entries_for(tok.lower_, "noun"):
        return [tok]
    mods = [c for c in tok.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
    return mods or [tok]


def _launchers(weapon: Token, lex: Lexicon) -> list[Token]:
    """The craft or force a weapon came 'from', named with its state ('shot down by a missile
    from a Soviet Su-15 interceptor', 'a shell from an Iraqi gunboat'): the blow is its
    state's."""
    return [
        p
        for p in map(content_head, prep_objects(weapon, ("from",)))
        if (
            any_lemma(p, lex, lex.word_class("weapon"))
            or any_lemma(p, lex, lex.word_class("force"))
        )
        and national_modifiers(p)
    ]


def _participle_agents(
    tok: Token, lex: Lexicon | None = None, verbs: frozenset[str] | None = None
) -> list[Token]:
    """The 'by' agents of the past participles on ``tok`` ('closures arranged by Israel'),
    only of participles of ``verbs`` when given ('a missile fired by a drone')."""
    return [
        content_head(p)
        for acl in children(tok, ("acl",))
        if acl.tag_ == "VBN" and (verbs is None or any_lemma(acl, lex, verbs))
        for agent in children(acl, ("agent",))
        for p in pobjs(agent)
    ]


def _owners(tokens: list[Token]) -> list[Token]:
    """Phrases plus the countries/organisations owning them ('North Korea's dispatch')."""
    out = list(tokens)
    for t in tokens:
        out += [
            c
            for c in t.children
            if c.dep_ == "poss"
            or (c.dep_ in ("amod", "compound") and c.ent_type_ in ("GPE", "NORP", "ORG"))
        ]
    return out


def _dedupe(tokens: list[Token], exclude: list[Token]) -> list[Token]:
    out: list[Token] = []
    for t in tokens:
        if t not in out and t not in exclude:
            out.append(t)
    return out


def _fight_broken_out(
    trig: Trigger, at: dict[int, Trigger], ont: Ontology, lex: Lexicon
) -> Trigger | None:
    """The armed noun that is the subject of an armed verb of outbreak (``OUTBREAK_VERBS``:
    'fighting erupted between Armenian and Azerbaijani forces', 'clashes flared'): the noun
    tells the act and its sides, the verb only that it began."""
    tok = trig.token
    if trig.nominal or trig.entry.type not in ARMED_TYPES:
        return None
    if not any_lemma(tok, lex, OUTBREAK_VERBS):
        return None
    for subject in children(tok, SUBJECT_DEPS):
        fight = at.get(subject.i)
        if fight is not None and fight.nominal and fight.entry.type in ARMED_TYPES:
            return fight
    return None


def _agreed_to_meet(trig: Trigger, lex: Lexicon) -> bool:
    """An agreement whose content is only to meet or talk again ('the two sides agreed to
    meet again in Washington in October', 'agreed to hold more talks'): told by a verb of
    ``AGREED_MEETINGS`` (agree, consent) with a verb clause of a meeting type as its content."""
    if trig.entry.type != "agreement" or trig.nominal or not trig.complements:
        return False
    comp = trig.complements[0]
    return (
        comp.entry.type in AGREED_MEETINGS["types"]
        and comp.absorbed_by is trig
        and any_lemma(trig.token, lex, AGREED_MEETINGS["verbs"])
        and comp.token.head == trig.token
        and comp.token.dep_ == "xcomp"
    )


def _fold_phases_into_talks(drafts: list[Draft]) -> list[Draft]:
    """One meeting for 'Soviet-Iranian trade talks are due to resume' or 'talks between Iran
    and Iraq resumed': the verb of a phase whose subject is the talks noun read as a meeting
    of its own gives the noun its status and time, and is dropped (the noun names the
    parties)."""
    talks = {d.token.i: d for d in drafts if d.nominal and d.type == "meeting"}
    if not talks:
        return drafts
    kept: list[Draft] = []
    for d in drafts:
        noun = _meeting_subject(d.token, talks) if d.type == "meeting" and not d.nominal else None
        if noun is None:
            kept.append(d)
            continue
        noun.status, noun.date_token = d.status, d.date_token
    return kept


def _meeting_subject(verb: Token, talks: dict[int, Draft]) -> Draft | None:
    """The talks draft whose noun is the subject of ``verb`` or of the words it completes
    ('talks are due to resume': 'resume' completes 'due', whose clause has 'talks')."""
    node = verb
    while True:
        for subject in children(node, SUBJECT_DEPS):
            if subject.i in talks:
                return talks[subject.i]
        if node.dep_ not in ("xcomp", "acomp") or node.head == node:
            return None
        node = node.head


def _document_adopted_says(trig: Trigger, lex: Lexicon) -> Trigger | None:
    """What a document adopted or passed does, told by a participle on it ('the council
    adopted a resolution demanding that Iran and Iraq observe a ceasefire', '… calling on
    Israel to withdraw'): the demand or appeal, not an agreement (``adopted_documents``)."""
    if trig.entry.type != "agreement" or trig.nominal:
        return None
    if not any_lemma(trig.token, lex, ADOPTED_DOCUMENTS["verbs"]):
        return None
    for comp in trig.complements:
        doc_noun = comp.token.head
        if (
            comp.absorbed_by is trig
            and comp.entry.type in ADOPTED_DOCUMENTS["types"]
            and comp.token.dep_ == "acl"
            and comp.token.tag_ == "VBG"
            and doc_noun.dep_ == "dobj"
            and doc_noun.head == trig.token
            and any_lemma(doc_noun, lex, lex.word_class("document"))
        ):
            return comp
    return None


def _truce_extended(comp: Trigger, lex: Lexicon) -> bool:
    """Whether a promised or agreed act is a ceasefire kept on for a new term ('agreed to
    extend their ceasefire by another month', ``truce_extensions``): the truce itself."""
    return comp.entry.type == "ceasefire" and any_lemma(comp.token, lex, TRUCE_EXTENSIONS)


def _complement_cameo(trig: Trigger, ont: Ontology, lex: Lexicon) -> tuple[str, str]:
    """Type and CAMEO code of a complement-taking event from what it is about."""
    etype = trig.entry.type
    cameo = trig.entry.cameo or ont[etype].cameo
    if not trig.complements:
        return etype, cameo
    comp = trig.complements[0]
    ctype = ont[comp.entry.type]
    if etype == "statement" and cameo == "019" and ctype.cooperative and not comp.nominal:
        return "agreement", ctype.intent_cameo or "030"  # 'agreed that they should cooperate'
    if etype in ("pledge", "agreement"):
        if not ctype.hostile and _keeps_up_arms(comp.token, trig.token, lex):
            return "threat", "138"  # 'vowed never to stop its attacks': the attacks go on
        if ctype.hostile and _forsworn_below(comp.token, trig.token):
            # 'assured Kuwait that Iraq would not attack it': an assurance, no threat
            armed = comp.entry.type in ARMED_TYPES
            return etype, (ont["ceasefire"].intent_cameo or cameo) if armed else cameo
        if _pays_to_settle(trig, lex) and any_lemma(comp.token, lex, PENALTY_PAYING["verbs"]):
            return etype, cameo  # 'agreed to pay a fine to settle the investigation': a deal
        if comp.entry.cameo == "163" and _measure_agreed(trig.token, comp.token, lex):
            return "sanction", comp.entry.cameo or ctype.cameo  # 'agreed in January to ban imports'
        if ctype.hostile:  # 'agreed to hold off tariffs' threatens nothing, nor does a deal
            # 'to allow the UK to deport suspects': the act is another's, allowed
            put_off = _put_off_below(comp.token, trig.token, lex)
            if put_off or _policing_pledged(trig.token, comp, lex):
                return etype, cameo
            if _signed_for_removals(trig, comp, cameo, lex):
                return etype, cameo  # 'signed a deal with Algeria to deport the men': the deal
            return "threat", ctype.intent_cameo or "130"
        if _truce_extended(comp, lex):
            return "ceasefire", ctype.cameo  # 'agreed to extend their ceasefire': 0871
        signed = cameo == "057" and any_lemma(trig.token, lex, SIGNING_VERBS)
        if ctype.intent_cameo and cameo in ("030", "057") and not signed:
            return etype, ctype.intent_cameo  # 'agreed to withdraw', not 'signed an accord on'
    elif etype == "threat":
        code = {"sanction": "131", "coercion": "137", "withdrawal": "136", "rejection": "134"}.get(
            comp.entry.type, "138" if ctype.hostile else "130"
        )
        return etype, code
    elif (
        etype == "rejection" and cameo != "016" and comp.entry.type in ("meeting", "visit", "call")
    ):
        # not 'denied reports that the summit had been put off': a denial (016)
        return etype, "125"
    return etype, cameo


def _signed_for_removals(trig: Trigger, comp: Trigger, cameo: str, lex: Lexicon) -> bool:
    """A deal signed (``SIGNING_VERBS``, CAMEO 057) whose content is a coercion of people
    ('signed a deal with Algeria to deport the men', 'signed an accord to extradite
    suspects'): the signed deal between the parties is the news, no threat; 'agreed to deport
    them' stays a vow."""
    return (
        cameo == "057"
        and comp.entry.type == "coercion"
        and not trig.nominal
        and any_lemma(trig.token, lex, SIGNING_VERBS)
    )


def _forsworn_below(tok: Token, top: Token) -> bool:
    """The act ``tok`` that the pledge or agreement ``top`` is about is one its clause denies
    ('promised not to attack', 'assured Kuwait that Iraq would never invade it', 'pledged to
    stop the shelling', 'assured him Iraq had no intention of attacking'). Each negation
    ('not', 'never', a 'no' on a noun between them) and each verb that undoes what follows it
    (``UNDOING_VERBS``) between the two turns the sense over: 'would not hesitate to attack'
    and 'would not stop bombing' keep the act."""
    denied = False
    for node in [tok, *(anc for anc, _ in _ancestors(tok, 4))]:
        if node == top:
            return denied
        if any(c.dep_ == "neg" for c in node.children):
            denied = not denied
        if node != tok and pos_of(node) == "noun" and _no_determiner(node):
            denied = not denied  # 'assured him Iraq had no intention of attacking Saudi Arabia'
        if node != tok and node.lower_ in UNDOING_VERBS:
            denied = not denied
    return False


def _no_determiner(noun: Token) -> bool:
    """A noun with 'no' for its determiner ('no intention', 'no plans')."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _keeps_up_arms(tok: Token, top: Token, lex: Lexicon) -> bool:
    """The act ``tok`` that the pledge ``top`` is about undoes an armed act, its object
    ('stop its attacks', 'halt the air strikes', 'end its raids'), and its clause denies it
    ('vowed never to stop', 'pledged not to end'): a vow to keep up the armed act."""
    if tok.lower_ not in UNDOING_VERBS or not _forsworn_below(tok, top):
        return False
    return any(
        e.type in ARMED_TYPES
        for o in children(tok, OBJECT_DEPS)
        for e in lex.entries_for(content_head(o).lower_, "noun")
    )


def _policing_pledged(top: Token, comp: Trigger, lex: Lexicon) -> bool:
    """A coercion promised to a party ('promised the U.N. envoy that his government would
    disarm the militias', 'promised Washington it would arrest the militants') or aimed only at
    armed groups, gunmen or wanted people ('vowed to crack down on Islamic militants'): order
    kept for others' sake, a pledge, no threat; so is a removal of people promised
    (``_removal_promised``). 'vowed to arrest the strike leaders' stays one."""
    if comp.entry.type != "coercion":
        return False
    aimed = objects(comp.token) + [
        p for prep in prep_children(comp.token, ("on", "against")) for p in pobjs(prep)
    ]
    told = [
        o
        for o in children(top, ("dobj", "dative"))
        if is_party_word(o) and all(o.i != a.i for a in aimed)
    ]
    outlaws = lex.word_classes("armed_group", "irregulars", "wanted")
    return (
        bool(told)
        or (bool(aimed) and all(any_lemma(a, lex, outlaws) for a in aimed))
        or _removal_promised(top, comp, lex)
    )


def _removal_promised(top: Token, comp: Trigger, lex: Lexicon) -> bool:
    """A removal of people promised ('pledged to expel the exiled leaders'): a pledge, as
    ``promised_removals`` says; a vow to expel stays a threat."""
    return comp.entry.cameo in PROMISED_REMOVALS["cameos"] and any_lemma(
        top, lex, PROMISED_REMOVALS["promise_verbs"]
    )


def _put_off_below(tok: Token, top: Token, lex: Lexicon) -> bool:
    """A verb between ``tok`` and the event ``top`` above it puts ``tok`` off ('agreed to
    hold up imposing duties'), lets another do it ('a deal to allow the UK to deport') or
    helps another do it ('offered Colombia helicopters to help it fight the cartel')."""
    below = tok
    for anc, _ in _ancestors(tok, 4):
        if anc == top:
            return False
        if puts_off(anc, lex) or lemmas(anc, lex, "verb") & PERMIT_VERBS:
            return True
        if _helps_another(anc, below, lex):
            return True
        below = anc
    return False


def _helps_another(verb: Token, clause: Token, lex: Lexicon) -> bool:
    """A verb of helping whose object or whose clause's subject is the party helped ('to
    help it fight', 'to help Colombia fight'), not a bare 'help crush the revolt'."""
    if not lemmas(verb, lex, "verb") & HELPING_VERBS:
        return False
    return bool(children(verb, OBJECT_DEPS) or children(clause, ("nsubj",)))


def _own_air_cover(trig: Trigger, lex: Lexicon) -> bool:
    """Whether an air raid read off a participle of backing on a force ('troops backed by
    bombers', ``air_cover_verbs``) is only the cover of the force's own act ('Soviet troops
    backed by bombers pushed into the valley': the push is the event): no aircraft in its 'by'
    phrase is named as another state's than the force ('Malian soldiers backed by French
    warplanes' stays France's air raid)."""
    tok = trig.token
    if trig.nominal or trig.entry.type != "airstrike" or tok.dep_ != "acl":
        return False
    if not any_lemma(tok, lex, AIR_COVER_VERBS):
        return False
    own = {m.lower_ for m in national_modifiers(tok.head)}
    backers = [b for agent in children(tok, ("agent",)) for b in pobjs(agent)]
    return all({m.lower_ for m in national_modifiers(b)} <= own for b in backers)


def build_drafts(sent: Span, lex: Lexicon, ont: Ontology) -> list[Draft]:
    """All events of one parsed sentence (one per type, unless its verbs name different parties)."""
    triggers = [t for t in find_triggers(sent, lex) if not _own_air_cover(t, lex)]
    # 'arrived home', 'arrived for the talks': no visit where the dateline is
    triggers = [t for t in triggers if not _placeless_arrival_entry(t) or _bare_arrival(t.token)]
    advice: list[Token] = []  # 'Washington should …, the analyst said': no act, no demand
    triggers += _must_demands(sent, lex, triggers, advice)
    triggers = _ultimatums(sent, lex, triggers)
    if advice:
        advised = {t.i for clause in advice for t in clause.subtree}
        triggers = [t for t in triggers if t.token.i not in advised]
    resolve_nesting(triggers, ont, lex)
    _absorb_mood_topics(triggers)
    at = {t.token.i: t for t in triggers}
    for trig in triggers:  # 'Britons held by the US will be freed': the holding is no new act
        if trig.entry.type == "concession" and is_passive(trig.token):
            for held in _holding_participles(trig.token):
                if held.i in at and at[held.i] is not trig:
                    at[held.i].absorbed_by = trig
    for trig in triggers:  # 'freed two sailors detained in May': the detention is no news
        if trig.entry.type == "concession":
            for held in _held_on_freed(trig.token):
                if held.i in at and at[held.i] is not trig:
                    at[held.i].absorbed_by = trig
    called: dict[int, Trigger] = {}  # complaints told in a call → the call
    for trig in triggers:  # 'telephoned Reagan to complain about …': the complaint too
        if _complaint_called_in(trig):
            called[trig.token.i], trig.absorbed_by = trig.absorbed_by, None
    for trig in triggers:  # 'a crime that will not go unpunished': the threat is the news
        if _left_unanswered(trig):
            trig.absorbed_by = None
    for trig in triggers:  # 'commandos who landed on the coast fought …': the raid's landing
        blow = _landing_of_the_raiders(trig, at)
        if blow is not None:
            trig.absorbed_by = blow
    for trig in triggers:  # 'fighting erupted between X and Y': the fight, not its outbreak
        fight = _fight_broken_out(trig, at, ont, lex)
        if fight is not None:
            trig.absorbed_by, fight.absorbed_by = fight, None
    for trig in triggers:  # 'agreed to meet again in March': a meeting planned, no accord
        if _agreed_to_meet(trig, lex):
            comp = trig.complements[0]
            comp.absorbed_by, trig.absorbed_by = None, comp
    for trig in triggers:  # 'adopted a resolution demanding …': the resolution's demand
        said = _document_adopted_says(trig, lex)
        if said is not None:
            said.absorbed_by, trig.absorbed_by = None, said
    for trig in triggers:  # 'X claimed responsibility for the bombing': X's bombing is news too
        owner = trig.absorbed_by
        if (
            owner is not None
            and owner.entry.cameo == CLAIM_CAMEO
            and (ont[trig.entry.type].hostile or owner.entry.complement_clause)
        ):  # 'acknowledged it had acquired Chinese missiles': the deed admitted is news too
            trig.absorbed_by = None
    for trig in triggers:  # 'police broke up a Solidarity rally': the rally was held too
        if _protest_dispersed(trig):
            trig.absorbed_by = None
    drafts: list[Draft] = []
    for trig in triggers:
        if trig.absorbed_by is not None:
            continue
        draft = _draft(trig, lex, ont)
        if draft is not None and trig.token.i in called:
            _complain_in_call(draft, called[trig.token.i])
        if draft is not None and _defends_own_stance(trig, draft):
            continue  # 'Thatcher defended her policy': she speaks for herself, backs no one
        if draft is not None:
            # '"a massacre that will not go unpunished"': the speaker's threat, no background
            draft.background = trig.background and not _left_unanswered(trig)
            draft.presupposed = trig.presupposed
            sent_out = _escorted_by_own_side(trig, draft, lex)
            if sent_out:  # 'the Turkish research ship, escorted by warships, would sail …'
                draft.type, draft.cameo = "deployment", ont["deployment"].cameo
                draft.actor_tokens, draft.target_tokens = sent_out, []
                draft.background = False
                ship = trig.token.head  # the ship or its name
                ship = ship.head if ship.dep_ == "appos" else ship
                if ship.dep_ in SUBJECT_DEPS and pos_of(ship.head) == "verb":
                    draft.status = read_modality(ship.head, lex).status  # 'would sail'
                    draft.date_token = ship.head
            if _said_to_be_behind(draft, lex):  # 'Israel said Syria was behind the blast':
                # Israel's charge against Syria, not a blast Syria is told to have set off
                speech = draft.token.head.head
                draft.type, draft.cameo = "accusation", ALLEGATION_CAMEO
                draft.actor_tokens, draft.target_tokens = draft.speaker_tokens, draft.actor_tokens
                draft.speaker_tokens, draft.reported, draft.background = [], None, False
                draft.nominal = False
                draft.date_token = speech.head if speech.dep_ == "ccomp" else speech
            if _price_told(draft, lex):  # 'Iran said the Taliban would pay a heavy price':
                if not _price_foretold(draft):  # Iran's threat to the Taliban, no act of
                    continue  # theirs; 'consumers will pay a high price' is a cost
                draft.actor_tokens, draft.target_tokens = draft.speaker_tokens, draft.actor_tokens
                draft.speaker_tokens, draft.reported = [], None
            mediated = _talks_mediated(trig, at)
            if mediated:  # 'met on Monday, in talks arranged by King Fahd': Fahd mediates
                draft.background = False
                draft.target_tokens = draft.target_tokens or mediated
            drafts.append(draft)
            if not draft.target_tokens and trig.entry.cameo in MOOD_CAMEOS:
                draft.target_tokens = _mood_parties(trig.token, draft.actor_tokens, lex)
            if not draft.target_tokens:  # 'repulsed the attack, killing thousands of Iranians'
                draft.target_tokens = _toll_targets(trig, draft, lex, ont)
            if draft.type == "call" and draft.nominal:  # 'In a call, X told Y that …'
                named = [t for t in draft.target_tokens if t.ent_type_ in PARTY_ENTS]
                draft.target_tokens = named or _told_in_the_call(trig.token) or draft.target_tokens
            drafts += _blamed_acts(trig, draft, lex, ont)
            drafts += _charged_acts(trig, draft, lex, ont)
            condemned = _condemned_acts(trig, draft, lex, ont)
            if condemned:  # 'condemned the bombing of the Syrian embassy' accuses the bombers,
                # not Syria; 'backed Reagan's strike on Iran' backs Reagan, not Iran
                doers = [t for act in condemned for t in act.actor_tokens]
                draft.target_tokens = _dedupe(doers, draft.actor_tokens)
            elif draft.type in _STANCE_TYPES and not draft.nominal and draft.target_tokens:
                victims = _victims_of_acts_judged(trig, lex)
                draft.target_tokens = [t for t in draft.target_tokens if t.i not in victims]
            drafts += condemned
            drafts += _protested_acts(trig, draft, at, lex, ont)
    if not any(d.type == "visit" for d in drafts):
        drafts += _presence_visits(sent, ont)
    else:
        _place_trips_at_presence(drafts)
    _struck_when(drafts)
    _keep_apart_dates(drafts)
    drafts = _fold_protests_into_summons(drafts, triggers)
    drafts = _fold_captures_into_blows(drafts)
    drafts = _fold_joined_blows(drafts)
    drafts = _fold_passive_tolls(drafts, lex)
    drafts = _fold_phases_into_talks(drafts)
    if len(drafts) > 1:  # 'signed a pact under the accord signed last year', 'troops began
        # pulling out under the agreement signed with NATO': the participle names the accord
        # the sentence's news is done under
        drafts = [d for d in drafts if not (d.type == "agreement" and accord_made(d.token))]
    foreground = _one_per_type([d for d in drafts if not d.background])
    return foreground + [d for d in _one_per_type([d for d in drafts if d.background])]


ALLEGATION_CAMEO = "112"  # accuse


def _defends_own_stance(trig: Trigger, draft: Draft) -> bool:
    """A verb of defending whose every object is a stance the doer owns ('defended her
    policy', 'justified its own stand'): the doer speaking for itself, no support of
    another. A stance noun with a clause of its own ('defended her decision to allow the use
    of British bases') backs whom that clause names, and stays; a phrase of
    ``OWN_STANCE_TOPIC_PREPS`` only tells what it is about ('her policy toward South Africa')."""
    tok = trig.token
    if draft.type != "support" or trig.nominal or tok.lower_ not in OWN_STANCE_VERBS:
        return False
    objs = children(tok, ("dobj",))
    return bool(objs) and all(
        o.lower_ in OWN_STANCE_NOUNS
        and any(c.lower_ in OWN_STANCE_OWNERS for c in o.children if c.dep_ in ("poss", "amod"))
        and not any(
            c.dep_ in ("acl", "relcl", "prep") and c.lower_ not in OWN_STANCE_TOPIC_PREPS
            for c in o.children
        )
        for o in objs
    )


PHASE_VERBS = frozenset(_WORDS["phase_verbs"])
SCHEDULE_DOCUMENTS = frozenset(_WORDS["schedule_documents"])


def _phase_complement(tok: Token) -> Token:
    """The word whose clause dates an act: a verb of beginning or ending is dated by the verb
    it begins or ends ('are to begin leaving on April 1': 'leaving'), else the trigger itself."""
    if tok.lower_ in PHASE_VERBS:
        comps = children(tok, ("xcomp",))
        if len(comps) == 1 and pos_of(comps[0]) == "verb":
            return comps[0]
    return tok


def _forces_scheduled(trig: Trigger, etype: str, mod: Modality, lex: Lexicon) -> bool:
    """A withdrawal whose doers are forces the text itself says what they will do ('Cuban
    troops are to begin leaving on April 1', 'the troops will leave by May'): a movement
    scheduled, no party's promise ('Cuba said it would withdraw its troops', 'the minister
    said the troops would pull out' are one)."""
    if etype != "withdrawal" or trig.nominal:
        return False
    speakers = [content_head(s) for s in mod.speakers()]
    if mod.speech_verb is not None and not (
        speakers and all(s.lower_ in SCHEDULE_DOCUMENTS for s in speakers)
    ):  # 'the minister said the troops would pull out': his promise
        return False
    doers = [content_head(s) for s in subjects(trig.token)]
    forces = lex.word_classes("armed_force", "force")
    return bool(doers) and all(any_lemma(d, lex, forces) for d in doers)


REFUSING_VERBS = frozenset({"refuse", "decline"})  # 'refused to rule out …'
LEAVING_OFFICE = frozenset(_WORDS["leaving_office"]["verbs"])
TAKING_OFFICE = {k: frozenset(v) for k, v in _WORDS["taking_office"].items() if k != "_doc"}
POST_TAKER_PRONOUNS = frozenset({"i", "he", "she"})
LEAVING_OCCASIONS = frozenset(_WORDS["leaving_office"]["occasions"])


def _departure_dated(trig: Trigger, etype: str, mod: Modality, lex: Lexicon) -> bool:
    """A resignation the text itself schedules for a stated time ('will step down in January
    next year', 'is to resign on 1 March') or for an election (``leaving_office`` occasions:
    'is to step down as a Labour MP at the forthcoming general election'): a term ending on a
    calendar, no yielding; not one a speaker promises ('he said he would resign next month')."""
    if etype != "concession" or trig.nominal or mod.status != "planned":
        return False
    if mod.speech_verb is not None or not any_lemma(trig.token, lex, LEAVING_OFFICE):
        return False  # 'he said he would resign next month': his promise
    return (
        any(_time_phrase(c) for c in prep_children(trig.token, TIME_PHRASE_PREPS))
        or any(c.dep_ == "npadvmod" and c.ent_type_ == "DATE" for c in trig.token.children)
        or any(
            o.lower_ in LEAVING_OCCASIONS
            for c in prep_children(trig.token, ("at",))
            for o in pobjs(c)
        )
    )


_SUMMONS = _WORDS["summons"]
SUMMONS_VERBS = frozenset(_SUMMONS["verbs"]) | CALLED_IN_VERBS  # and 'called in'
SUMMONS_CAMEO = "110"
SUMMONS_NOTES = frozenset(_SUMMONS["note_nouns"])
SUMMONS_PROTEST_CAMEOS = tuple(_SUMMONS["protest_cameos"])
PROTEST_NOTE_CAMEO = "114"  # a formal complaint handed over


def is_summons(draft: Draft) -> bool:
    """A summons of a foreign envoy told by its verb ('summoned the Chilean ambassador'), a
    protest once it tells one (_fold_protests_into_summons)."""
    return (
        ((draft.type == "accusation" and draft.cameo == SUMMONS_CAMEO) or draft.type == "protest")
        and not draft.nominal
        and draft.token.lower_ in SUMMONS_VERBS
    )


def is_refuge_told_passive(draft: Draft) -> bool:
    """Asylum or refuge given told in the passive with no doer ('He was given asylum in
    Zimbabwe', 'was granted asylum in Sweden'): aid whose doer the caller takes from the
    place, as of a summons."""
    verb = draft.token
    return (
        draft.type == "aid"
        and any(o.lower_ in REFUGE_WORDS for o in children(verb, ("dobj",)))
        and not draft.nominal
        and not draft.actor_tokens
        and is_passive(verb)
        and not children(verb, ("agent",))
    )


def is_expulsion_told_passive(draft: Draft) -> bool:
    """A sending away of envoys or officials told in the passive with no doer ('the official
    had been declared persona non grata', 'two Soviet diplomats were expelled'): a sanction
    (CAMEO 161 or 166) by one of ``expulsion_verbs`` of ``data/event_syntax.json``, whose doer
    the caller takes from the place, as of a summons (not a recall, which the envoy's own
    state makes)."""
    verb = draft.token
    return (
        draft.type == "sanction"
        and draft.cameo in ("161", "166")
        and not draft.nominal
        and not draft.actor_tokens
        and verb.lower_ in _EXPULSION_VERBS
        and is_passive(verb)
        and not children(verb, ("agent",))
    )


_EXPULSION_VERBS = frozenset(_WORDS["expulsion_verbs"]["words"])
ISSUED_WARNINGS = frozenset(_WORDS["issued_warnings"]["words"])  # 'An ultimatum … warned'


def _fold_protests_into_summons(drafts: list[Draft], triggers: list[Trigger]) -> list[Draft]:
    """A formal protest (a note handed or sent, a protest lodged: CAMEO 11x typed protest, or
    a protesting verb describing the note: 'a note protesting the arrests') told in the sentence
    of a summons by the same side is the summons itself ('summoned the envoy and handed him a
    protest note'): one act, the summons (``summons`` of ``data/event_syntax.json``), typed
    as the formal protest it delivers, as is one whose note it absorbed ('summoned the envoy to
    hand him a protest note'; not 'summoned the envoy to protest': an accusation, CAMEO 11x)."""
    summonses = [d for d in drafts if is_summons(d)]
    if not summonses:
        return drafts
    doers = {t.i for d in summonses for t in d.actor_tokens}

    def folded(d: Draft) -> bool:
        formal = d.cameo.startswith(SUMMONS_PROTEST_CAMEOS) or (
            d.token.dep_ == "acl" and d.token.head.lower_ in SUMMONS_NOTES
        )
        return (
            d.type == "protest"
            and formal
            and not any(d is s for s in summonses)
            and (not d.actor_tokens or any(t.i in doers for t in d.actor_tokens))
        )

    protests = [d.cameo for d in drafts if folded(d)]
    for summons in summonses:
        delivered = protests + [
            t.entry.cameo
            for t in triggers
            if t.absorbed_by is not None
            and t.absorbed_by.token.i == summons.token.i
            and t.entry.type == "protest"
            and (t.entry.cameo or "").startswith(SUMMONS_PROTEST_CAMEOS)
        ]
        if delivered:  # a note 'protesting' the arrests (CAMEO 140) is still a formal one
            formal = [c for c in delivered if c.startswith(SUMMONS_PROTEST_CAMEOS)]
            summons.type, summons.cameo = "protest", (formal or [PROTEST_NOTE_CAMEO])[0]
    return [d for d in drafts if not folded(d)]


CAPTURE_CAMEO = "173"  # 'were taken prisoner': arrested, detained
TAKING_FORMS = frozenset({"take", "takes", "took", "taken", "taking"})  # prisoners taken


COMPLAINT_TYPES = frozenset({"accusation", "protest"})


def _complaint_called_in(trig: Trigger) -> bool:
    """A complaint or protest that is the purpose of a telephone call ('Thatcher telephoned
    Reagan to complain about the invasion', 'called Rabin to protest'): told in the call, and
    a complaint of its own beside it, as CAMEO codes both (041 and 11x)."""
    owner = trig.absorbed_by
    return (
        owner is not None
        and owner.entry.type == "call"
        and not owner.nominal
        and trig.entry.type in COMPLAINT_TYPES
        and not trig.nominal
        and trig.token.head.i == owner.token.i
        and trig.token.dep_ in ("advcl", "xcomp")
        and is_to_infinitive(trig.token)
    )


def _complain_in_call(draft: Draft, call: Trigger) -> None:
    """A complaint told as a call's purpose is the caller's, aimed at the party called; a
    protest so told is a verbal one, an accusation (CAMEO 111), no demonstration."""
    draft.actor_tokens = subjects(call.token)
    draft.target_tokens = objects(call.token) or draft.target_tokens
    if draft.type == "protest" and not draft.cameo.startswith(SUMMONS_PROTEST_CAMEOS):
        draft.type, draft.cameo = "accusation", VERBAL_PROTEST_CAMEO


VERBAL_PROTEST_CAMEO = "111"  # 'protested to Togo over the arrest': criticise, denounce


def _fold_captures_into_blows(drafts: list[Draft]) -> list[Draft]:
    """Prisoners taken in one list of verbs with a blow ('had killed or wounded 1,500 Iraqi
    soldiers, shot down a helicopter and taken 200 prisoners', 'were killed or taken
    prisoner'): the battle's toll, told by the blow, no capture of its own. A capture told
    alone ('90 Iraqis were taken prisoner') stays one, as do arrests beside a blow ('fired
    tear gas and detained 14 people')."""
    blows = {d.token.i for d in drafts if d.type in ARMED_TYPES}
    if not blows:
        return drafts
    return [
        d
        for d in drafts
        if not (
            d.type == "coercion"
            and d.cameo == CAPTURE_CAMEO
            and d.token.lower_ in TAKING_FORMS
            and any(t.i in blows for t in _coordinated_verbs(d.token))
        )
    ]


def _fold_joined_blows(drafts: list[Draft]) -> list[Draft]:
    """Two armed verbs of different types joined with one subject, one aimed at no one and
    neither dated apart ('U.S. forces fired cruise missiles and dropped bombs on Baghdad
    before dawn on Thursday'): one blow told by both verbs, kept once by the one that says
    whom it hit. Two verbs that each strike something ('bombed the terminal and hit a
    tanker') stay two blows."""
    blows = [d for d in drafts if d.type in JOINED_BLOW_TYPES and not d.nominal]
    dropped: list[Draft] = []
    for d in blows:
        head = next((o for o in blows if o.token.i == d.token.head.i), None)
        if (
            head is None
            or d.token.dep_ != "conj"
            or head.type == d.type
            or children(d.token, ANY_SUBJECT_DEPS)
            or is_passive(d.token)
            or is_passive(head.token)
            or (bool(d.target_tokens) == bool(head.target_tokens))
            or _apart_by_date(d.token, head.token)
        ):
            continue
        dropped.append(head if d.target_tokens else d)
        if not _fires_munitions(dropped[-1].token):
            dropped.pop()  # 'had bombed Dezful and killed 20 civilians': the toll, told apart
    return [d for d in drafts if not any(d is x for x in dropped)]


def _fold_passive_tolls(drafts: list[Draft], lex: Lexicon) -> list[Draft]:
    """A passive of killing with no doer coordinated with a fight told with its sides ('Kyrgyz
    and Tajik border guards clashed on Thursday, and at least 31 people were killed'; 'troops
    clashed with gunmen and two soldiers were killed'): the toll of the fight, no blow of its
    own. A killing with its own agent ('… and two were killed by a sniper') stays, and so do
    deaths beside a one-sided blow ('artillery has been pounding the ridges …, and 30 Indian
    soldiers have been killed': the gunners' own side)."""
    armed = {d.token.i for d in drafts if d.type == "clash" and not d.nominal and d.actor_tokens}
    return [
        d
        for d in drafts
        if not (
            d.type == "attack"
            and not d.nominal
            and not d.actor_tokens
            and d.token.dep_ == "conj"
            and d.token.head.i in armed
            and is_passive(d.token)
            and not children(d.token, ("agent",))
            and any_lemma(d.token, lex, KILLING_VERBS)
        )
    ]


def _fires_munitions(verb: Token) -> bool:
    """Whether a verb's object is a munition, singular or plural ('fired cruise missiles',
    'dropped bombs')."""
    return any(
        o.lower_ in MUNITIONS or o.lower_[:-1] in MUNITIONS for o in children(verb, ("dobj",))
    )


def _apart_by_date(one: Token, other: Token) -> bool:
    """Whether two verbs are dated by times of their own that differ."""
    mine, theirs = _own_dates(one), _own_dates(other)
    return bool(mine and theirs and not (mine & theirs))


def _coordinated_verbs(tok: Token) -> list[Token]:
    """The verbs of the list of coordinated verbs ``tok`` is in, ``tok`` among them."""
    top = tok
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    found, todo = [], [top]
    while todo:
        node = todo.pop()
        found.append(node)
        todo += [c for c in node.children if c.dep_ == "conj"]
    return found


def _price_told(draft: Draft, lex: Lexicon) -> bool:
    """A threat read off a price its subject will pay (``price_paid`` of
    ``data/event_syntax.json``: 'they will have to pay a very dear price')."""
    tok = draft.token
    return (
        draft.type == "threat"
        and pos_of(tok) == "verb"
        and any_lemma(tok, lex, PRICE_PAID["verbs"])
        and any(any_lemma(o, lex, PRICE_PAID["nouns"]) for o in children(tok, ("dobj",)))
    )


def _price_foretold(draft: Draft) -> bool:
    """Whether the subject of a price told (``_price_told``) is a party, the threatened one
    ('they', 'the enemies', 'the Taliban'), so that the one who says so threatens it; not
    'consumers will pay a high price for the tariffs', a cost."""
    return any(
        s.ent_type_ in ("GPE", "NORP", "ORG")
        or s.lower_ in PRICE_PAID["foes"]
        or s.lower_ in PRICE_PAID["pronouns"]
        for s in draft.actor_tokens
    )


def _said_to_be_behind(draft: Draft, lex: Lexicon) -> bool:
    """An armed act a speaker says someone was behind or responsible for ('Israel said Syria
    was behind the explosion', 'police said the rebels were responsible for the attack'):
    the speaker's accusation of them (``alleged_doer`` of ``data/event_syntax.json``), not
    an act the text tells as theirs. Told with no speaker, the text asserts it: their act;
    so is one the speaker claims for itself ('the rebels said they were behind the blast',
    ``own_claim_pronouns``)."""
    tok = draft.token
    if not (draft.nominal and draft.type in ARMED_TYPES and draft.speaker_tokens):
        return False
    if not draft.actor_tokens or tok.dep_ != "pobj":
        return False
    speaker = draft.speaker_tokens
    if all(
        a in speaker or (a.lower_ in ALLEGED_DOER["own_claim_pronouns"] and _agrees(a, speaker))
        for a in draft.actor_tokens
    ):
        return False  # 'the rebels said they were behind the blast': their own claim
    prep, holder = tok.head, tok.head.head
    if prep.lower_ in ALLEGED_DOER["preps"]:
        return pos_of(holder) == "verb" and any_lemma(holder, lex, ALLEGED_DOER["copulas"])
    return prep.lower_ == "for" and any_lemma(holder, lex, ALLEGED_DOER["answerable"])


def _mood_topics(tok: Token) -> list[Token]:
    """The phrases a mood is about: one of ``MOOD_PREPS`` ('about', 'over', 'on', 'regarding',
    'for') on the mood word or on its object ('upbeat about the chances of …', 'voiced despair
    over the stalled talks'), or a 'that' clause on either ('pessimistic that Beijing would
    agree', 'voiced confidence that a deal could be struck with Hanoi')."""
    holders = [tok, *objects(tok)] if pos_of(tok) == "verb" else [tok]
    clauses = [c for h in holders for c in children(h, ("ccomp", "acl"))]
    if tok.dep_ == "acomp":  # 'was pessimistic that …': the clause may hang on the copula
        clauses += children(tok.head, ("ccomp",))
    return [p for h in holders for p in prep_children(h, MOOD_PREPS)] + [
        c for c in clauses if c.dep_ == "ccomp" and c.head is tok or _that_clause(c)
    ]


def _that_clause(clause: Token) -> bool:
    """Whether a clause opens with 'that'."""
    return any(c.lower_ == "that" for c in children(clause, ("mark",)))


def _mood_parties(tok: Token, actors: list[Token], lex: Lexicon) -> list[Token]:
    """The first country named in what a mood is about, not the doer's own ('Seoul is upbeat
    about the chances of reviving dialogue with Pyongyang': Pyongyang): a pessimistic or
    optimistic comment is aimed at the party the prospect involves. Onlookers' moods aim at
    no one ('analysts are concerned about South Korea's politics'), nor do a pronoun's."""
    onlookers = lex.modality["onlookers"]
    if not actors or all(
        is_pronoun(a) or any_lemma(content_head(a), lex, onlookers) for a in actors
    ):  # 'he is also worried about Pakistan': whose worry the clause leaves to the article
        return []
    own = {t.i for a in actors for t in a.subtree}
    named = any(  # a clause's party only for a state or a named holder, not 'people are worried
        # that in America …'
        is_countryish(a)
        or content_head(a).ent_type_ in ("GPE", "NORP", "ORG", "PERSON")
        or any_lemma(content_head(a), lex, lex.word_class("person_title"))
        for a in actors
    )
    for topic in _mood_topics(tok):
        if topic.dep_ != "prep" and not named:
            continue
        for t in topic.subtree:
            if is_countryish(t) and t.i not in own and not _place_in_clause(t, topic):
                return [t]
    return []


def _place_in_clause(tok: Token, topic: Token) -> bool:
    """A country named in a mood's clause only as where its act happens (one of
    ``OUTBREAK_PREPS``: 'confident that the card will transform shopping in Italy'): a
    place, no party the mood is about; 'optimistic that China will sign' names one."""
    return (
        topic.dep_ != "prep"
        and tok.dep_ == "pobj"
        and tok.head.lower_ in OUTBREAK_PREPS
        and tok.head.head.pos_ in ("VERB", "AUX")
    )


def _absorb_mood_topics(triggers: list[Trigger]) -> None:
    """Talks, deals and other acts named by a noun in what a mood is about, or told in its
    'that' clause, are its topic, not events told ('voiced despair over the stalled talks with
    Ankara', 'is gloomy about a settlement', 'doubted that Hanoi would sign'): CAMEO codes the
    mood alone."""
    for mood in triggers:
        if mood.entry.cameo not in MOOD_CAMEOS or mood.absorbed_by is not None:
            continue
        topics = _mood_topics(mood.token)
        inside = {t.i for prep in topics for t in prep.subtree}
        clauses = {t.i for c in topics if c.dep_ != "prep" for t in c.subtree}
        for other in triggers:  # an act a 'that' clause hopes or fears for is no act told
            if other is mood:
                continue
            if (other.nominal and other.token.i in inside) or (
                other.token.i in clauses
                and any(a.lower_ in FORESEEN_AUX for a in children(other.token, ("aux",)))
            ):  # 'alarmed that Iraqi troops had crossed' tells the crossing
                other.absorbed_by = mood


def _struck_when(drafts: list[Draft]) -> None:
    """An armed act named by a noun with its doer and no target takes the target of an
    agentless blow told in a 'when' clause under its verb ('the last Iraqi raid came on
    Monday, when a Greek freighter was struck near Kharg'): one blow, told twice."""
    for noun in drafts:
        if not (noun.nominal and noun.actor_tokens and not noun.target_tokens):
            continue
        if noun.type not in ARMED_TYPES:
            continue
        for verb in drafts:
            if (
                verb.type in ARMED_TYPES
                and not verb.nominal
                and not verb.actor_tokens
                and verb.target_tokens
                and any(c.lower_ == "when" for c in children(verb.token, ("advmod",)))
                and noun.token.head in verb.token.ancestors
            ):
                noun.target_tokens = list(verb.target_tokens)
                break


def _escorted_by_own_side(trig: Trigger, draft: Draft, lex: Lexicon) -> list[Token]:
    """The state whose ship (``own_escorts``) an escort no other country is named for goes
    with: 'the Turkish research ship, escorted by warships, would sail …' sends Turkey's
    ship out under escort, a deployment of Turkey's. Empty for anything else."""
    tok = trig.token
    if trig.nominal or tok.tag_ != "VBN" or tok.dep_ != "acl" or not draft.actor_tokens:
        return []
    if not any_lemma(tok, lex, ESCORT_VERBS) or not any_lemma(
        described_noun(tok), lex, OWN_ESCORTS
    ):
        return []
    if any(a.ent_type_ in PARTY_ENTS or national_modifiers(a) for a in draft.actor_tokens):
        return []  # 'a Kuwaiti tanker escorted by U.S. warships': cooperation
    return national_modifiers(described_noun(tok))


def _made_the_target(noun: Token) -> list[Token]:
    """Who is said to be the target or victim of an armed act named by a noun: the subject
    of 'be' or 'become' ('Kuwaiti ships have been the target of Iranian attacks')."""
    prep = noun.head
    if prep.dep_ != "prep" or prep.lower_ != "of" or prep.head.lower_ not in TARGET_NOUNS:
        return []
    holder = prep.head
    if holder.dep_ != "attr":
        return []
    return _owners([content_head(s) for s in children(holder.head, SUBJECT_DEPS)])


def _toll_targets(trig: Trigger, draft: Draft, lex: Lexicon, ont: Ontology) -> list[Token]:
    """Whom the killing participle that tells an armed act's toll names, for that act."""
    for toll in trig.complements:
        if _toll_of(toll, trig):
            found = _draft(toll, lex, ont)
            if found is not None and found.target_tokens:
                return _dedupe(found.target_tokens, draft.actor_tokens)
    return []


def _draft(trig: Trigger, lex: Lexicon, ont: Ontology) -> Draft | None:
    if trig.retold:  # 'will attend the funeral of the victims of the Madrid bombings'
        return None
    mod = read_modality(trig.token, lex)
    if trig.presupposed:  # 'ready to deal with any response to Monday's attack': it happened
        mod = Modality(speech_verb=mod.speech_verb, hedged=mod.hedged)
    if mod.conditional:  # '… would follow if Iran continued to attack', 'if the court
        return None  # rejects the bid, …', 'unless Iraq agrees': a condition, not an event
    if mod.guessed:  # 'I am sure we can reach an understanding', 'a summit is possible'
        return None
    if _in_question(trig.token):  # 'Should Britain approve the treaty?': asked, not done
        return None
    if _asked_whether(trig.token, lex):  # 'a row over whether Greece should be allowed to …'
        return None
    if _only_held(trig, lex):  # 'every state has a veto on changes': a power, not its use
        return None
    if _only_able(trig.token):  # 'missiles capable of hitting tankers': no event
        return None
    if trig.nominal and ont[trig.entry.type].hostile and _hypothetical_act(trig.token):
        return None  # 'in the event of any U.S. strike', 'would repel any Iranian attack'
    if _not_implied(trig.token, lex):  # 'that did not mean Europe would support the U.S.'
        return None
    if _named_as_a_goal(trig.token, lex) or _only_faced(trig, lex):
        return None  # "Iran's main goal is to occupy Basra", 'Japan faces possible sanctions'
    etype, cameo = _complement_cameo(trig, ont, lex)
    if ont[etype].hostile and _done_by_plague(trig.token, lex):
        return None  # 'swine fever could invade Denmark': no doer's act
    if etype == "threat" and trig.complements and _done_by_plague(trig.complements[0].token, lex):
        etype, cameo = "statement", "010"  # 'warned that the tunnel could let rabies invade'
    if ont[etype].hostile and _hits_its_own(trig.token, lex):
        return None  # 'the army blew up its own ammunition depot': no party is hit
    if etype == "deployment" and _goes_nowhere(trig.token, lex):  # 'continuing to advance'
        return None
    if etype == "clash" and pos_of(trig.token) == "verb" and is_passive(trig.token):
        etype = "attack"  # 'had been fired at the Iraqi port': one side acts, no exchange
    if etype == "protest" and _shows_something(trig.token, lex):  # 'to demonstrate its authority'
        return None
    if etype == "statement" and _a_markets_mood(trig.token, lex):  # 'the market is generally
        return None  # sceptical about the outcome of any G-7 meeting': traders' mood, no party's
    if etype == "protest" and _a_states_march(trig.token):  # 'West Germany's stubborn march
        return None  # toward higher interest rates': a course a state holds, no demonstration
    carrier = _relief_carrier(trig.token, lex) if etype == "deployment" else None
    convoy = etype == "deployment" and _convoy_trigger(trig)
    if convoy:  # 'a convoy carrying grain reached Juba', 'an aid convoy arrived in Sarajevo'
        carrier = carrier or _marked_convoy(trig.token, lex)
        if carrier is None:  # 'an army convoy reached the town': no force, no relief
            return None
    if carrier is not None:  # 'sent two ships carrying relief supplies to Bangladesh'
        etype, cameo = "aid", "073"
    if etype == "meeting" and _met_as_a_response(trig.token, lex):  # 'efforts should be met
        return None  # by a reduction in interest rates': answered, no one met
    answered = _answered_act(trig.token, lex) if etype == "meeting" else None
    if answered is not None:  # 'meet any escalation by Iran with stronger countermeasures'
        etype, cameo = "threat", "130"
    if etype == "aid" and _envoys_kin_evacuated(trig, lex):  # 'began evacuating diplomats'
        return None  # families': a state bringing its own people home, no relief given
    if etype == "coercion" and cameo == "172" and _restricts_a_state(trig.token, lex):
        etype, cameo = "sanction", "163"  # 'introduced tighter restrictions on Cuba'
    if etype == "attack" and _verbal_attack(trig.token, lex):  # 'attacked the EC for backing down'
        etype, cameo = "accusation", "111"
    critics: list[Token] = []
    if etype == "attack" and _criticism(trig.token, lex):  # 'attacked the IMF forecasts'
        if _criticised_by_no_one(trig.token, lex):  # 'the minister came under attack'
            return None
        if _judged_measure(trig.token, lex):  # 'said the sale was an attack on farmers': a
            return None  # judgement in someone's words, whose 'by' names no attacker
        etype, cameo = "accusation", "111"
        if trig.nominal:  # 'the attack from the farm minister': the critic's
            critics = prep_objects(trig.token, ("from",))
    if etype == "pledge" and _vows_harm(trig.token):  # 'vowed revenge', 'swore to punish'
        etype, cameo = "threat", "138"
    if _aim_of_an_effort(trig):  # 'the opening of a war to disarm Iraq': what it is for
        return None
    if _suspected_grounds(trig.token):  # 'arrested two men on suspicion of selling arms to
        return None  # Iran': what they are suspected of, not told as done
    if etype == "appeal" and _asks_a_question(trig.token, lex):  # 'was asked whether …'
        return None
    if etype == "appeal" and _asks_to_stay_unnamed(trig.token, lex):  # 'asked not to be named'
        return None
    if etype in TOPIC_TYPES and trig.nominal and _topic_of_talks(trig.token, lex):
        return None  # 'plans to discuss economic cooperation': what talks are about
    if _gerund_topic_of_talks(trig.token, lex):
        return None  # 'new talks on cutting conventional forces': what the talks are about
    if etype == "sanction" and _market_trading_halted(trig.token):
        return None  # 'Trading on the Riga commodity exchange was suspended': a market halt
    if etype == "peacekeeping" and _lone_observer(trig.token):
        return None  # 'sent an observer, Deputy Foreign Minister Anatoly Adamishin': a delegate
    if etype in ("accusation", "demand") and _inquiry_into_mishap(trig.token, lex):
        return None  # 'ordered an inquiry into the blast at the Ojhri camp': no party blamed
    if etype == "withdrawal" and _raid_ended(trig.token, lex):
        return None  # 'fought for three hours before withdrawing into the jungle'
    if etype == "meeting" and trig.nominal and _hearsay_talk(trig.token):
        return None  # 'prices rose on trade talk that Brazil would sell less': hearsay
    if trig.nominal and _open_topic(trig.token, lex):
        return None  # 'will discuss possible sanctions against Japan': an option talked over
    if _ties_told_harmed(trig, lex):
        return None  # 'relations have been strained since …': a state of ties, no doer's act
    if trig.nominal and _watched(trig.token, lex):
        return None  # 'would watch the visit closely': what is watched is not told as done
    if _gathering_guarded(trig, lex):
        return None  # 'soldiers and police guarded the meeting': no party to it
    if _craft_met(trig, lex):
        return None  # 'two frigates met the tanker', 'warplanes met Iranian jets': no talks
    if _thing_threatens(trig, lex):
        return None  # 'the attacks, which threatened the economies of the region': no party
    date_token, quoted = _phase_complement(trig.token), None
    if (
        trig.entry.type == "threat"
        and trig.entry.requires_complement
        and not _has_event_complement(trig)
        and not _tells_a_party_what_to_do(trig.token)  # 'warned Tehran not to use them'
    ):
        content = complement_clauses(trig.token)
        clauses = (
            content[:1]
            + [  # '… were under scrutiny and it would act': the warner acts
                c
                for c in with_conjuncts(content[:1])[1:]
                if any(is_pronoun(s) for s in children(c, SUBJECT_DEPS))
            ]
        )
        mods = [read_modality(clause, lex) for clause in clauses if pos_of(clause) == "verb"]
        content_mod = next((m for m in mods if m.intent), mods[0] if mods else None)
        if content_mod is None or not content_mod.intent:  # 'warned that ties could suffer'
            if not (
                content_mod is not None
                and content_mod.hedged
                and any(
                    _names_a_penalty(clause, lex) or _hedged_measure(clause, lex)
                    for clause in clauses
                )
            ) and not _penalty_risked(trig.token, clauses, lex):
                # 'X could face sanctions, the EU warned' stays a threat, as do 'warned that
                # Pretoria could restrict the transit of goods' and 'warned protesters that they
                # risked arrest'
                etype, cameo = "statement", "010"
            mod = content_mod or mod
        elif not any(_warned_act(clause, lex) for clause in clauses if pos_of(clause) == "verb"):
            etype, cameo = "statement", "010"  # 'warned that trade would suffer': a forecast
    elif etype == "threat" and _warned_of_harm(trig.token, lex):
        etype, cameo = "statement", "010"  # 'warned of a recession': a forecast
    elif etype == "accusation" and doubts_a_prospect(trig.token):
        etype, cameo = "statement", "012"  # 'expressed reservations that such a scheme would
        # ever get off the ground': a pessimistic comment, as CAMEO codes 'voiced doubt that'
    elif etype == "threat" and _warning_foretells_a_state(trig, lex):
        etype, cameo = "statement", "010"  # "Yeutter's warning that the U.S. and Japan were
        # on the verge of a serious trade conflict": a forecast
    if (
        etype == "threat"
        and trig.entry.type == "threat"
        and not trig.nominal
        and _warned_by_onlookers(trig.token, lex)
        and _hedged_content(trig.token, lex)
    ):  # 'Western diplomats warned that an accident could lead to shooting': a forecast
        etype, cameo = "statement", "010"
    actors, targets = _actors_of(trig, lex, ont)
    actors = [f for a in actors for f in fired_from(a)] or actors  # 'shells fired from …'
    if not trig.nominal and not any(map(is_party_word, actors)):  # 'a car bomb planted by
        # the Real IRA killed 29': the IRA's
        actors = [p for s in subjects(trig.token) for p in planted_by(content_head(s))] or actors
    paid = _penalty_paid(trig, etype, lex)
    if paid is not None:  # 'Monsanto agreed to pay a fine': Monsanto is fined, by whom it pays
        actors, targets = _penalty_takers(paid), actors
    if carrier is not None and not targets:  # 'ships carrying food arrived in Beirut'
        goes_to = RELIEF_CARGO["destination_preps"]
        targets = prep_objects(trig.token, goes_to) or prep_objects(carrier, goes_to)
    if convoy and not any(is_party_word(a) for a in actors):
        actors = _vehicle_owners(trig.token) or actors  # 'a Red Cross convoy', 'U.N. trucks'
    if etype == "threat" and _left_unanswered(trig):  # '"… will not go unpunished," Iran said'
        actors, targets = _sayers(trig.token, lex), []
    elif (
        etype == "threat"
        and trig.entry.type == "threat"
        and not actors
        and not trig.nominal
        and is_passive(trig.token)
    ):  # 'the MNR said Malawian soldiers would be treated as enemy troops': the sayer's
        actors = _sayers(trig.token, lex)
    if etype == "rejection" and not targets:  # 'accused Cuba of …, a charge Havana rejected'
        targets = _accusers_of_the_charge(trig.token, lex)
    if etype in AGREED_TYPES and _agreed_between(trig, actors, targets):
        actors, targets = targets, []  # 'a truce was reached between Sudan and South Sudan'
    if critics:
        mine = critics + [m for c in critics for m in national_modifiers(c)]
        actors, targets = _dedupe(critics + actors, []), _dedupe(targets, mine)
    if not targets and trig.nominal and ont[etype].hostile:
        targets = _made_the_target(trig.token)  # 'its ships have been the target of attacks'
    if not actors and ont[etype].hostile:  # 'tortured in Egyptian police custody'
        actors = _custodians(trig.token)
    if not actors and etype == "protest" and trig.nominal:
        actors = _outbreak_places(trig.token, lex)  # 'protests erupted in Colombia'
    if not targets and ont[etype].hostile and not trig.nominal:
        targets = _place_holders(trig.token)  # 'tried to retake a hill held by Laotian forces'
    if not actors and not targets and ont[etype].hostile:
        actors = _outbreak_sides(trig.token, lex)  # 'fighting broke out between X and Y'
    if not actors and etype == "protest" and not trig.nominal:
        actors = _described_crowd(trig.token)  # 'crowds waving placards gathered in Lima'
    crowd_verb = trig.token if not trig.nominal else None
    if etype == "protest" and trig.nominal:
        crowd_verb = _staging_verb(trig.token)  # 'thousands formed a human chain in Riga'
    if etype in CROWD_TYPES and crowd_verb is not None and _unnamed_crowd(actors):
        # 'thousands rallied in Yerevan'
        places = _crowd_places(crowd_verb, actors, protest=etype == "protest")
        if etype != "protest":  # 'miners in Bolivia demanded …', not 'workers at the plant'
            places = [p for p in places if p.ent_type_ in PLACE_ENTS]
        actors = places or actors
    if etype == "protest" and not targets and crowd_verb is not None:
        targets = _missions_besieged(crowd_verb, lex)  # 'outside the French embassy'
    if trig.answered_by is not None and not actors:  # 'destroyed two Iranian platforms in
        # response to Friday's attack on a U.S.-flag ship': whom the answer hits made it
        actors = _dedupe(_hit_parties(trig.answered_by.token), targets)
    if trig.means is not None:  # "Thursday's Israeli raid on a camp killed 20"
        means_actors, means_targets = _nominal_arguments(trig.means.token, lex)
        actors = actors if actors and not means_actors else means_actors
        targets = _dedupe(targets + means_targets, actors)
    if answered is not None:
        targets = _doers_of_act(answered)
        if answered.dep_ in SUBJECT_DEPS:  # 'any U.S. interference would meet a strong
            # response': the act meets it, the speaker answers
            said = mod.speech_verb
            actors = subjects(said) if said is not None and said.dep_ != "prep" else []
    if (
        etype in TOPIC_PARTNER_TYPES
        and mod.speech_verb is not None
        and not any(is_party_word(t) for t in targets)
    ):
        targets = _fronted_topic(mod.speech_verb) or targets  # 'Concerning Saudi Arabia, X said'
    if trig.told and not targets:  # 'Britain said Iran must release the hostages': Iran
        targets = _dedupe(trig.told, actors)
    if not targets and etype in TOLD_TYPES:  # 'Uganda demanded that Kenya hand over …'
        targets = [
            s
            for clause in children(trig.token, ("ccomp",)) + _for_clauses(trig.token, lex)
            for s in subjects(clause)
            if not is_pronoun(s) and s.ent_type_ != "LOC"  # 'Asia must …': no state
        ]
    if not targets and etype == "accusation" and not trig.nominal:
        targets = _accused_in_clause(trig.token)  # 'Egypt alleged that Libya was behind it'
    elif etype == "accusation" and trig.nominal:  # 'Iranian charges that Kuwait is supporting
        targets = _accused_in_clause(trig.token) or targets  # Iraq': Kuwait, not Iraq
    if not targets and trig.complements and not trig.complements[0].nominal:
        # 'began a hunger strike to protest against Sweden's decision': whom it is aimed at;
        # 'charged that Croatian troops shelled Serb villages': the accused did it
        content = trig.complements[0]
        doers, struck = _actors_of(content, lex, ont)
        said = content.token.head == trig.token and content.token.dep_ == "ccomp"
        accused = [d for d in doers if not is_pronoun(d)] if etype == "accusation" and said else []
        if not accused and etype in VOICED_TYPES and ont[content.entry.type].hostile:
            # 'expressing regret over America's decision to impose tariffs on Japanese
            # goods': the words are aimed at who means to strike, not at the one struck
            accused = [d for d in doers if not is_pronoun(d) and d not in actors]
        targets = _dedupe(_owners(accused), actors) if accused else _owners(struck)
    elif not targets and trig.complements and etype in ("rejection", "threat"):
        # 'ruled out talks with Hamas', 'threatened military action against Iraq'
        targets = _dedupe(_owners(_actors_of(trig.complements[0], lex, ont)[1]), actors)
    elif not targets and trig.complements and etype == "statement" and pos_of(trig.token) == "adj":
        # 'Seoul is gloomy about the prospects for talks with the North': the mood is about
        # the party the act names (its doer, else its target)
        doers, struck = _actors_of(trig.complements[0], lex, ont)
        targets = _dedupe(_owners(_dedupe(doers, actors) or struck), actors)
    elif not targets and trig.complements and etype in TOLD_TYPES:
        # 'called for talks between the two sides': the parties are asked to meet
        targets = _dedupe(_parties_of(trig.complements[0].token), actors)
    speaker = mod.speakers()
    if trig.entry.predicative:  # '"X is a provocation," Y said': Y accuses X
        actors, targets = speaker, _owners(children(_predicate_verb(trig.token), SUBJECT_DEPS))
        if mod.speech_verb is not None:
            date_token = mod.speech_verb
            verb = _predicate_verb(trig.token)
            quoted = (verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge))
            mod = read_modality(mod.speech_verb, lex)
    if speaker and etype in POST_ACT_TYPES and _unowned_posts(actors, lex):
        actors = speaker  # 'Nine embassies will close, X announced': X's country closes them
    if etype == "concession" and not actors and speaker and _people_freed(trig.token, lex):
        actors = speaker  # 'The US announced that Habib will be released': the US frees him
    if speaker and _pursued_by_efforts(trig) and all(a.lower_ in PURSUIT_SUBJECTS for a in actors):
        actors = speaker  # 'Clarke said efforts would continue to deport them': his side's
    if (
        etype in AGREED_TYPES
        and speaker
        and not any(map(is_party_word, actors))  # the deal itself, subject of the passive
        and _reached_with_partner(trig.token)
    ):
        actors = speaker  # 'Hamas said a truce had been reached with Israel': Hamas is a party
    pronouns = [a for a in actors if is_pronoun(a)]
    actors = [
        s for a in actors for s in (speaker if a in pronouns and _agrees(a, speaker) else [a])
    ]
    info = ont[etype]
    if speaker and info.hostile:  # 'Iraq said a missile was fired at it': the speaker is struck
        targets = _dedupe(
            [
                s
                for t in targets
                for s in (
                    speaker
                    if is_pronoun(t) and t.lower_ in STRUCK_PRONOUNS and _agrees(t, speaker)
                    else [t]
                )
            ],
            actors,
        )
    # an entry read only under 'not' of a type no negation reverses holds its own negation
    # ('would not hear of talks' is a refusal that happened)
    negated = mod.negated and not (trig.entry.negated and not info.cooperative)
    closed = _closed_to(trig.token) if trig.nominal and etype == "meeting" else None
    if closed is not None:  # 'the rebate is not up for renegotiation, Straw said'
        etype, cameo, negated, info = "rejection", "120", False, ont["rejection"]
        owners = [p for s in children(closed, SUBJECT_DEPS) for p in children(s, ("poss",))]
        actors, targets = speaker or owners, []
    forces_let = _forces_permitted(trig, lex) if etype == "concession" and not negated else []
    if forces_let:  # 'has allowed American AWACS planes to fly from its bases': military help
        etype, cameo, info, targets = "cooperation", "062", ont["cooperation"], forces_let
    permitted = _permitted(trig.token) if etype == "concession" and negated else []
    passive_pronoun = is_passive(trig.token) and all(is_pronoun(p) for p in permitted)
    if negated and etype == "concession" and _permits(trig.token, lex) and not passive_pronoun:
        if not permitted or any(p.lower_ in PERMIT_NEGATED_THINGS for p in permitted):
            return None  # '"We cannot allow it to be jeopardized," Reagan said': a stance
        if _hardship_not_allowed(trig.token, lex):
            return None  # 'would not let a single person starve': a promise of care
        # 'he will not allow Japan to flood the market': he refuses Japan
        etype, cameo, negated, info = "rejection", "120", False, ont["rejection"]
        doers = subjects(trig.token)
        if is_passive(trig.token):  # 'Soviet diplomats will not be allowed to …, he said'
            doers = [p for a in children(trig.token, ("agent",)) for p in pobjs(a)] or speaker
        actors = [
            s for a in doers for s in (speaker if is_pronoun(a) and _agrees(a, speaker) else [a])
        ] or actors
        targets = _dedupe(permitted, actors)
        if _armed_permission(trig.token, lex):  # 'will not allow Iran to use missiles to
            etype, cameo, info = "threat", "130", ont["threat"]  # choke off oil shipments'
    if etype == "rejection" and mod.intent and not negated and _vows_to_resist(trig, lex):
        etype, cameo, info = "threat", "138", ont["threat"]  # 'will oppose any aggression'
    if etype == "arms_transfer" and not actors and any_lemma(trig.token, lex, RECEIVE_VERBS):
        return None  # 'delayed plans to buy a missile': bought from no one named, none refused
    if (
        negated
        and info.cooperative
        and not _attempt_denied(trig, lex)
        and (
            mod.intent
            or mod.status == "planned"
            or _cannot(trig)
            or (not trig.nominal and _inflects(trig.token, lex, ACCEPTANCE_VERBS))
            or _not_accepted(trig, lex)
        )
    ):  # 'decided not to accept a U.S. offer', 'did not approve the pact': a refusal
        accepting = _inflects(trig.token, lex, ACCEPTANCE_VERBS)
        if (
            etype == "aid"
            and not _inflects(trig.token, lex, RECEIVE_VERBS)
            and (trig.nominal or children(trig.token, ("dobj",)))
        ):  # 'would not approve new loans', 'will not give aid': aid withheld by its giver;
            # 'would not go to the IMF for help' seeks none
            etype, cameo, negated, info = "sanction", "1621", False, ont["sanction"]
            accepting = False
        else:
            etype, cameo, negated = "rejection", "120", False
        if accepting:  # not 'cannot bow to U.S. pressure'
            targets = [t for t in targets if not _owner_in_phrase(t)]
    elif mod.refused and info.cooperative:
        if not trig.nominal and _private_refusal(trig.token, lex):
            return None  # 'most refugees refuse to return home': no party's refusal
        etype, cameo = "rejection", "125" if etype in ("meeting", "visit") else "120"
        mod.status = "past"
    elif mod.refused and not _demand_told_in_full(trig):
        negated = True  # not 'rejected a U.S. demand that it open the site': the demand stands
    elif (
        mod.intent
        and not negated
        and info.hostile
        and etype != "threat"
        and not _pursued_by_efforts(trig)
        and not _planned_coercion(trig, etype)
        and not _trial_to_come(trig, cameo)
    ):
        etype, cameo = "threat", info.intent_cameo or "130"
    elif mod.intent and _planned_coercion(trig, etype):
        pass  # 'is planning to return the children to Albania': the coercion itself, planned
    elif mod.intent and not negated and info.intent_cameo and not info.absorbs:
        cameo = info.intent_cameo
    if _has_ultimatum(trig.token) and mod.intent and etype != "threat":
        etype, cameo = "threat", info.intent_cameo if info.hostile else "130"  # '… unless …'
    elif (  # 'the EC may halt its mediation if …', 'could impose sanctions unless …'
        info.hostile
        and mod.status == "possible"
        and not negated
        and not mod.conditional
        and (
            _has_ultimatum(trig.token, ("if", "unless"))
            or _hedged_own_act(trig, actors, speaker, lex)
        )
    ):  # 'Canada may impose sanctions on Venezuela, a spokesman said'
        etype, cameo = "threat", info.intent_cameo or "130"
    elif (
        etype in GUESSED_DEALINGS
        and not negated
        and _guessed_dealing(trig, mod, actors, speaker, lex)
    ):
        return None  # 'France and Spain may agree to put off the quotas': a guess, no news
    if (
        etype == "rejection"
        and cameo == "127"
        and mod.intent
        and not negated
        and _has_ultimatum(trig.token, ("if", "unless"))
    ):  # 'Iran said it would pull out of the treaty if the Council imposed sanctions': a
        etype, cameo = "threat", "130"  # deal left only on a condition is threatened
    if etype == "threat":  # 'Iraq will retaliate if Iran attacks Basra': aimed at Iran
        warned = [o for o in children(trig.token, OBJECT_DEPS) if o.ent_type_ in PARTY_ENTS]
        conditioned = [
            d for d in _conditioned_party(trig.token) if is_party_word(d) or national_modifiers(d)
        ]  # 'if Seoul's efforts falter': Seoul
        # 'warned Iran of consequences if the attacks continued': no party acts in the condition
        targets = conditioned or warned or targets
    if trig.nominal and not actors and not targets and not trig.protested:
        return None
    if any_lemma(trig.token, lex, OWNED_TRIP_NOUNS) and trig.nominal and not _one_traveller(actors):
        return None  # 'the return from Iraq of the workers', 'on their return': no envoy's trip
    if trig.nominal and any_lemma(trig.token, lex, RETURN_NOUNS):  # 'his return to Tehran
        targets = [  # from Moscow': Moscow was visited, Tehran is home
            t for t in targets if not (t.head.lower_ == "to" and t.head.head == trig.token)
        ]
    if etype in RECEIVED_TYPES and any_lemma(trig.token, lex, RECEIVE_VERBS):
        if not actors:
            return None  # 'the army acquired new missiles': from no one named
        if etype == "support" and not any(_receiving_party(content_head(t), lex) for t in targets):
            return None  # 'the yen got support from central bank buying': a market's, no party's
    if etype == "pledge" and trig.nominal and _received_pledge(trig.token, lex):
        givers = prep_objects(trig.token.head, ("from",)) + prep_objects(trig.token, ("from",))
        if not givers:
            return None  # 'Washington had received assurances that …': given by no one named
        actors, targets = givers, subjects(trig.token.head)  # 'won a promise from Moscow'
    if (
        etype in ("meeting", "visit")
        and actors
        and all(_of_business_people(a, lex) for a in actors)
    ):
        return None  # 'a mission of Swedish businessmen visited Beijing': no state's visit
    if etype in ("appeal", "demand") and actors and all(_business_person(a, lex) for a in actors):
        return None  # 'A private U.S. rice trader visited Tokyo requesting Japan buy rice'
    if (
        etype in ("meeting", "visit")
        and any(_scholarly(a, lex) for a in actors)
        and all(_scholarly(a, lex) or _of_former_office(a) for a in actors)
    ):
        return None  # 'historians and former negotiators opened a conference': scholars
    if etype in ("meeting", "visit", "concession"):
        met = [trig.token] if trig.nominal else children(trig.token, ("dobj",))
        if met and all(_home_lobby(o) for o in met):
            return None  # 'received a delegation of the federation': a lobby at home
    if etype == "coercion" and not trig.nominal and _own_premises_shut(trig.token, actors, lex):
        return None  # 'The OSI shut its office in Moscow': its own office closed, no one coerced
    if etype == "deployment" and _posts_on_alert(trig, actors, lex):
        return None  # 'U.S. diplomatic missions overseas are on high alert': no force posted
    if etype in ("attack", "clash") and not trig.nominal and _game_won(trig.token, lex):
        return None  # 'Boris Becker beat Dimitri Poliakov in straight sets': a game's result
    if etype == "meeting" and _meets_alone(trig, actors, targets):
        return None  # "Israel's cabinet met on Sunday": a session, no one else is met
    if etype == "aid" and _aid_to_business(trig.token):
        return None  # 'approved government aid to the steel company', 'state aid to industry'
    if cameo == "016" and not trig.nominal and _denied_plan(trig.token):
        return None  # 'denied reports that the president would visit Jerusalem': no deed denied
    if etype == "meeting" and trig.nominal and _not_a_meeting(trig.token, lex):
        return None  # 'has until the next meeting to reply', 'a meeting of oil executives'
    if etype == "meeting" and not trig.nominal and any(map(_place_closed, objects(trig.token))):
        return None  # 'closed the summit to visitors': a place shut, no talks ended
    if etype == "aid" and _helped_make_arms(trig.token, lex):
        etype, cameo = "arms_transfer", ont["arms_transfer"].cameo
    if etype == "arms_transfer" and not trig.nominal and _civilian_goods(trig.token, lex):
        if not any_lemma(trig.token, lex, lex.word_class("giving_verb")):
            return None  # 'will export building materials to Spain': trade, no arms
        etype, cameo = "aid", ont["aid"].cameo  # 'sent medical equipment to Sri Lanka'
    if etype == "arms_transfer" and not trig.nominal and _arms_moved_into(trig.token, lex):
        etype, cameo = "deployment", ont["deployment"].cameo  # 'sent tanks into Ukraine'
    if (etype, cameo) in (("arms_transfer", "072"), ("cooperation", "062")) and (
        not trig.nominal and _sent_on_watch(trig.token, lex)
    ):  # 'sent two AWACS planes to Egypt to watch Libyan air movements'
        etype, cameo = "deployment", ont["deployment"].cameo
    if etype == "airstrike" and not trig.nominal and _drops_relief(trig.token, lex):
        etype, cameo = "aid", ont["aid"].cameo  # 'planes dropped food and medicine over …'
    if (
        etype in ("arms_transfer", "deployment")
        and not trig.nominal
        and _relief_purpose(trig.token, lex)
    ):
        etype, cameo = "aid", "073"  # 'sent planes to help the relief effort'
    if etype == "deployment" and (
        _names_peacekeepers(trig.token, lex)
        or (not trig.nominal and _protective_purpose(trig.token, lex))
    ):
        etype = "peacekeeping"
        cameo = ont["peacekeeping"].intent_cameo if mod.intent else ont["peacekeeping"].cameo
    if cameo == ont[etype].intent_cameo and _forces_scheduled(trig, etype, mod, lex):
        cameo = trig.entry.cameo or ont[etype].cameo  # 'troops are to begin leaving': no pledge
    if _departure_dated(trig, etype, mod, lex):
        return None  # 'will step down in January next year': a term's end, nothing yielded
    if not trig.nominal and _not_to_be_ruled_out(trig.token, lex):
        return None  # 'a new coup could not be ruled out, analysts said': a guess, and the
        # act it names, which the verb holds, is none either
    if (
        mod.promised
        and not trig.nominal  # 'the withdrawal would begin': no one announces it
        and not (etype == "concession" and _people_freed(trig.token, lex))  # 'will be freed'
        and not (etype == "concession" and _firms_permitted(trig.token, lex))  # a rule eased
        and ont[etype].pledged
        and cameo == ont[etype].intent_cameo
    ):
        etype = "pledge"  # 'Israel would free 150 prisoners' is a pledge (CAMEO 035); a plan is not
    if (mod.conditional or mod.consequence) and etype not in CONDITIONAL_ACTS:
        return None  # 'if the proposed meeting took place it would open the way for talks'
    if mod.consequence and etype == "pledge" and _own_state_condition(trig.token):
        return None  # 'If admitted into the EU, Turkey would contribute 6bn euros': a forecast
    if etype == "attack" and cameo == "180":
        cameo = _attack_cameo(actors, lex)
    if etype == "attack" and cameo == "190" and _civilians_struck(trig, actors, lex):
        cameo = "180"  # 'soldiers killed dozens of civilians', 'guards fired on refugees'
    if etype == "attack" and cameo in ("180", "190") and _killed_a_leader(trig, lex):
        cameo = "186"  # 'Israel killed the Hamas political leader in Tehran': an assassination
    if etype in ("attack", "clash") and _irregulars_strike(trig, actors, lex):
        etype, cameo = "attack", "180"  # 'RENAMO guerrillas killed 40 villagers in a raid'
    if etype == "attack" and cameo == "190" and not trig.nominal:
        cameo = _blow_at_the_unarmed(trig.token, lex) or cameo  # 'fired on demonstrators'
    if etype == "attack" and not trig.nominal and _killed_en_masse(trig.token, actors, lex):
        etype, cameo = "mass_violence", "202"  # 'killed thousands of Kurds'
    if (
        etype == "military_exercise"
        and cameo == "150"
        and _a_drill(trig.token, lex)
        and _several_states(actors)
    ):
        etype, cameo = "cooperation", "062"  # 'Egypt and the United States held naval exercises'
    if (
        (etype, cameo) in (("coercion", "174"), ("sanction", "166"))
        and not trig.nominal
        and _expelled_en_masse(trig.token)
    ):  # 'deported hundreds of thousands of Yemenis', 'forced 100,000 Nepalis out'
        etype, cameo = "mass_violence", "201"
    fired = etype == "shelling" or any_lemma(trig.token, lex, FIRING_VERBS)
    if (fired and etype in ARMED_TYPES and _weapons_test(trig.token, lex)) or (
        etype in ARMED_TYPES and _test_blast(trig.token, lex)
    ):  # 'test-fired', 'the third Soviet underground blast since the test moratorium'
        etype, cameo = "military_exercise", ont["military_exercise"].cameo
    if not negated and _weighed_option(trig.token, lex, trig.nominal):
        etype, cameo = "statement", "014"  # 'South Korea is considering whether to lift the ban'
    if etype == "rejection" and not trig.nominal and _option_kept_open(trig.token, negated, lex):
        etype, cameo, negated = "statement", "014", False  # 'did not rule out talks'
    if (
        info.pledged
        and info.intent_cameo
        and not trig.nominal
        and any_lemma(trig.token, lex, PLEDGING_VERBS)
        and not (etype == "peacekeeping" and any_lemma(trig.token, lex, FORCE_COMMITTING_VERBS))
    ):  # 'Germany pledged 1 billion euros in aid': intent to give (CAMEO 033), not yet given
        etype, cameo = "pledge", info.intent_cameo
    if etype in ARMED_TYPES and not trig.nominal and _crowd_control(trig.token):
        etype, cameo = "attack", "175"  # 'soldiers fired tear gas at students'
    if etype in ARMED_TYPES:  # 'attacked the town with chemical weapons': the type stays
        cameo = _mass_destruction_cameo(trig.token, lex) or cameo
    conf = trig.entry.confidence
    conf *= 1.0 if actors else 0.6
    conf *= 1.0 if targets else 0.9
    conf *= 0.8 if mod.hedged else 1.0
    conf *= 0.9 if mod.status == "planned" else 1.0
    return Draft(
        type=etype,
        cameo=cameo,
        token=trig.token,
        trigger_text=" ".join(w.text for w in trig.words),
        actor_tokens=actors,
        target_tokens=targets,
        status=mod.status,
        negated=negated,
        confidence=round(max(0.05, min(0.99, conf)), 3),
        nominal=trig.nominal,
        own_doer=trig.nominal and has_own_doer(trig.token),
        speaker_tokens=speaker,
        pronoun_tokens=pronouns,
        date_token=date_token,
        quoted=quoted,
        reported=None if trig.entry.predicative else reported_clause(trig.token, mod),
    )


def _helped_make_arms(tok: Token, lex: Lexicon) -> bool:
    """Help given to make or develop a weapon ('produced a missile with help from China',
    'is building warplanes with Soviet assistance'): arms, not plain aid."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "with" or not any_lemma(tok, lex, HELP_NOUNS):
        return False
    made = tok.head.head  # the verb, or the weapon itself when 'with' hangs on it
    weapons = lex.word_class("weapon")
    if pos_of(made) == "verb":
        return any(any_lemma(o, lex, weapons) for o in objects(made))
    return any_lemma(made, lex, weapons) and made.dep_ in OBJECT_DEPS


def _held_as_a_rule(tok: Token, lex: Lexicon) -> bool:
    """A detention noun said to be 'without trial' or 'without charge' that names no one held
    and no holder ('the regime of detention without trial', 'to justify detention without
    trial for foreign suspects'): a practice argued over, not an arrest. 'The detention of
    nine men without trial' and 'their detention without charge' stay events."""
    if not any_lemma(tok, lex, lex.word_class("practised_detention")):
        return False
    after = tok.doc[tok.i + 1 : tok.i + 3]  # read on the words: the parser often hangs
    # 'without trial' on the verb ('to justify detention without trial')
    if [t.lower_ for t in after] not in (["without", "trial"], ["without", "charge"]):
        return False
    return not children(tok, ("poss",)) and not prep_children(tok, ("of", "by"))


def _drops_relief(tok: Token, lex: Lexicon) -> bool:
    """Every object of an aircraft's verb, conjuncts too, is relief ('dropped 25 tonnes of food
    and medicine', 'dropped supplies'): help delivered from the air, no air raid. A verb of
    harm ('drones destroyed three air defence systems') is no drop (``relief_drops``)."""
    if not any_lemma(tok, lex, RELIEF_DROPS):
        return False
    relief = lex.word_classes("aid", "generic_goods")
    heads = [content_head(o) for o in objects(tok)]
    heads = [
        p for h in heads for p in (prep_objects(h, ("of",)) if h.like_num or _measured(h) else [h])
    ]
    named = [c for h in heads for c in (h, *h.conjuncts)]
    return bool(named) and all(any_lemma(o, lex, relief) for o in named)


def _measured(tok: Token) -> bool:
    """'25 tonnes of food': a counted measure whose 'of' object is the thing."""
    return any(c.dep_ == "nummod" for c in tok.children) and bool(prep_objects(tok, ("of",)))


def _civilian_goods(tok: Token, lex: Lexicon) -> bool:
    """Every weapon word among the verb's objects is a generic one ('equipment', 'material',
    'vehicle') put to a civilian use by its modifier (class ``civilian_use``: 'medical
    equipment', 'building materials', 'farm vehicles'): goods, not arms."""
    weapons = lex.word_class("weapon")
    generic = lex.word_class("generic_goods")
    civilian = lex.word_class("civilian_use")
    named = [content_head(o) for o in objects(tok)]
    named = [o for o in named if any_lemma(o, lex, weapons)]
    return bool(named) and all(
        any_lemma(o, lex, generic)
        and any(any_lemma(c, lex, civilian) for c in children(o, ("amod", "compound")))
        for o in named
    )


def _hits_its_own(tok: Token, lex: Lexicon) -> bool:
    """A hostile act on a site or stock called someone's own ('the army blew up its own
    ammunition depot', 'set fire to their own fuel stores', 'the destruction of its own
    arsenal'): forces keeping it from others, no party hit. The owner is not checked against
    the doer; in news copy 'own' is the doer's. Not people ('killed its own citizens' stays an
    act)."""
    hit = [content_head(o) for o in objects(tok)] + prep_objects(tok, ("to", "on", "of"))
    return any(
        any(c.lower_ == "own" for c in children(o, ("amod",)))  # the cheap test first
        and children(o, ("poss",))
        and any(any_lemma(o, lex, lex.word_class(c)) for c in ("site", "stock"))
        for o in hit
    )


DENIED_REPORTS = frozenset(_WORDS["denied_plans"]["reports"])
FUTURE_MARKS = frozenset(_WORDS["denied_plans"]["future_marks"])
CLIMBING_VERBS = frozenset(_WORDS["climbing_verbs"])
PLACES_CLOSED = {k: frozenset(v) for k, v in _WORDS["places_closed"].items()}
DENYING_FORMS = frozenset({"deny", "denied", "denies", "denying"})


def _denied_plan(tok: Token) -> bool:
    """A denial whose every object is a report or rumour told with a clause of a plan ('denied
    reports that the army chief would travel to Washington'): a plan denied, no deed."""
    if tok.lower_ not in DENYING_FORMS:
        return False
    reports = [o for o in objects(tok) if o.lower_ in DENIED_REPORTS]
    if not reports or len(reports) != len(objects(tok)):
        return False
    clauses = [c for o in reports for c in o.children if c.dep_ in ("acl", "ccomp", "relcl")]
    return bool(clauses) and all(
        any(a.dep_ == "aux" and a.lower_ in FUTURE_MARKS for a in c.children) for c in clauses
    )


def _place_closed(noun: Token) -> bool:
    """A noun shut or opened to people (`places_closed`: 'closed the summit to visitors',
    'reopened the hall to the public'): a place, no gathering ended or begun."""
    verb = noun.head
    return (
        noun.dep_ == "dobj"
        and verb.lower_ in PLACES_CLOSED["verbs"]
        and any(p.lower_ in PLACES_CLOSED["to"] for p in prep_objects(verb, ("to",)))
    )


def _not_a_meeting(tok: Token, lex: Lexicon) -> bool:
    """A gathering noun that names no meeting of parties: the next one after a preposition of
    time, which only dates another act ('has until the next meeting to reply', 'will decide at
    its next meeting in June'), or one of business people ('told a meeting of oil industry
    executives', 'after a securities analysts meeting'): company business."""
    if tok.dep_ == "dobj" and tok.head.lower_ in CLIMBING_VERBS:
        return True  # 'reached the summit of Everest': a mountain's top
    if _place_closed(tok):
        return True  # 'closed the summit to visitors': a place shut
    m = lex.modality
    if tok.dep_ == "pobj" and any(
        c.dep_ == "amod" and c.lower_ in m["next_words"] for c in tok.children
    ):
        prep = tok.head
        word = prep.head if prep.lower_ == "of" and prep.head.lower_ == "ahead" else prep
        if word.lower_ in m["landmark_preps"]:
            return True
    return _of_business_people(tok, lex)


def _of_business_people(tok: Token, lex: Lexicon) -> bool:
    """A group or gathering of business people ('a meeting of oil industry executives', 'a
    mission of Swedish businessmen', 'a business delegation')."""
    business = lex.word_class("business_people")
    members = prep_objects(tok, ("of",))
    members += children(tok, ("compound",))
    return any(any_lemma(w, lex, business) for w in members)


def _business_person(tok: Token, lex: Lexicon) -> bool:
    """A doer that is itself business people ('a private U.S. rice trader', 'Western
    bankers'), or a group of them ('a delegation of bankers'): a firm's or trader's ask of a
    state is business, no state's appeal. A word before the noun does not make it one ('the
    EC's executive authority')."""
    business = lex.word_class("business_people")
    return any(any_lemma(w, lex, business) for w in [tok, *prep_objects(tok, ("of",))])


def _posts_on_alert(trig: Trigger, actors: list[Token], lex: Lexicon) -> bool:
    """An alert whose every party put on it is a post abroad or its diplomats ('many U.S.
    diplomatic missions are on high alert', 'embassies were put on alert'): a guard against
    attack, no force made ready."""
    entry = trig.entry
    if entry.prep_object is None or "alert" not in entry.prep_object:
        return False
    posts = lex.word_classes("post_abroad", "envoy")
    parties = actors or objects(trig.token)
    return bool(parties) and all(any_lemma(p, lex, posts) for p in parties)


def _meets_alone(trig: Trigger, actors: list[Token], targets: list[Token]) -> bool:
    """A meeting verb whose one party is a single body of one country ("Israel's cabinet",
    'the Iranian parliament') or the people of one country named by its name ('U.S.
    officials', "France's ministers"; not 'Arab ministers', a people of several states), with
    no object and no 'with': the body in session, the officials among themselves. A party
    named only in the purpose of the session ("North Korea's parliament will meet to ratify
    an accord with the IAEA") is no one met."""
    tok = trig.token
    purpose = {t.i for c in tok.children if c.dep_ in ("advcl", "xcomp") for t in c.subtree}
    if trig.nominal or len(actors) != 1 or tok.dep_ == "xcomp":
        return False
    if any(t.i not in purpose for t in targets):
        return False
    party = actors[0]
    kinds = ("GPE", "NORP") if party.tag_ in ("NN", "NNP") else ("GPE",)
    return (
        party.tag_ in ("NN", "NNP", "NNS")
        and any(m.ent_type_ in kinds for m in national_modifiers(party))
        and not children(party, ("conj", "appos"))
        and not objects(tok)
        and not prep_children(tok, PARTNER_PREPS)
        and not any(w.dep_ in OBJECT_DEPS for w in trig.words if w != tok)
    )


def _blamed_acts(trig: Trigger, draft: Draft, lex: Lexicon, ont: Ontology) -> list[Draft]:
    """'blame Iran for two missile attacks', 'held Iraq responsible for the raid', 'blamed the
    blasts on the rebels': an act named by a noun is taken as having happened, so it is an
    event of its own, done by the accused (not aimed at them: the 'on' phrase names them)
    ('accused Chad of attacking' only alleges the attack: the accusation alone)."""
    if draft.type != "accusation" or draft.nominal or not draft.target_tokens:
        return []
    out: list[Draft] = []
    for comp in trig.complements:
        head = comp.token.head
        laid_on = _blamed_on(trig.token, [comp.token], lex) if head == trig.token else []
        if not (
            comp.nominal
            and ont[comp.entry.type].hostile
            and (
                laid_on  # 'blamed the blasts on the rebels'
                or (
                    head.dep_ == "prep"
                    and head.lower_ in BLAME_PREPS
                    and head.head in (trig.token, *objects(trig.token))
                )
            )
        ):
            continue
        act = _draft(comp, lex, ont)
        if act is None or act.type != comp.entry.type:
            continue
        if not has_own_doer(comp.token):
            act.actor_tokens = list(draft.target_tokens)
            act.speaker_tokens, act.pronoun_tokens = [], []
        blamed = {w.i for prep in laid_on for w in prep.subtree}
        act.target_tokens = [t for t in act.target_tokens if t.i not in blamed]
        act.target_tokens = _dedupe(act.target_tokens, act.actor_tokens)
        act.own_doer = True  # kept apart from other acts of its type in the sentence
        act.status = "past" if act.status == "ongoing" else act.status
        out.append(act)
    return out


def _charged_acts(trig: Trigger, draft: Draft, lex: Lexicon, ont: Ontology) -> list[Draft]:
    """'Libyan jets struck a Chadian garrison, Chad charged', 'Iran complained that Iraqi
    planes had bombed Dezful': a hostile act a state charges in a clause of its own, with a
    doer named there (not a pronoun), done or under way, is an event of its own besides the
    accusation (as a said clause is); with no target named, it struck the accuser ('Togolese
    soldiers attacked a village, Ghana charged')."""
    if draft.type != "accusation" or draft.nominal or draft.negated:
        return []
    if draft.status not in ("past", "ongoing") or not draft.actor_tokens:
        return []
    out: list[Draft] = []
    for comp in trig.complements:
        clause = comp.token.head if comp.token.dep_ == "conj" else comp.token  # '… and attacked'
        if comp.nominal or clause.dep_ != "ccomp" or clause.head != trig.token:
            continue
        if not ont[comp.entry.type].hostile:
            continue
        act = _draft(comp, lex, ont)
        if act is None or act.type != comp.entry.type or act.negated:
            continue
        if act.status not in ("past", "ongoing"):
            continue  # 'charged that Iraq plans to attack': no act yet
        if not act.actor_tokens or all(is_pronoun(t) for t in act.actor_tokens):
            continue
        if not act.target_tokens:
            act.target_tokens = _dedupe(list(draft.actor_tokens), act.actor_tokens)
        act.own_doer = True  # kept apart from other acts of its type in the sentence
        out.append(act)
    return out


def _condemned_acts(trig: Trigger, draft: Draft, lex: Lexicon, ont: Ontology) -> list[Draft]:
    """'Syria condemned the Israeli air raid on Lebanon', 'the Libyan bombing of a town was
    condemned by the OAU', 'the Senate backed Reagan's strike on Iran': a hostile act named
    with its own doer is an event of its own."""
    if draft.type not in ("accusation", "support") or draft.nominal:
        return []  # condemned, blamed, or backed and endorsed ('endorsed Monday's U.S. attack')
    named = set(objects(trig.token))
    in_trigger = [match_token(w, lex) for w in trig.words if w != trig.token and w in named]
    out: list[Draft] = []
    for comp in trig.complements + [t for t in in_trigger if t is not None]:
        if not (comp.nominal and comp.token in named and ont[comp.entry.type].hostile):
            continue
        if comp.entry.type in CONDEMNED_ALONE and draft.type == "accusation":
            continue  # 'condemned the detention of two Chinese nationals by Philippine
            # authorities': the condemnation is the news, the custody its subject
        own = has_own_doer(comp.token)
        if not own and (
            draft.type != "accusation"  # 'MPs backed the invasion of Iraq': history, mostly
            or not _one_act(comp.token)
            or draft.negated
            or draft.status not in ("past", "ongoing")
        ):
            continue  # 'condemned attacks on shipping', 'would condemn an attack on Kuwait'
        comp.presupposed = not own  # "condemned Friday's attack on a Kuwaiti tanker": it
        act = _draft(comp, lex, ont)  # happened, and the one condemning did not do it
        if act is None or act.type != comp.entry.type or (own and not act.actor_tokens):
            continue
        act.own_doer, act.presupposed = own, not own
        out.append(act)
    return out


def _protested_acts(
    trig: Trigger, draft: Draft, at: dict[int, Trigger], lex: Lexicon, ont: Ontology
) -> list[Draft]:
    """A formal protest lodged with a state 'over' or 'against' one armed act named with
    no doer of its own ('Pakistan lodged a strong protest with Kabul over an air raid on
    Tuesday on a border village'): the act is news too, done by the state protested to, to
    the protester; the clause that tells its toll ('… that it said killed 11 people') is the
    act's, no blow of its own."""
    if (
        draft.type != "protest"
        or draft.nominal
        or draft.negated
        or draft.status != "past"
        or not draft.actor_tokens
        or not draft.target_tokens
        or not all(t.ent_type_ == "GPE" or is_countryish(t) for t in draft.target_tokens)
    ):
        return []
    out: list[Draft] = []
    for word in dict.fromkeys([trig.token, *trig.words]):
        for obj in map(content_head, prep_objects(word, PROTESTED_PREPS)):
            act = at.get(obj.i)
            if (
                act is None
                or not act.nominal
                or act.entry.type not in ARMED_TYPES  # not 'over the detention of fishermen'
                or not _one_act(obj)
                or _told_before(obj)  # 'over the incursion': told before, not news here
                or has_own_doer(obj)
            ):
                continue
            act.presupposed = act.protested = True
            blow = _draft(act, lex, ont)
            if blow is None or blow.type != act.entry.type:
                continue
            blow.actor_tokens = blow.actor_tokens or list(draft.target_tokens)
            named = [t for t in blow.target_tokens if t.ent_type_ in PARTY_ENTS]
            blow.target_tokens = named or list(draft.actor_tokens)  # not 'a border village'
            blow.presupposed = blow.own_doer = True
            clauses = [c for c in obj.subtree if c.dep_ == "relcl"]
            clauses += [  # the parser hangs a clause after the act's phrases on the protest
                c for w in trig.words for c in children(w, ("relcl",)) if c.i > obj.i
            ]
            told = {t.i for c in clauses for t in c.subtree}
            told |= {  # '… that it said killed 11 people', its 'that' read as no relative's
                i
                for i in at
                if i > obj.i
                and any(s.lower_ in ("that", "which") for s in children(at[i].token, ("nsubj",)))
            }
            for i in told:  # '… that it said killed 11 people': the raid's toll
                if i in at and ont[at[i].entry.type].hostile:
                    at[i].absorbed_by = act
            out.append(blow)
    return out


_STANCE_TYPES = frozenset({"support", "rejection"})
"""Stances on something done: backing or opposing it (blame names its own target: 'blamed
the bombings on Israeli agents')."""


def _victims_of_acts_judged(trig: Trigger, lex: Lexicon) -> set[int]:
    """The tokens of an armed act with no doer of its own that a stance takes as its object
    ('MPs backed the invasion of Iraq', 'Jordan opposed the invasion of Kuwait'): whom the act
    befalls is not whom the stance is taken towards."""
    out: set[int] = set()
    for obj in objects(trig.token):
        act = match_token(obj, lex)
        if act is None or not act.nominal or act.entry.type not in ARMED_TYPES:
            continue
        if not has_own_doer(obj):  # its victims: 'of', 'on', 'against' phrases
            out |= {
                t.i
                for prep in obj.children
                if prep.dep_ == "prep" and prep.lower_ in VICTIM_PREPS
                for t in prep.subtree
            }
    return out


def _one_act(tok: Token) -> bool:
    """A singular event noun naming one act, not a generic or hypothetical one ('attacks on
    shipping', 'any attack on Kuwait', 'further raids') nor one told before ('that attack')."""
    return (
        tok.tag_ == "NN"
        and not any(c.lower_ in GENERIC_DETERMINERS for c in tok.lefts)
        and not any(
            c.dep_ == "det" and c.lower_ in ("that", "this", "these", "those") for c in tok.children
        )
    )


def report_mentions(speaker: list[Token]) -> list[Token]:
    """The report noun a speaker is, then its earlier mentions, latest first ('The communique
    said …' after 'An Iraqi war communique said …')."""
    heads = [content_head(s) for s in speaker]
    out: list[Token] = []
    for head in heads:
        if head.lower_ not in REPORT_NOUNS:
            continue
        out += [t for t in reversed(head.doc[: head.i + 1]) if t.lower_ == head.lower_]
    return out


def quoted_sources(speaker: list[Token]) -> list[Token]:
    """Whom a report quotes ('The paper, quoting Iranian sources, said …': the sources)."""
    heads = {h for s in speaker for h in (s, s.head)}  # 'the paper, quoting …, said'
    return [
        o
        for head in heads
        for c in head.children
        if c.dep_ in ("advcl", "acl", "xcomp", "prep") and c.lower_ in QUOTING_VERBS
        for o in children(c, OBJECT_DEPS) + [p for prep in prep_children(c) for p in pobjs(prep)]
    ]


def is_press(speaker: list[Token]) -> bool:
    """A newspaper reporting ('the British Sunday paper said'): no party to the events."""
    return any(content_head(s).lower_ in PRESS_NOUNS for s in speaker)


def countryless_forces(tokens: list[Token], lex: Lexicon) -> bool:
    """Whether the doers are all armed forces named without an owner ('warplanes', 'gunboats')."""
    forces = lex.word_class("armed_force")
    return bool(tokens) and all(
        any_lemma(content_head(t), lex, forces) and not national_modifiers(t) for t in tokens
    )


def _not_implied(tok: Token, lex: Lexicon) -> bool:
    """Is the act the clause, infinitive or object of a negated verb of implying
    (``IMPLYING_VERBS``: 'that did not mean Europe would support the U.S.', 'closer ties do not
    mean a shift in policy'): something said not to follow, no act?"""
    if tok.dep_ not in ("ccomp", "xcomp", "dobj"):
        return False
    head = tok.head
    return any_lemma(head, lex, IMPLYING_VERBS) and any(c.dep_ == "neg" for c in head.children)


def _named_as_a_goal(tok: Token, lex: Lexicon) -> bool:
    """Is the act what someone's aim is ("Iran's main goal is to occupy Basra", 'the objective
    of the army is to drive them out'): an aim described, no act done or announced?"""
    head = tok.head
    if tok.dep_ not in ("xcomp", "ccomp") or not any_lemma(head, lex, _BE):
        return False
    goals = lex.modality.get("goal_nouns", frozenset())
    return any(c.dep_ == "nsubj" and any_lemma(c, lex, goals) for c in head.children)


def _policy_measures(entry: Entry, tok: Token, lex: Lexicon, objs: list[Token]) -> bool:
    """A threat read off measures announced or proposed whose every measure is described by
    none of ``hostile_measures`` and aimed at no one ('against' on the verb, 'against' or 'on'
    on the measures): 'announced a package of economic measures', not 'announced retaliatory
    measures' or 'proposed measures against Japan'."""
    if entry.object != _MEASURES:
        return False
    measures = [t for o in objs for t in o.subtree if any_lemma(t, lex, entry.object)]
    if not measures or prep_objects(tok, ("against",)):  # not 'on': 'announced on Friday'
        return False
    return not any(
        any(p.ent_type_ not in ("DATE", "TIME") for p in prep_objects(m, ("against", "on")))
        or any(c.lower_ in HOSTILE_MEASURES for c in m.children if c.dep_ in ("amod", "compound"))
        for m in measures
    )


def _only_faced(trig: Trigger, lex: Lexicon) -> bool:
    """Is the act a noun that someone faces, risks, fears or escapes ('Japan faces more possible
    sanctions', 'Libya risks sanctions') with no doer named on it ('faced a fierce Iranian
    attack' is one), or one only feared (``dread_verbs``: 'fearing a French invasion'): the
    one facing it is not its doer, and it has not happened?"""
    tok = trig.token
    if not trig.nominal or tok.dep_ != "dobj":
        return False
    if not any_lemma(tok.head, lex, lex.modality.get("suffer_verbs", frozenset())):
        return False
    if any_lemma(tok.head, lex, DREAD_VERBS):
        return True  # 'fearing a French invasion': feared, whoever would do it
    return not _faced_from(tok, lex) and not any(
        c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and c.text[:1].isupper())
        for c in tok.children
    )


def _faced_from(tok: Token, lex: Lexicon) -> list[Token]:
    """Who brings an act a party faces, named after 'from' or 'by' on the noun ('Monsanto faced
    criminal and civil charges from the Department of Justice'): its doers, and the charge
    brought, not one only risked; a penalty faced ('faces possible sanctions from the EC') or a
    charge called possible stays risked (``faced_charges``)."""
    if tok.dep_ != "dobj" or not any_lemma(
        tok.head, lex, lex.modality.get("suffer_verbs", frozenset())
    ):
        return []
    if any_lemma(tok.head, lex, DREAD_VERBS):
        return []
    if not any_lemma(tok, lex, FACED_CHARGES["nouns"]):
        return []  # 'Syria faces possible sanctions from the EC': a penalty only risked
    if any(c.dep_ == "amod" and c.lower_ in FACED_CHARGES["hedges"] for c in tok.children):
        return []  # 'faces possible charges from the SEC'
    named = prep_objects(tok, ("from", "by")) + prep_objects(tok.head, ("from",))
    return [
        content_head(q)
        for p in named
        for q in (p, *(c for c in p.children if c.dep_ == "conj"))
        if q.ent_type_ not in ("DATE", "TIME") and (q.ent_type_ or is_personish(q))
    ]


def _only_held(trig: Trigger, lex: Lexicon) -> bool:
    """Is the word a power to refuse that is only held, kept or lost ('has a veto on any
    change', 'would retain its veto', 'is losing its power of veto'), not used ('used its
    veto to block the plan')? (``held_powers`` of ``data/event_syntax.json``.)"""
    tok = trig.token
    if not trig.nominal or tok.lower_ not in HELD_POWERS["nouns"]:
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        return tok.head.head.lower_ in HELD_POWERS["heads"]  # 'the power of veto'
    return tok.dep_ == "dobj" and any_lemma(tok.head, lex, HELD_POWERS["verbs"])


def _in_question(tok: Token) -> bool:
    """Is the word inside a direct question ('"Should Britain approve the treaty?"', 'how
    can they fight crime when they are fighting each other?'), or the asking of one ('"Is this
    not propaganda?" he asked')? The first stop after the word is a question mark, or the
    word is 'ask' after a question that its clause goes on ('…?" she asked', not '… now?
    He asked the UN to act')."""
    sent = tok.sent
    for t in sent[tok.i - sent.start + 1 :]:
        if t.text in SENTENCE_STOPS:
            break
        if "?" in t.text:
            return True
    if tok.lower_ not in ASK_FORMS:
        return False
    doc = tok.doc
    for j in range(tok.i - 1, max(tok.i - QUESTION_REACH, -1), -1):
        if doc[j].text in SENTENCE_STOPS:
            return False
        if "?" in doc[j].text:
            word = next((t for t in doc[j + 1 : tok.i + 1] if t.is_alpha), tok)
            return word.is_lower
    return False


def _asked_whether(tok: Token, lex: Lexicon) -> bool:
    """Is the act in a 'whether' clause ('a row over whether Greece should be allowed to …',
    'it is unclear whether the talks will resume'), up to its clause's verb? A question, not
    an act; but under a verb of weighing ('is considering whether to lift its ban') an option
    weighed, CAMEO 014 (``_weighed_option``)."""
    node = tok
    for _ in range(4):
        if _has_mark(node, WHETHER):
            return not any_lemma(node.head, lex, WEIGHING_VERBS)
        if node.head == node or (pos_of(node) == "verb" and node.dep_ not in ("xcomp", "conj")):
            break
        node = node.head
    return False


def _only_able(tok: Token) -> bool:
    """Is the word what a thing is able to do ('missiles capable of hitting tankers', 'jets
    able to strike', 'the EU would never be able to reach agreement'), not what someone 'was
    able to' do?"""
    head = tok.head
    if tok.dep_ == "pcomp" and head.lower_ == "of":
        head = head.head
    elif tok.dep_ != "xcomp":
        return False
    if head.lower_ not in ABILITY_WORDS:
        return False
    if head.dep_ != "acomp":
        return True
    return any(  # 'would be able to': a possibility; 'they were able to': done
        c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX for c in head.head.children
    )


def _conditioned_party(tok: Token) -> list[Token]:
    """The doer of the act a threat is conditioned on ('… if Iran attacks Basra': Iran)."""
    content = [tok, *children(tok, ("xcomp", "ccomp"))]  # 'warned it would strike … if …'
    for clause in [c for node in content for c in _condition_clauses(node)]:
        if inverted_condition(clause) or any(
            m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in clause.children
        ):
            doers = [s for s in subjects(clause) if not is_pronoun(s)]
            if doers:
                return doers
    return []


def _agrees(pronoun: Token, speaker: list[Token]) -> bool:
    """Can the pronoun be the speaker ('Iraq said it attacked', not 'diplomats said he …')?"""
    if not speaker:
        return False
    plural = len(speaker) > 1 or speaker[0].tag_ in ("NNS", "NNPS")
    low = pronoun.lower_
    if low in THIRD_PERSON and _quoted_apart(pronoun, speaker[0]):
        return False  # '"… that he is coming to Europe," said Mr Blair': he is someone else
    if low in ("he", "she", "his", "her", "him"):
        return not plural and (is_personish(speaker[0]) or speaker[0].ent_type_ == "PERSON")
    if low in ("it", "its"):
        return not plural and not is_personish(speaker[0])
    if low in ("they", "their", "them"):
        if not plural and _national_plural_object(pronoun, speaker[0]):
            return False  # 'the Soviet Union accused Chinese troops of … and said they had
            # killed Soviet guards': the troops, not the state that speaks
        return plural or speaker[0].ent_type_ in ("ORG", "GPE")
    return True


def _national_plural_object(pronoun: Token, speaker: Token) -> bool:
    """Whether a verb of the singular ``speaker`` (or one joined to it) has, before the plural
    pronoun, a plural object with a country or nationality word of its own ('accused
    Communist Chinese troops of …'): the pronoun stands for those, the nearer plural."""
    verb = speaker.head
    for v in (verb, *children(verb, ("conj",))):
        for obj in children(v, ("dobj",)):
            if (
                obj.i < pronoun.i
                and obj.tag_ in ("NNS", "NNPS")
                and any(c.ent_type_ in ("NORP", "GPE") for c in obj.lefts)
            ):
                return True
    return False


def _quoted_apart(tok: Token, other: Token) -> bool:
    """Whether ``tok`` stands inside quotation marks that ``other`` stands outside of."""
    marks = [t.i for t in tok.sent if t.tag_ in ("``", "''") or t.text in QUOTE_MARKS]
    if not marks:
        return False
    start = max((i for i in marks if i < tok.i), default=tok.sent.start - 1)
    end = min((i for i in marks if i > tok.i), default=tok.sent.end)
    before = sum(i < tok.i for i in marks)
    inside = before % 2 == 1 or (before == 0 and tok.doc[marks[0]].tag_ == "''")
    return inside and not start < other.i < end


_SUFFIXES = ("ies", "es", "s", "ed", "d", "ing")


def _inflects(tok: Token, lex: Lexicon, words: frozenset[str]) -> bool:
    """Is the token one of ``words`` or a regular inflection of one ('sanctions', 'acted',
    'analysts'), by the lexicon's forms or by stripping a regular ending?"""
    if any_lemma(tok, lex, words):
        return True
    low = tok.lower_
    for end in _SUFFIXES:
        if low.endswith(end) and len(low) > len(end) + 2:
            stem = low[: -len(end)]
            if stem in words or stem + "e" in words or (end == "ies" and stem + "y" in words):
                return True
    return False


def _tells_a_party_what_to_do(verb: Token) -> bool:
    """A warning given to a party about its own act, in an infinitive ('warned Tehran not
    to use them', 'warned the rebels to stay away', 'Tehran was warned not to use them'): a
    threat to that party, not a forecast."""
    told = children(verb, OBJECT_DEPS | {"nsubjpass"})
    return any(is_party_word(o) and not is_pronoun(o) for o in told) and any(
        c.tag_ == "VB" and is_to_infinitive(c) for c in children(verb, ("xcomp",))
    )


def _warning_foretells_a_state(trig: Trigger, lex: Lexicon) -> bool:
    """A warning noun whose 'that' clause (the parser's clause on the noun) is a state foretold
    or seen, with no force, sanction or act of the warner's side in it ("Yeutter's warning
    that the U.S. and Japan were on the verge of a serious trade conflict"): a forecast, as
    the same content is after the verb ('warned that …'); 'the warning that Iran would
    retaliate' stays a threat."""
    if not trig.nominal:
        return False
    noun = trig.token
    hosts = [noun, noun.head] if noun.dep_ == "conj" else [noun]  # 'remarks and X's warning
    clauses = [  # that …': the parser may hang the clause on the first noun of the pair
        c
        for host in hosts
        for c in host.children
        if c.dep_ in ("acl", "ccomp")
        and pos_of(c) == "verb"
        and any(m.dep_ == "mark" and m.lower_ == "that" and m.i == noun.i + 1 for m in c.children)
    ]
    return bool(clauses) and not any(_warned_act(c, lex) for c in clauses)


def _warned_act(clause: Token, lex: Lexicon) -> bool:
    """Whether a warning's content clause says what the warner or its side will do ('it
    would act', 'police will not tolerate rallies', 'Britain would retaliate'), names force
    or sanctions ('Iraq would face sanctions') or has the thing warned about struck, by no doer
    named (``WARNED_BLOWS``: 'its bases would be targeted'), not a forecast of harm nobody inflicts ('trade
    would suffer', 'the economy could slow') nor of a state its subject will be in
    (``WARNED_STATES``: 'the EC will have a deficit')."""
    if any(_inflects(t, lex, WARNING_FORCE) for t in clause.subtree):
        return True
    if (
        is_passive(clause)
        and any_lemma(clause, lex, WARNED_BLOWS)
        and not children(clause, ("agent",))
    ):
        return True  # 'its bases would be targeted': struck by the warner's side
    if clause.lower_ in COPULA_FORMS or any(c.dep_ == "acomp" for c in clause.children):
        return False  # 'warned it would be difficult': a forecast
    if any_lemma(clause, lex, WARNED_STATES) and not (
        any(is_pronoun(s) for s in children(clause, SUBJECT_DEPS))
        and any(is_to_infinitive(t) for t in clause.subtree)
    ):  # 'Iraq warned it would have no choice but to hit back' stays the warner's act
        return False  # 'warned that the EC will have a deficit': a state of the EC foretold
    return _side_subject(clause, lex)


def _side_subject(clause: Token, lex: Lexicon) -> bool:
    """Whether a clause's subject is a party that can act: a pronoun, a person, a state or
    body by name, a government, a force or a titled official."""
    return any(
        is_pronoun(s)
        or is_personish(s)
        or s.ent_type_ in ("GPE", "ORG")
        or _inflects(s, lex, WARNING_SIDES)
        or any_lemma(s, lex, lex.word_class("armed_force"))
        or any_lemma(s, lex, lex.word_class("person_title"))
        for s in (content_head(t) for t in children(clause, SUBJECT_DEPS))
    )


def _hedged_measure(clause: Token, lex: Lexicon) -> bool:
    """Whether a warning's content clause says a party could take a measure against others
    (``WARNING_MEASURES``: 'warned that Pretoria could restrict the transit of goods',
    'warned that Tokyo might curb imports'): a threat put as a possibility, not a forecast of
    harm nobody inflicts ('warned that trade could halt': no party acts)."""
    return (
        pos_of(clause) == "verb"
        and any_lemma(clause, lex, WARNING_MEASURES)
        and _side_subject(clause, lex)
    )


def _warned_by_onlookers(warn: Token, lex: Lexicon) -> bool:
    """Whether everyone who gives a warning is an onlooker or an unnamed observer of no state
    ('Western diplomats warned …', 'analysts warned …'): they carry out nothing they warn of."""
    words = lex.modality["onlookers"] | lex.modality.get("unnamed_observers", frozenset())
    giver = warn
    while not children(giver, SUBJECT_DEPS) and giver.dep_ == "conj":
        giver = giver.head  # 'said … but warned that …': the sayers warn
    warners = [content_head(s) for s in children(giver, SUBJECT_DEPS)]
    return bool(warners) and all(
        any_lemma(w, lex, words) and not any(is_countryish(m) for m in national_modifiers(w))
        for w in warners
    )


def _hedged_content(warn: Token, lex: Lexicon) -> bool:
    """Whether what a warning says is only what could or might come ('… could lead to
    shooting')."""
    content = [c for c in complement_clauses(warn) if pos_of(c) == "verb"]
    return bool(content) and read_modality(content[0], lex).hedged


def _penalty_risked(warn: Token, clauses: list[Token], lex: Lexicon) -> bool:
    """Whether a warning tells the party it is given to that it risks or faces a penalty or
    harm (``RISKED_PENALTIES``: 'warned protesters that they risked losing their lives',
    'warned strikers that they faced arrest'): a threat by the warner, not a forecast of harm
    nobody inflicts ('warned that children risked losing their lives' warns no one)."""
    if not children(warn, OBJECT_DEPS):
        return False
    return any(
        any_lemma(clause, lex, RISKED_PENALTIES["verbs"])
        and any(is_pronoun(s) for s in children(clause, SUBJECT_DEPS))
        and any(
            t.dep_ in (*OBJECT_DEPS, "pobj") and t.lower_ in RISKED_PENALTIES["nouns"]
            for t in clause.subtree
        )
        for clause in clauses
    )


def _names_a_penalty(clause: Token, lex: Lexicon) -> bool:
    """Whether a warning's content clause has a penalty as an object somewhere below it
    ('could trigger economic sanctions', 'may face a boycott'; not 'sanctions could hurt')."""
    return any(
        t.dep_ in (*OBJECT_DEPS, "pobj", "attr") and _inflects(t, lex, WARNING_PENALTIES)
        for t in clause.subtree
    )


def _permitted_by_the_deal(verb: Token, lex: Lexicon) -> list[Token]:
    """The party a passive verb of dealing is for, named as the one its 'to' clause lets act
    ('deals are being sought to allow the UK to deport suspects': the UK seeks them)."""
    return [
        p
        for x in children(verb, ("xcomp", "advcl"))
        if _permits(x, lex)
        for p in children(x, ("dobj",))
        + [s for c in children(x, ("ccomp", "xcomp")) for s in children(c, ("nsubj",))]
        if is_countryish(p) or p.ent_type_ in ("GPE", "NORP")
    ]


def _permits(tok: Token, lex: Lexicon) -> bool:
    """A verb of permitting ('allow', 'permit', 'authorise')."""
    return pos_of(tok) == "verb" and bool(lemmas(tok, lex, "verb") & PERMIT_VERBS)


def _fronted_topic(speech: Token) -> list[Token]:
    """The state a sentence opens on as its topic before a verb of saying ('Concerning Saudi
    Arabia, Oakley said "we are moving forward in our talks …"'): the partner of the talks
    or dealings the speaker reports, when they name none."""
    return [
        o
        for prep in prep_children(speech, TOPIC_OPENERS)
        if prep.i == prep.sent.start
        for o in (content_head(p) for p in pobjs(prep) or children(prep, ("dobj",)))
        if is_countryish(o) or o.lower_ in COUNTRY_NAMES
    ]


def _armed_permission(tok: Token, lex: Lexicon) -> bool:
    """Whether the act a permitting verb names uses arms or force ('allow Iran to use
    missiles', 'permit the rebels to attack'): refused, it is a threat to stop it."""
    return any(
        any_lemma(t, lex, lex.word_class("weapon")) or t.lower_ in ARMED_PERMISSION
        for clause in children(tok, ("ccomp", "xcomp"))
        for t in clause.subtree
    )


def _permitted(tok: Token) -> list[Token]:
    """Whom a permitting verb lets act: its object, or the subject of the clause it governs
    ('allow Japan to flood the market', 'allow it to be jeopardized')."""
    named = objects(tok)
    if is_passive(tok):
        named = children(tok, PASSIVE_SUBJECT_DEPS)
    if named:
        return named
    return [
        s for clause in children(tok, ("ccomp", "xcomp")) for s in children(clause, SUBJECT_DEPS)
    ]


def _topic_of_talks(tok: Token, lex: Lexicon) -> bool:
    """Is the event noun what talks are about: the object of 'discuss', 'review', 'debate' …
    (or a conjunct of it: 'to discuss exchange rates, economic cooperation and arms control'),
    or of 'on', 'about', 'over' after talks ('talks on economic cooperation')?"""
    while tok.dep_ == "conj":
        tok = tok.head
    head = tok.head
    if tok.dep_ in OBJECT_DEPS and pos_of(head) == "verb":
        return _inflects(head, lex, TOPIC_VERBS)
    if tok.dep_ == "pobj" and head.lower_ in TOPIC_PREPS:
        talk = head.head
        return _inflects(talk, lex, TOPIC_VERBS) or any_lemma(talk, lex, lex.word_class("talks"))
    return False


def _ties_told_harmed(trig: Trigger, lex: Lexicon) -> bool:
    """A verb of harming ties in the passive with no doer ('relations have been strained
    since …', 'ties were soured by the affair'): how the ties stand, not an act of a party."""
    tok = trig.token
    return (
        not trig.nominal
        and any_lemma(tok, lex, HARMED_TIES_VERBS)
        and is_passive(tok)
        and not any(
            p.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or is_personish(p)
            for a in children(tok, ("agent",))
            for p in pobjs(a)
        )
    )


def _watched(tok: Token, lex: Lexicon) -> bool:
    """Is the event noun (or the noun it is a conjunct of) the direct object of a verb of
    keeping an eye on things, not told in the simple past ('would watch the visit closely',
    'to monitor Syrian missile deployments')? 'Observers monitored the withdrawal' tells a
    withdrawal that took place."""
    while tok.dep_ == "conj":
        tok = tok.head
    head = tok.head
    return (
        tok.dep_ == "dobj"
        and pos_of(head) == "verb"
        and head.tag_ != "VBD"
        and _inflects(head, lex, WATCHING_VERBS)
    )


def _hearsay_talk(tok: Token) -> bool:
    """The singular noun 'talk' (``HEARSAY_TALK``) with no determiner, no owner and no party
    or agenda named by 'with', 'between', 'among', 'on' or 'over' ('on trade talk that Brazil
    would sell less', 'there is talk of a summit'): what people say, no meeting ('returned
    to Geneva for talk on missiles' stays one)."""
    if tok.lower_ not in HEARSAY_TALK["nouns"]:
        return False
    return not any(
        c.dep_ in ("det", "poss") or (c.dep_ == "prep" and c.lower_ in HEARSAY_TALK["party_preps"])
        for c in tok.children
    )


def _open_topic(tok: Token, lex: Lexicon) -> bool:
    """An act's noun that is the object of a verb of talking over (``TOPIC_VERBS``: discuss,
    debate, consider …) with no doer of its own and no determiner but one of
    ``GENERIC_DETERMINERS`` ('will discuss possible sanctions against Japan', 'debated
    economic sanctions', 'to discuss any withdrawal'): an option talked over, no act done or
    planned. 'Discussed the raid' and 'discussed Iraqi attacks on shipping' talk of acts
    done."""
    while tok.dep_ == "conj":
        tok = tok.head
    if tok.dep_ not in OBJECT_DEPS or pos_of(tok.head) != "verb" or _own_doer(tok):
        return False
    if not _inflects(tok.head, lex, TOPIC_VERBS):
        return False
    return all(c.lower_ in GENERIC_DETERMINERS for c in tok.children if c.dep_ == "det")


def _gerund_topic_of_talks(tok: Token, lex: Lexicon) -> bool:
    """Is the act a gerund that talks are held on ('talks on cutting conventional forces',
    'negotiations about withdrawing foreign troops', 'held talks with Velayati on ending the
    war', the parser hanging 'on' from the verb whose object the talks are): what the talks
    are about, no act done; the talks may be told through a span or round of them: 'ended two
    days of talks here today on ending the war')."""
    head = tok.head
    if tok.tag_ != "VBG" or tok.dep_ not in ("pcomp", "pobj") or head.lower_ not in TOPIC_PREPS:
        return False
    talks = lex.word_class("talks")
    held = [o for o in children(head.head, ("dobj",))] if pos_of(head.head) == "verb" else []
    held += [t for o in held for prep in prep_children(o, ("of",)) for t in pobjs(prep)]
    return any_lemma(head.head, lex, talks) or any(any_lemma(o, lex, talks) for o in held)


def _market_trading_halted(tok: Token) -> bool:
    """Is what is halted or suspended 'trading' with no partner named by 'with' ('Trading on the
    Riga commodity exchange was suspended', 'suspended trading in the shares')? Dealings on a
    market stopped, no party's trade with another cut ('suspended trading with Iran' stays)."""
    if pos_of(tok) != "verb":
        return False
    return any(
        o.lower_ == "trading"
        and not prep_children(o, ("with",))
        and not prep_children(tok, ("with",))
        for o in objects(tok)
    )


def _lone_observer(tok: Token) -> bool:
    """Is what is sent one observer or monitor, a singular noun with 'a' or 'an' ('sent an
    observer, Deputy Foreign Minister Anatoly Adamishin, to the talks')? One person watching
    talks for a state is a delegate, no peacekeeping force ('sent observers', 'sent 50
    military observers' stay)."""
    return any(
        o.lower_ in LONE_OBSERVERS
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in o.children)
        for o in children(tok, OBJECT_DEPS)
    )


def _inquiry_into_mishap(tok: Token, lex: Lexicon) -> bool:
    """Is the act an inquiry (or a verb ordering or opening one) into a mishap (the triggers'
    class 'mishap': 'ordered an inquiry into the blast', 'an investigation into the
    explosion')? A state looking into an accident or blast blames no party; an inquiry into a
    killing or a massacre stays an accusation."""
    nouns = [tok] if pos_of(tok) == "noun" else children(tok, OBJECT_DEPS)
    mishaps = lex.word_class("mishap")
    return any(
        any_lemma(n, lex, INQUIRY_NOUNS)
        and any(
            any_lemma(content_head(p), lex, mishaps)
            for prep in prep_children(n, ("into",))
            for p in pobjs(prep)
        )
        for n in nouns
    )


def _raid_ended(tok: Token, lex: Lexicon) -> bool:
    """Is the pull-back a gerund after 'before' on a verb of armed action (``RAID_ENDINGS``:
    'fought for three hours before withdrawing into the jungle', 'occupied it for several hours
    before withdrawing')? The raiders leaving the scene of their own raid, no withdrawal of
    forces from a country or a front ('fight on for a month before withdrawing from
    Afghanistan' names what is left, and stays one)."""
    head = tok.head
    if tok.tag_ != "VBG" or tok.dep_ not in ("pcomp", "pobj"):
        return False
    if head.lower_ not in RAID_ENDINGS["preps"] or pos_of(head.head) != "verb":
        return False
    if children(tok, ("dobj",)) or prep_children(tok, ("from", "out")):
        return False  # 'before withdrawing from Afghanistan', '… withdrawing its troops'
    return _inflects(head.head, lex, frozenset(RAID_ENDINGS["acts"]))


def _warned_of_harm(tok: Token, lex: Lexicon) -> bool:
    """'warned of a recession': a warning verb whose 'of' names harm nobody inflicts (no force,
    sanction or assault: 'warned of stronger countermeasures' stays a threat)."""
    if pos_of(tok) != "verb" or not any_lemma(tok, lex, frozenset({"warn"})):
        return False
    named = [content_head(o) for prep in prep_children(tok, ("of",)) for o in pobjs(prep)]
    return bool(named) and not any(
        _inflects(o, lex, WARNING_FORCE)
        or _inflects(o, lex, HOSTILE_VOW)
        or any_lemma(o, lex, lex.word_class("assault"))
        for o in named
    )


def _not_left_unanswered(clause: Token) -> bool:
    """A negated clause saying an act will not be left unanswered ('the Islamic Republic
    would not leave the aggression unanswered', 'will not let the crime go unpunished')."""
    if not children(clause, ("neg",)):
        return False
    said = [*children(clause, ("acomp", "oprd", "xcomp", "ccomp")), *_object_complements(clause)]
    said += [a for c in said for a in children(c, ("acomp", "oprd"))]  # 'let it go unpunished'
    return any(a.lower_ in LEFT_UNANSWERED for a in said)


def _vows_harm(tok: Token) -> bool:
    """'vowed revenge', 'swore to punish the attackers', 'promised to retaliate', 'vowed to
    continue the war', 'vowed that Iran would continue the war'; not a negated content
    ('assured Kuwait that Iraq would not attack it' is a promise)."""
    content = [
        c
        for c in children(tok, ("xcomp", "ccomp", *OBJECT_DEPS))
        if not any(g.dep_ == "neg" for g in c.children)
    ]
    if any(c.lower_ in HOSTILE_VOW or _answer_with_force(c) for c in content):
        return True
    if any(_not_left_unanswered(c) for c in children(tok, ("xcomp", "ccomp"))):
        return True
    return any(
        c.lower_ in PURSUE_VERBS
        and any(
            content_head(o).lower_ in HOSTILE_PURSUITS
            for o in [
                *children(c, OBJECT_DEPS),
                *(p for prep in prep_children(c) for p in pobjs(prep)),
            ]
        )
        for c in content
        if c.dep_ in ("xcomp", "ccomp")
    )


def _people_freed(tok: Token, lex: Lexicon) -> bool:
    """A release or return in the passive whose subject is people ('Habib will be released',
    'the four Britons will be returned'), not a report, a ban or a rule ('the report will be
    released', 'the ban would be lifted')."""
    if not is_passive(tok) or not any_lemma(tok, lex, RELEASE_VERBS):
        return False
    prisoners = lex.word_class("prisoner")
    return any(
        is_personish(s)
        or s.ent_type_ == "PERSON"
        or s.tag_ == "NNPS"  # 'Britons'
        or any_lemma(s, lex, prisoners)
        or _held(s)  # 'the fishermen detained last month'
        for s in children(tok, PASSIVE_SUBJECT_DEPS)
    )


def _own_premises_shut(tok: Token, actors: list[Token], lex: Lexicon) -> bool:
    """A body of no state closing premises of its own ('The OSI shut its office in Moscow',
    'the bank closed their branches'): a withdrawal or a business decision, no one coerced. Not
    a state, its forces, courts or police closing another's office ('police shut its office'),
    whose 'its' is the one coerced."""
    if not any_lemma(tok, lex, OWN_PREMISES_SHUT["verbs"]) or not actors:
        return False
    state = lex.word_classes("enforcers", "state_sellers")
    if any(a.ent_type_ in ("GPE", "NORP") or any_lemma(a, lex, state) for a in actors):
        return False
    closed = children(tok, ("dobj",))
    return bool(closed) and all(
        any(c.dep_ == "poss" and c.lower_ in OWN_PREMISES_SHUT["owners"] for c in o.children)
        for o in closed
    )


def _firms_permitted(tok: Token, lex: Lexicon) -> bool:
    """A state letting firms do something ('India will allow domestic airlines to fly long-haul
    routes', 'will permit foreign banks to open branches'): a rule eased for business, told ahead
    (a concession, planned), no promise to another party (a pledge). The ones let act are the
    verb's object or its clause's subject (``firm_permissions``)."""
    if not any_lemma(tok, lex, FIRM_PERMISSIONS["verbs"]):
        return False
    clauses = children(tok, ("ccomp", "xcomp"))
    let = children(tok, ("dobj",)) + [s for c in clauses for s in children(c, ("nsubj",))]
    return any(any_lemma(p, lex, FIRM_PERMISSIONS["parties"]) for p in let)


def _closed_to(tok: Token) -> Token | None:
    """The negated copula that rules talks out ('is not up for renegotiation', 'is not open
    to negotiation', 'is not for negotiation'): a refusal to negotiate, no talks held."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("for", "to"):
        return None
    verb = prep.head
    if verb.lower_ in ("up", "open") and verb.dep_ in ("prep", "acomp", "advmod"):
        verb = verb.head
    negated = any(c.dep_ == "neg" for c in verb.children)
    return verb if verb.lower_ in COPULA_FORMS and negated else None


def _restricts_a_state(tok: Token, lex: Lexicon) -> bool:
    """Restrictions, bans or controls imposed 'on' a state named as such ('imposed new
    restrictions on Iran', 'tighter restrictions on Cuba') or on its trade ('tightened curbs on
    exports to Iran', 'restrictions on imports from Libya') are a sanction; on people or places
    of a country ('restrictions on Palestinian towns') and a curfew or state of emergency
    anywhere stay a measure of control."""
    holders = [tok] + objects(tok)
    if any(any_lemma(o, lex, CONTROL_MEASURES) for o in holders[1:]):
        return False
    return any(
        (p.ent_type_ == "GPE" and p.dep_ == "pobj") or bool(_traded_from(p, lex))
        for holder in holders
        for prep in prep_children(holder, ("on", "against"))
        for p in pobjs(prep)
    )  # a flow of trade with a state ('tightened curbs on exports to Iran') is the state's


def _verbal_attack(tok: Token, lex: Lexicon) -> bool:
    """An attack verb that blames in words: a 'for' + gerund says what for ('attacked the EC
    for backing down'), or a participle of speech explains it ('attacked British imperialists,
    saying they …'); not when a site, force or weapon is attacked ('attacked the base, saying
    it sheltered rebels'); or a 'blast' a person owns ('Baker's weekend blast at the
    Bundesbank for boosting interest rates', ``_verbal_blast``)."""
    if pos_of(tok) == "noun":
        return _verbal_blast(tok, lex)
    if pos_of(tok) != "verb":
        return False
    concrete = [lex.word_class(name) for name in CONCRETE_CLASSES]
    if any(any_lemma(o, lex, words) for o in objects(tok) for words in concrete):
        return False
    blamed_for = any(
        c.dep_ in ("pcomp", "pobj") and _a_conduct(c)
        for prep in prep_children(tok, ("for",))
        for c in prep.children
    )
    return (
        blamed_for
        or _said_by_speakers(tok, lex)
        or _attacked_as_something(tok, lex)
        or any(
            c.dep_ == "advcl" and c.tag_ == "VBG" and any_lemma(c, lex, VERBAL_ATTACK_EXPLAINING)
            for c in tok.children
        )
    )


def _verbal_blast(tok: Token, lex: Lexicon) -> bool:
    """A blast or broadside noun (``blast_nouns`` of ``verbal_attack``) owned by a named person
    or an office holder ('Baker's weekend blast at the Bundesbank', 'the minister's broadside
    against Tokyo'): words of blame; a bomb's blast has no such owner ('the car bomb's blast',
    'Tuesday's blast at the embassy')."""
    if tok.lower_ not in VERBAL_ATTACK["blast_nouns"]:
        return False
    return any(
        c.dep_ == "poss" and (c.ent_type_ == "PERSON" or any_lemma(c, lex, PERSON_TITLES))
        for c in tok.children
    )


def _attacked_as_something(tok: Token, lex: Lexicon) -> bool:
    """An attack verb with an 'as' phrase naming what its object is held to be ('attacked the
    candidate as the heir of military rule', 'attacked as a crude fake a later document'); not
    one that tells why the blow was struck (``as_reasons``: 'raided the camp as a reprisal',
    'as part of an offensive') nor an 'as' clause of time ('as it crossed the bridge')."""
    if not any_lemma(tok, lex, VERBAL_ATTACK["as_verbs"]):
        return False  # 'used villagers as human shields'
    reasons = VERBAL_ATTACK["as_reasons"]
    return any(
        pos_of(held) == "noun" and not _is_one_of(held, lex, reasons)
        for prep in prep_children(tok, ("as",))
        for held in pobjs(prep)
    )


def _said_by_speakers(tok: Token, lex: Lexicon) -> bool:
    """An attack verb whose every subject is one who attacks in words: a lawyer, critic,
    candidate or opposition leader (``speakers`` of ``verbal_attack``; 'the defence lawyer
    attacked the prosecution', 'opposition leaders attacked the president'; not armed men
    a speaker's word names, 'opposition gunmen'); for an attack noun, the subjects of the
    verb it is the object of ('candidates traded attacks')."""
    doers = [content_head(s) for s in children(tok, ("nsubj",))]
    speakers = VERBAL_ATTACK["speakers"]
    return bool(doers) and all(
        _is_one_of(d, lex, speakers)
        or (
            any(c.dep_ == "compound" and _is_one_of(c, lex, speakers) for c in d.children)
            and not any_lemma(d, lex, _fighters(lex))  # 'opposition gunmen' are armed
        )
        for d in doers
    )


def _a_conduct(tok: Token) -> bool:
    """What a 'for' after an attack verb blames: a gerund ('for backing down'), a clause of
    'what' ('for what they called its double standards') or the blamed party's own doing
    ('for its policies', 'for their silence'), not a time ('for the second time')."""
    if tok.tag_ == "VBG" or tok.tag_ in ("WP", "WDT"):
        return True
    if tok.dep_ == "pcomp" and any(w.tag_ in ("WP", "WDT") for w in tok.subtree):
        return True
    return tok.tag_ in ("NN", "NNS") and any(
        c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in tok.children
    )


def _criticism(tok: Token, lex: Lexicon) -> bool:
    """An attack in words: a verb whose every object is a thing said or decided ('attacked
    the IMF forecasts'), or an attack noun aimed 'on' or 'against' such a thing ('the attack on
    Japan's fiscal policy'), made 'from' or 'by' critics ('came under attack from opposition
    deputies', 'the attack from the farm minister') or suffered by a person with no one named
    ('the minister came under increasing attack'). Never with a force, weapon or national
    modifier on the noun ('came under repeated Iranian attack')."""
    stated = VERBAL_ATTACK["stated_things"]
    if pos_of(tok) == "verb":  # 'launched a fierce attack on their candidates': the noun's
        objs = [content_head(o) for o in children(tok, OBJECT_DEPS)]
        return bool(objs) and all(
            _is_one_of(o, lex, stated) or (pos_of(o) == "noun" and _criticism(o, lex)) for o in objs
        )
    if tok.lower_.removesuffix("s") not in VERBAL_ATTACK["nouns"] or _armed_noun(tok, lex):
        return False
    if tok.dep_ == "dobj" and _said_by_speakers(tok.head, lex):
        return True  # 'the candidates traded fierce attacks'
    if _judged_measure(tok, lex):
        return True  # 'the sale was an attack on Australian farmers': a measure judged
    aimed = prep_objects(tok, ("on", "against"))
    if aimed:  # 'a fierce attack on their candidates': on people who attack in words
        speakers = VERBAL_ATTACK["speakers"]
        return all(_is_one_of(p, lex, stated) or _is_one_of(p, lex, speakers) for p in aimed)
    if _stated_thing_under_attack(tok, lex):
        return True  # 'the government's proposal had come under attack from creditors'
    doers = prep_objects(tok, ("from", "by"))
    if doers:
        return all(_a_critic(d, lex) for d in doers)
    return _criticised_by_no_one(tok, lex)


def _stated_thing_under_attack(tok: Token, lex: Lexicon) -> bool:
    """An attack noun after 'under' suffered by things said, proposed or decided alone ('the
    government's proposal had come under attack from several large creditors', 'the plan came
    under attack'): words against a claim, demand or proposal, whoever makes them, no blow."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in UNDER_WORDS or _armed_noun(tok, lex):
        return False
    stated = VERBAL_ATTACK["stated_things"]
    sufferers = [content_head(s) for s in children(tok.head.head, SUBJECT_DEPS)]
    return bool(sufferers) and all(_is_one_of(s, lex, stated) for s in sufferers)


def _judged_measure(tok: Token, lex: Lexicon) -> bool:
    """An attack noun said of a measure or a deal by a copula ('the sale was an attack on
    Australian farmers', 'the tariffs are an attack on free trade'): the speaker's judgement
    of the thing (``verbal_attack`` 'stated_things' and 'contested_things'), no blow struck."""
    if tok.dep_ != "attr" or tok.head.lower_ not in COPULA_FORMS:
        return False
    things = VERBAL_ATTACK["stated_things"] | VERBAL_ATTACK["contested_things"]
    subjects_ = [content_head(x) for x in children(tok.head, SUBJECT_DEPS)]
    return bool(subjects_) and all(_is_one_of(x, lex, things) for x in subjects_)


def _armed_noun(tok: Token, lex: Lexicon) -> bool:
    """A force, weapon or nation named on an attack noun ('rocket attack', 'Iranian attack')."""
    armed = lex.word_classes("weapon", "force", "armed_force")
    return any(
        c.dep_ in ("amod", "compound", "nmod", "poss")
        and (c.ent_type_ in ("NORP", "GPE") or any_lemma(c, lex, armed))
        for c in tok.children
    )


def _a_critic(tok: Token, lex: Lexicon) -> bool:
    """A named person, an office holder or a critic word ('opposition deputies')."""
    return (
        tok.ent_type_ == "PERSON"
        or any_lemma(tok, lex, PERSON_TITLES)
        or _is_one_of(tok, lex, VERBAL_ATTACK["critics"])
    )


_ES_PLURALS = ("ses", "xes", "zes", "ches", "shes")
"""Endings of the plurals that add '-es' to their singular."""


def _is_one_of(tok: Token, lex: Lexicon, words: frozenset[str]) -> bool:
    """The token is one of ``words``, or its plural ('forecasts', 'deputies', 'policies')."""
    low = tok.lower_
    singulars = {low, low.removesuffix("s")}
    if low.endswith(_ES_PLURALS):  # 'taxes', 'speeches'; not 'planes', which is no 'plan'
        singulars.add(low.removesuffix("es"))
    if low.endswith("ies"):
        singulars.add(low[:-3] + "y")
    return bool(singulars & words) or any_lemma(tok, lex, words)


def _criticised_by_no_one(tok: Token, lex: Lexicon) -> bool:
    """'The minister came under increasing attack': an attack noun after 'under' with no doer,
    suffered by a person or an office holder."""
    if pos_of(tok) != "noun" or tok.dep_ != "pobj" or tok.head.lower_ not in UNDER_WORDS:
        return False
    if prep_children(tok, ("from", "by")) or _armed_noun(tok, lex):
        return False
    reasons = prep_objects(tok, ("for",))
    if any(_a_deed(r) for r in reasons):
        return True  # 'the EC came under attack for alleged dumping': blamed for a deed
    sufferers = [content_head(s) for s in children(tok.head.head, SUBJECT_DEPS)]
    return bool(sufferers) and all(
        s.ent_type_ == "PERSON" or any_lemma(s, lex, PERSON_TITLES) for s in sufferers
    )


def _answer_with_force(tok: Token) -> bool:
    """'react strongly', 'a crushing response', 'respond with force' or 'in kind', 'respond
    to any aggression': an answer with force, or to a hostile act."""
    if tok.lower_ not in FORCEFUL_ANSWERS["answers"]:
        return False
    manners = FORCEFUL_ANSWERS["manners"]
    if any(c.dep_ in ("advmod", "amod") and c.lower_ in manners for c in tok.children):
        return True
    for prep in prep_children(tok):
        for obj in pobjs(prep):
            head = content_head(obj).lower_
            if (prep.lower_ in ("with", "in") and head in manners) or (
                prep.lower_ == "to" and head in FORCEFUL_ANSWERS["provocations"]
            ):
                return True
    return False


def _shows_something(tok: Token, lex: Lexicon) -> bool:
    """'demonstrate its authority', 'demonstrated that …': showing, not a protest."""
    return any_lemma(tok, lex, SHOW_VERBS) and bool(
        children(tok, OBJECT_DEPS) or complement_clauses(tok)
    )


def _a_markets_mood(tok: Token, lex: Lexicon) -> bool:
    """A word of mood said of a market or of business people ('the market is generally
    sceptical about the outcome of any G-7 meeting', 'dealers were doubtful that …'): the
    traders' mood, no statement of a party's."""
    if pos_of(tok) != "adj" or tok.dep_ != "acomp":
        return False
    business = lex.word_class("business_people") | MARKET_WORDS
    moods = [content_head(s) for s in children(tok.head, ("nsubj",))]
    return bool(moods) and all(_is_one_of(m, lex, business) for m in moods)


def _a_states_march(tok: Token) -> bool:
    """A march noun a country owns ('West Germany's stubborn march toward higher interest
    rates', 'China's march to a market economy'): a course a state holds, for people march
    in protest, not states ('the miners' march on the capital' stays)."""
    return (
        pos_of(tok) == "noun"
        and tok.lower_ in ("march", "marches")
        and any(c.dep_ == "poss" and c.ent_type_ == "GPE" for c in tok.children)
    )


def _goes_nowhere(tok: Token, lex: Lexicon) -> bool:
    """A motion verb with neither object nor preposition: a move on the field, not a deployment.
    A preposition on a comparative adverb of the verb names where it goes too ('moved closer
    to the strait', 'pushed deeper into the valley'; not 'stay away from the border'), and so
    does an adverb of place (``PLACE_ADVERBS``: 'four U.S. warships remain offshore')."""
    return (
        pos_of(tok) == "verb"
        and any_lemma(tok, lex, MOTION_VERBS)
        and not children(tok, OBJECT_DEPS)
        and not prep_children(tok)
        and not any(prep_children(a) for a in children(tok, ("advmod",)) if a.tag_ == "RBR")
        and not any(a.lower_ in PLACE_ADVERBS for a in children(tok, ("advmod", "npadvmod")))
    )


def _answered_act(tok: Token, lex: Lexicon) -> Token | None:
    """The hostile act in 'meet <act> with <response>' ('meet any escalation … with force'),
    or the act that 'would meet a strong response' (its subject)."""
    for obj in children(tok, OBJECT_DEPS):
        head = content_head(obj)
        if not any_lemma(head, lex, ANSWERED_WITH):
            continue
        with_preps = [p for t in (tok, head) for p in prep_children(t, ("with",))]
        if with_preps or any(t.dep_ == "prep" and t.lower_ == "with" for t in head.subtree):
            return head
    answers = [content_head(o) for o in children(tok, OBJECT_DEPS)]
    if any(any_lemma(a, lex, FORCEFUL_ANSWERS["answers"]) for a in answers):
        for subj in subjects(tok):  # 'any U.S. interference would meet a strong response'
            if any_lemma(content_head(subj), lex, ANSWERED_WITH):
                return content_head(subj)
    return None


def _met_as_a_response(tok: Token, lex: Lexicon) -> bool:
    """A passive 'met' whose 'by' or 'with' phrase names only things, no party ('Argentina's
    efforts should be met by a reduction in interest rates', 'the plan was met with
    criticism'): a response to something, no meeting; 'the delegation was met by Shultz' and
    'was met by officials at the airport' stay meetings."""
    if pos_of(tok) != "verb" or tok.lower_ != "met" or not children(tok, ("auxpass",)):
        return False
    answers = [
        content_head(o)
        for prep in (*children(tok, ("agent",)), *prep_children(tok, ("with", "by")))
        for o in pobjs(prep)
    ]
    return bool(answers) and all(
        pos_of(a) == "noun"
        and a.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP")
        and not any_lemma(a, lex, PERSON_TITLES)
        for a in answers
    )


def _doers_of_act(act: Token) -> list[Token]:
    """Who commits the answered act: 'escalation … by Iran', 'any Iranian attack'."""
    doers = [
        content_head(p)
        for t in act.subtree
        if t.dep_ == "prep" and t.lower_ == "by"
        for p in pobjs(t)
    ]
    return doers or national_modifiers(act)


def _asks_to_stay_unnamed(tok: Token, lex: Lexicon) -> bool:
    """A source's wish to stay unnamed, a formula of the wire, no request of anyone: 'who
    asked not to be identified', 'asked that he not be named', 'requested anonymity'."""
    if any(content_head(o).lower_ in UNNAMED_NOUNS for o in children(tok, OBJECT_DEPS)):
        return True
    return any(
        any_lemma(c, lex, UNNAMED_VERBS)
        and any(n.dep_ == "neg" for n in c.children)
        and any(a.dep_ == "auxpass" for a in c.children)
        for c in tok.children
        if c.dep_ in ("xcomp", "ccomp")
    )


def _asks_a_question(tok: Token, lex: Lexicon) -> bool:
    """'asked whether Iran would attack', 'asked what role Spain had played': an indirect
    question, not a request; so is the reporter's question a speaker answers ('Asked to
    comment on the offer, the minister said …')."""
    if (
        tok.tag_ == "VBN"
        and tok.dep_ == "advcl"
        and not children(tok, ANY_SUBJECT_DEPS | {"agent"})
        and any_lemma(tok.head, lex, lex.modality["speech"])
    ):
        return True
    return any(
        m.lower_ in QUESTION_MARKS
        and (m.dep_ in ("mark", "advmod", "dobj", "nsubj") or m.i == c.left_edge.i)
        for c in complement_clauses(tok)
        for m in c.subtree
        if m.i < c.i
    )


def _attack_cameo(actors: list[Token], lex: Lexicon) -> str:
    """Armed forces use conventional military force (190); others unconventional violence (180)."""
    forces = lex.word_class("armed_force")
    return (
        "190"
        if any(any_lemma(content_head(a), lex, forces) or a.ent_type_ == "GPE" for a in actors)
        else "180"
    )


def _civilians_struck(trig: Trigger, actors: list[Token], lex: Lexicon) -> bool:
    """A verb of killing, shooting or firing (an entry of 180 or 190) whose every victim, its
    object or the object of its 'on' / 'at', is unarmed (``civilian_victims``), done by men
    on the ground: 'troops killed dozens of civilians', 'border guards fired on Sudanese
    refugees'; not by aircraft ('gunships killed 46 Afghan civilians' is an air strike)."""
    if trig.nominal or trig.entry.cameo not in ("180", "190") or pos_of(trig.token) != "verb":
        return False
    craft = lex.derived(
        "air_doers", lambda: AIR_DOERS | lex.word_classes("armed_craft", "cameo_aircraft")
    )
    if any(_is_one_of(content_head(a), lex, craft) for a in actors):
        return False
    tok = trig.token
    # the 'on' or 'at' phrase names the victims only of a verb with no object ('fired on
    # refugees'); with one, it is the place ('killed six priests at their residence')
    victims = children(tok, OBJECT_DEPS) or prep_objects(tok, ("on", "at", "upon"))
    heads = [
        content_head(v) for v in with_conjuncts(victims) if v.ent_type_ not in ("DATE", "TIME")
    ]  # not 'on Friday'
    return bool(heads) and all(_is_one_of(h, lex, CIVILIAN_VICTIMS) for h in heads)


def _killed_a_leader(trig: Trigger, lex: Lexicon) -> bool:
    """A killing verb (``killing_verbs``) whose every object is one holder of a leader's title,
    named or not ('killed the Hamas political leader', 'murdered General Dozier'): an
    assassination, whoever did it; 'killed 12 soldiers', 'killed two commanders', one of many
    told with 'a' ('troops killed a rebel commander near the border') or a private person
    murdered is not."""
    if trig.nominal or not any_lemma(trig.token, lex, KILLING_VERBS):
        return False
    objs = [content_head(o) for o in objects(trig.token)]
    return bool(objs) and all(
        o.tag_ in ("NN", "NNP")
        and not any(c.like_num or c.lower_ in ("a", "an") for c in o.children)
        and any(t.lower_ in LEADER_TITLES for t in (o, *children(o, ("compound",))))
        for o in objs
    )


def _irregulars_strike(trig: Trigger, actors: list[Token], lex: Lexicon) -> bool:
    """A blow whose every doer is an armed group or gunmen, no army or state, and whose
    every victim is civilians, a bare number or a counted people ('RENAMO guerrillas killed 40
    villagers in a raid', 'Gunmen kill 7', 'gunmen killed two Israelis'): unconventional
    violence (CAMEO 180). A fight with forces or
    police, or a blow at a place ('militants stormed a hotel', 'attacked a police
    checkpoint'), stays a conventional one."""
    if trig.entry.cameo not in ("190", "193") or not actors:
        return False
    irregular = lex.word_classes("armed_group", "irregulars")
    armed = lex.derived(
        "armed_or_security", lambda: _armed_doers(lex) | lex.word_class("security_men") | irregular
    )
    heads = [content_head(a) for a in actors]
    if not all(
        any_lemma(h, lex, irregular) and not any_lemma(h, lex, lex.word_class("armed_force"))
        for h in heads
    ):
        return False
    objs = [] if trig.nominal else [content_head(o) for o in objects(trig.token)]
    return bool(objs) and all(
        (
            o.like_num
            or _numbered_nationals(o, lex)
            or any_lemma(o, lex, lex.word_class("civilians"))
        )
        and not any_lemma(o, lex, armed)
        for o in objs
    )


def _numbered_nationals(noun: Token, lex: Lexicon) -> bool:
    """A people's name counted by a number ('two Israelis', '12 Turks'): so many of its
    nationals, no force."""
    return any(c.dep_ == "nummod" for c in noun.children) and _nationals(noun, lex)


_UNARMED = _WORDS["unarmed_targets"]
UNARMED_CROWDS = frozenset(_UNARMED["crowds"])
UNARMED_CARRIERS = frozenset(_UNARMED["carriers"])
CARRYING_VERBS = frozenset(_UNARMED["carrying_verbs"])
MOTORCADES = frozenset(_UNARMED["motorcades"])
CLEARING_VERBS = frozenset(_UNARMED["clearing_verbs"])
SHOOTING_FORMS = frozenset(_UNARMED["shooting_forms"])
_VICTIM_PREPS = ("on", "at", "into", "upon")


def _blow_at_the_unarmed(verb: Token, lex: Lexicon) -> str | None:
    """The CAMEO code of shots fired whose every victim is unarmed ('troops opened fire on
    demonstrators': 175; 'guards fired on a boat carrying refugees': 180; 'gunmen fired on
    the president's motorcade': 185), or None when any victim is armed, unknown or a place,
    or the blow is no firing ('aircraft killed 46 civilians in an attack on a village')."""
    victims = [content_head(v) for v in objects(verb)]
    victims += [  # not the day: 'fired at the motorcade … on Monday'
        content_head(p)
        for p in prep_objects(verb, _VICTIM_PREPS)
        if p.ent_type_ not in ("DATE", "TIME")
    ]
    cleared = verb.head  # 'cleared the square of protesters, killing hundreds'
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and cleared.lower_ in CLEARING_VERBS:
        if all(_counted_only(v) for v in victims):
            victims = [content_head(v) for v in objects(cleared)]
            victims += [content_head(p) for p in prep_objects(cleared, ("of",))]
            victims = [v for v in victims if v.lower_ in UNARMED_CROWDS]
    elif not (verb.lower_ in SHOOTING_FORMS or any(o.lower_ == "fire" for o in objects(verb))):
        return None  # only shots fired: 'aircraft killed 46 civilians in an attack' stays a raid
    kinds = {_unarmed_kind(v, lex) for v in victims}
    if not victims or None in kinds:
        return None
    if kinds == {"crowd"}:
        return "175"
    return "185" if kinds == {"leader"} else "180"


def _counted_only(tok: Token) -> bool:
    """A victim named by a number alone ('killing hundreds', 'killing 40')."""
    return tok.like_num or tok.lower_ in ("hundreds", "thousands", "dozens", "scores")


def _unarmed_kind(victim: Token, lex: Lexicon) -> str | None:
    """'crowd', 'civilian' or 'leader' (a leader's motorcade, or a leader named by his title:
    'fired at Indian Prime Minister Rajiv Gandhi', 'shot at the president') for an unarmed
    victim, else None."""
    armed = lex.word_classes("armed_force", "force", "security_men")
    if any_lemma(victim, lex, armed):
        return None
    titles = lex.word_class("leader_title")
    if victim.lower_ in titles or (
        victim.pos_ == "PROPN"
        and any(t.dep_ == "compound" and t.lower_ in titles for t in victim.subtree)
    ):
        return "leader"
    if victim.lower_ in UNARMED_CROWDS:
        return "crowd"
    if any_lemma(victim, lex, lex.word_class("civilians")):
        return "civilian"
    if victim.lower_ in MOTORCADES and (
        children(victim, ("poss",)) or prep_objects(victim, ("of",))
    ):
        return "leader"
    if victim.lower_ in UNARMED_CARRIERS and any(  # 'fired at President Aquino's car'
        _unarmed_kind(o, lex) == "leader" for o in children(victim, ("poss",))
    ):
        return "leader"
    if victim.lower_ in UNARMED_CARRIERS:
        carried = [
            content_head(o)
            for c in victim.children
            if c.dep_ == "acl" and c.lower_ in CARRYING_VERBS
            for o in objects(c)
        ]
        if carried and all(any_lemma(o, lex, lex.word_class("civilians")) for o in carried):
            return "civilian"
    return None


_MASS_COUNTS = frozenset({"million", "millions"})
_MASS_MULTIPLES = frozenset({"hundreds", "tens"})


def _expelled_en_masse(verb: Token) -> bool:
    """People driven out in their tens of thousands: a figure of 50,000 or more ('expelled
    300,000 ethnic Turks'), millions, or tens or hundreds of thousands in words ('deported
    hundreds of thousands of Yemeni workers', 'a million migrants'): a mass expulsion (CAMEO
    201); 'expelled thousands of Palestinians' or '20,000 Turks' stays an expulsion."""
    return any(_counted_en_masse(obj, 50_000, _MASS_MULTIPLES) for obj in objects(verb))


def _counted_en_masse(obj: Token, least: int, multiples: frozenset[str]) -> bool:
    """The object counts ``least`` people or more: in figures, in millions, or in thousands
    after one of ``multiples`` ('hundreds of thousands'; any thousands when it is empty)."""
    words = [t for t in obj.subtree if t.i <= obj.i or t.head.i == obj.i or t.lower_ == "thousands"]
    lows = {t.lower_ for t in words}
    if lows & _MASS_COUNTS or ("thousands" in lows and (not multiples or lows & multiples)):
        return True
    for tok in words:
        digits = tok.text.replace(",", "")
        if digits.isdigit() and int(digits) >= least:
            return True
    return False


def _killed_en_masse(verb: Token, actors: list[Token], lex: Lexicon) -> bool:
    """People, not fighters, killed in their thousands ('killed thousands of Kurds', 'put a
    million Cambodians to death', 'shot 2,000 villagers'): a mass killing (CAMEO 202);
    'killed thousands of Iranian troops' stays a battle, '40 villagers' a blow, and so does a
    state's people killed by armed forces ('Iran said its troops had killed 4,000 Iraqis')."""
    counted = [obj for obj in objects(verb) if _counted_en_masse(obj, 1_000, frozenset())]
    if not counted:  # most killings count no thousands: no word class need be read
        return False
    fighters = lex.word_classes("force", "armed_force", "armed_group")
    doers = [*actors, *subjects(verb)]  # the verb's own subject too: 'troops killed … in their
    # offensive' may take its doer from 'their'
    armed = any(any_lemma(content_head(a), lex, lex.word_class("armed_force")) for a in doers)
    for obj in counted:
        people = [obj, *(p for prep in prep_children(obj, ("of",)) for p in pobjs(prep))]
        if any(any_lemma(p, lex, fighters) for p in people):
            continue
        if any(_victim_people(p, armed, lex) for p in people):
            return True
    return False


def _victim_people(tok: Token, armed: bool, lex: Lexicon) -> bool:
    """Civilians, or a people: a state's nationals only when no armed force killed them (a
    war's toll of the enemy is a battle's)."""
    if any_lemma(tok, lex, lex.word_class("civilians")):
        return True
    if tok.ent_type_ != "NORP":
        return False
    term = Gazetteer.default().lookup(tok.text)
    return not (armed and term is not None and term.source == "people")


def _reached_with_partner(tok: Token) -> bool:
    """A deal verb in the passive, with no agent and a 'with' partner ('a truce had been
    reached with Israel'): the other party is left unnamed, as the one who reports it is."""
    return (
        pos_of(tok) == "verb"
        and is_passive(tok)
        and not children(tok, ("agent",))
        and bool(prep_children(tok, ("with",)))
    )


def _weapons_test(tok: Token, lex: Lexicon) -> bool:
    """A missile or rocket fired as a test ('test-fired its new missiles', 'fired one test
    missile against a hulk', 'fired an experimental rocket'): a show of arms, no blow. The
    test word modifies the firing verb or the thing fired (``weapons_test`` class)."""
    tests = lex.word_class("weapons_test")
    marks = children(tok, ("npadvmod", "compound", "advmod"))
    marks += [m for o in objects(tok) for m in children(o, ("compound", "amod"))]
    return any(m.lower_ in tests for m in marks)


def _mass_destruction_cameo(tok: Token, lex: Lexicon) -> str | None:
    """The CAMEO code (204x) of an armed act done with a weapon of mass destruction: the
    weapon is what the act is done 'with' or 'by', or what a using verb ('used', 'dropped')
    takes as its object, and a modifier names its kind ('chemical weapons', 'an atomic bomb',
    'weapons of mass destruction'); not a weapon the act only aims at ('struck nuclear sites')."""
    instruments = [p for q in prep_children(tok, ("with", "by")) for p in pobjs(q)]
    if any_lemma(tok, lex, MASS_DESTRUCTION["using_verbs"]):
        instruments += objects(tok)
    for weapon in map(content_head, instruments):
        if not any_lemma(weapon, lex, MASS_DESTRUCTION["weapons"]):
            continue
        kinds = [c for c in weapon.children if c.dep_ in ("amod", "compound")]
        kinds += [
            m for q in prep_children(weapon, ("of",)) for p in pobjs(q) for m in (p, *p.children)
        ]
        for code, words in MASS_DESTRUCTION["kinds"].items():
            if any(k.lower_ in words for k in kinds):
                return code
    return None


def _mentions(tok: Token, words: frozenset[str], lex: Lexicon) -> bool:
    """Does the trigger's phrase name one of ``words`` ('troops to a peacekeeping force')?"""
    return any(any_lemma(t, lex, words) for t in tok.subtree if t != tok)


def _sent_on_watch(verb: Token, lex: Lexicon) -> bool:
    """A verb of sending (``watch_purposes`` of event_syntax.json) with a purpose of watching
    or defending ('sent AWACS planes to Egypt to watch Libyan air movements', 'warplanes sent
    by NATO to defend Turkey'): the sender's own craft posted abroad, no arms given."""
    if not any_lemma(verb, lex, WATCH_PURPOSES["verbs"]):
        return False
    for purpose in verb.children:
        if purpose.dep_ not in ("advcl", "xcomp") or not (
            pos_of(purpose) == "verb" or is_to_infinitive(purpose)
        ):
            continue
        steps = [purpose, *children(purpose, ("xcomp",))]  # 'to help defend …'
        if any(any_lemma(step, lex, WATCH_PURPOSES["purposes"]) for step in steps):
            return True
    return False


def _game_won(verb: Token, lex: Lexicon) -> bool:
    """A verb of beating (``game_results`` of event_syntax.json) told with a phrase of the game
    ('beat Poliakov in straight sets', 'defeated Lendl in the final', 'won by two lengths') or
    with a score in its sentence ('beat Sweden 3-1'): a game's result, no blow."""
    if not any_lemma(verb, lex, GAME_RESULTS["verbs"]):
        return False
    for prep in prep_children(verb, tuple(GAME_RESULTS["preps"])):
        if any(o.lower_ in GAME_RESULTS["games"] for o in prep.children if o.dep_ == "pobj"):
            return True
    return bool(_SCORE.search(verb.sent.text))


def _arms_moved_into(verb: Token, lex: Lexicon) -> bool:
    """A verb of sending arms with an 'into' or 'across' phrase (``arms_moved_into``: 'sent
    columns of tanks across the border', 'sent tanks into eastern Ukraine'): the sender moves
    its own armour into a place, a deployment; 'sent tanks to Syria' gives them."""
    return any_lemma(verb, lex, ARMS_MOVED_INTO["verbs"]) and bool(
        prep_children(verb, tuple(ARMS_MOVED_INTO["preps"]))
    )


def _names_peacekeepers(tok: Token, lex: Lexicon) -> bool:
    """Does a deployment's phrase name peacekeepers or monitors, a word of the lexicon's
    peacekeeper class that is no verb ('sent troops to a peacekeeping force', 'deployed 50
    monitors')? 'dispatched aircraft … to monitor the situation' only says what the craft
    are for: a deployment still."""
    words = lex.word_class("peacekeeper")
    return any(any_lemma(t, lex, words) and pos_of(t) != "verb" for t in tok.subtree if t != tok)


def _parties_acting_under(tok: Token, lex: Lexicon) -> list[Token]:
    """An accord told in a participle after 'under' ('Iran suspended enrichment under a deal
    reached in Paris', 'fighters based in Kigali under a peace accord signed in Arusha') with
    no agent of its own: the doers of the clause that acts under it are its parties."""
    if tok.dep_ != "acl" or children(tok, ("agent",)):
        return []
    accord = tok.head
    if accord.dep_ != "pobj" or accord.head.lower_ not in UNDER_WORDS:
        return []
    verb = accord.head.head
    if pos_of(verb) != "verb":
        return []
    return [o for s in subjects(verb) for o in _event_owners(s, lex)]


def _has_ultimatum(tok: Token, marks: tuple[str, ...] = ("unless",)) -> bool:
    """'X will withdraw its force unless Y …' is a conditional threat."""
    return any(
        any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
        for c in _condition_clauses(tok)
    )


def _condition_clauses(tok: Token) -> list[Token]:
    """The adverbial clauses that put a verb under a condition: its own, and those of a later
    verb coordinated with it that end the sentence after both ('might quit the commission and
    could review the base agreement if Washington imposed sanctions': both acts hang on it)."""
    later = [c for c in tok.children if c.dep_ == "conj" and pos_of(c) == "verb"]
    return [c for c in tok.children if c.dep_ == "advcl" or inverted_condition(c)] + [
        a for v in later for a in children(v, ("advcl",)) if a.i > v.i
    ]


def _vows_to_resist(trig: Trigger, lex: Lexicon) -> bool:
    """A vow to resist an armed act ('our air force will oppose any aggression by Gaddafi',
    'would resist any invasion'): a verb of ``RESISTED_ACTS`` whose object is one of its
    acts, a threat of force, not the rejection of a proposal."""
    tok = trig.token
    if trig.nominal or not any_lemma(tok, lex, RESISTING_VERBS):
        return False
    return any(any_lemma(o, lex, RESISTED_ACTS) for o in children(tok, ("dobj",)))


def _suspected_grounds(tok: Token) -> bool:
    """An act named after 'of' on a noun of suspicion or charge (``SUSPECTED_GROUNDS``:
    'arrested two employees on suspicion of illegally exporting equipment to the Soviet
    Union', 'detained on charges of selling arms to Iran', 'allegations of spying for
    Israel'): the grounds someone is held or accused on, not an act the text tells as
    done. The act a charge is a word of ('the charges were dropped') is read elsewhere."""
    node = tok
    while node.dep_ == "conj":
        node = node.head
    prep = node.head
    return (
        node.dep_ in ("pobj", "pcomp")
        and prep.lower_ == "of"
        and prep.dep_ == "prep"
        and prep.head.lower_ in SUSPECTED_GROUNDS
    )


def _aim_of_an_effort(trig: Trigger) -> bool:
    """An infinitive on a noun of an effort (``AIMED_EFFORTS``: 'a war to disarm Iraq', 'its
    bid to take control of Fairchild', 'his effort to bring the army under civilian control')
    tells what the effort is for, no act of its own; the effort, when it is an event, is told
    by its own word. A plan or an attempt is left to the words of intent and attempt. So does
    an infinitive on a noun of asking (``ASKED_NOUNS``: 'a unanimous call by the Senate last
    week to impose penalties on Japanese products', 'calls to expel the envoy', 'the
    pressure on Reagan to retaliate'): what is asked, not done."""
    tok = trig.token
    if trig.nominal or tok.dep_ not in ("acl", "relcl") or not is_to_infinitive(tok):
        return False
    marker = next((c for c in children(tok, ("aux",)) if c.lower_ == "to"), tok)
    before = tok.doc[marker.i - 1] if marker.i > 0 else tok
    # the parser may hang it on the noun before ('the opening of a war to disarm Iraq')
    aims = AIMED_EFFORTS | ASKED_NOUNS
    return tok.head.lower_ in aims or before.lower_ in aims


def _envoys_kin_evacuated(trig: Trigger, lex: Lexicon) -> bool:
    """An evacuation of the families of a state's own diplomats ('began evacuating diplomats'
    families', 'evacuated embassy families'): the state brings its own people home, no
    relief given to anyone (the evacuation of embassy staff is a sanction of its own)."""
    tok = trig.token
    if trig.nominal or not any_lemma(tok, lex, EVACUATING_VERBS):
        return False
    return any(
        c.dep_ in ("poss", "compound") and any_lemma(c, lex, ENVOY_OWNERS)
        for o in children(tok, ("dobj",))
        for c in o.children
    )


def _measure_agreed(verb: Token, measure: Token, lex: Lexicon) -> bool:
    """An embargo or sanctions (CAMEO 163) a body has agreed to impose ('the EU agreed in
    January to ban imports of Iranian oil', 'ministers have agreed to impose sanctions'): the
    decision is the measure, taken, no threat; not one it will or may agree to, nor 'agreed
    that it would …'; other hostile acts agreed ('agreed to expel the diplomats') stay
    threats."""
    if measure.dep_ != "xcomp" or measure.head != verb or not any_lemma(verb, lex, AGREEING_VERBS):
        return False
    auxes = [a.lower_ for a in children(verb, ("aux",))]
    return (verb.tag_ == "VBD" and not auxes) or (
        verb.tag_ == "VBN" and auxes[:1] in (["has"], ["have"], ["had"])
    )


def _hedged_own_act(trig: Trigger, actors: list[Token], speaker: list[Token], lex: Lexicon) -> bool:
    """A party's own act that it, or its own spokesman or official, says it 'may', 'might'
    or 'could' do ('Ghana could cut ties with Togo, officials said'): the verb active, with a
    doer, and no 'have' ('may have fired' is a guess about the past). Unreported ('Iraq
    could attack the ports') or said by others ('diplomats said', 'a U.S. official said'),
    it is a guess, no threat."""
    tok = trig.token
    if trig.nominal or not actors or is_passive(tok) or not _own_voice(speaker, actors, lex):
        return False
    return hedged_present([c.lower_ for c in children(tok, ("aux",))], HEDGING_AUX)


def _guessed_dealing(
    trig: Trigger, mod: Modality, actors: list[Token], speaker: list[Token], lex: Lexicon
) -> bool:
    """A dealing (an agreement, a meeting, a concession …) that 'may', 'might' or 'could' yet
    be done, unreported or told by others than its doers ('France and Spain may agree to put
    off the quotas', 'a fresh OPEC meeting could only take place once …, Lopez said'): a
    guess, no news. Not what a party says it may do itself ('Canada said it might resume
    talks'), nor a guess about the past ('may have met'), nor an act known to have happened."""
    if trig.presupposed or mod.status != "possible" or mod.conditional:
        return False
    verb = trig.token
    if trig.nominal:  # 'a fresh meeting could take place': the verb it is the subject of
        if verb.dep_ not in ("nsubj", "nsubjpass"):
            return False
        verb = verb.head
    if not hedged_present([c.lower_ for c in children(verb, ("aux",))]):
        return False
    return not _own_voice(speaker, actors, lex)


def _own_voice(speaker: list[Token], actors: list[Token], lex: Lexicon) -> bool:
    """The speaker is the doer itself or a voice of its own side named by no country (a
    spokesman, an official, a minister: ``own_voices``)."""
    if not speaker:
        return False
    if any(s in actors for s in speaker):
        return True
    return all(any_lemma(s, lex, OWN_VOICES) and not national_modifiers(s) for s in speaker)


def _owner_in_phrase(tok: Token) -> bool:
    """A country word on a noun under a preposition ('a ban on Danish meat exports'): whose
    thing the refused proposal is about, not who made it (unlike 'a U.S. offer')."""
    return tok.dep_ in ("amod", "compound", "poss") and tok.head.dep_ == "pobj"


def _has_event_complement(trig: Trigger) -> bool:
    if any(not c.nominal for c in trig.complements):
        return True
    comp_heads = {c for c in complement_clauses(trig.token)}
    return any(c.token.head in comp_heads and c.token.dep_ in OBJECT_DEPS for c in trig.complements)


def _must_demands(
    sent: Span, lex: Lexicon, triggers: list[Trigger], advice: list[Token]
) -> list[Trigger]:
    """'X said Y must do Z' is a demand by X on Y, 'X said Y should do Z' an appeal
    (``advise_aux``); when X is a commentator (an analyst, an expert, a professor) it is
    advice, whose clause is added to ``advice``."""
    out: list[Trigger] = []
    demand_entry = _verb_entry(lex, "demand")
    appeal_entry = _verb_entry(lex, "appeal") or demand_entry
    if demand_entry is None:
        return out
    have = {t.token.i for t in triggers}
    must = lex.modality["must_aux"]
    advise = lex.modality.get("advise_aux", frozenset())
    doc = sent.doc
    # the verbs a 'must' word is an auxiliary of, in sentence order
    must_ids = _ids(must)
    rows = word_rows(doc)
    verbs = sorted(
        {
            tok.head.i
            for i in range(sent.start, sent.end)
            if rows[i][LOWER_COL] in must_ids and (tok := doc[i]).dep == _AUX
        }
    )
    for i in verbs:
        tok = doc[i]
        if not sent.start <= i < sent.end or pos_of(tok) != "verb" or tok.head.i in have:
            continue
        if tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "have" for c in tok.children):
            continue  # 'the government should have acted sooner': a reproach, not a demand
        if any(c.dep_ == "acomp" and c.lower_ in ABILITY_WORDS for c in tok.children):
            continue  # 'we should be able to move the ball along': a hope, not a demand
        if any(
            a.dep_ == "aux" and a.lower_ in must and a.i < s.i
            for a in tok.children
            for s in children(tok, SUBJECT_DEPS)
        ):
            continue  # 'would strike back should Israeli jets attack': a condition, no appeal
        told = [content_head(s) for s in children(tok, SUBJECT_DEPS)]
        if _advised_act_of_no_one(tok, triggers, advise):
            advice.append(tok)  # 'the group said sanctions should be imposed on Japan': what
            continue  # someone thinks ought to be done, by no one named: no act, no appeal
        if not any(  # 'Sudan must return …', not '(the attack) should not worsen the crisis'
            s.ent_type_ in ("GPE", "NORP", "ORG", "PERSON", "LOC")  # LOC: "Asia must …"
            or is_personish(s)
            or s.lower_ in DEMAND_SUBJECTS
            or (national_modifiers(s) and s.lower_ not in FIGURE_SUBJECTS)  # 'the Sudanese
            for s in told  # government must …', not 'Israel's exports must double': a goal
        ):
            continue
        if _expected_outcome(tok, lex) and not any(
            s.ent_type_ in ("GPE", "PERSON") or s.lower_ in DEMAND_SUBJECTS for s in told
        ):
            continue  # 'the U.S. pacts with Canada should serve as precedents': expected
        speaker_verb = _speech_above(tok, lex)
        if speaker_verb is not None and _commentator(subjects(speaker_verb), lex):
            advice.append(tok)  # 'Washington should join Moscow, the analyst said'
            continue
        if speaker_verb is not None and speaker_verb.i not in have:
            told_parties = [  # a region told ('Asia must …') is no state to aim at
                s for s in with_conjuncts(told) if not is_pronoun(s) and s.ent_type_ != "LOC"
            ]
            said = {c.lower_ for c in tok.children if c.dep_ == "aux" and c.lower_ in must}
            entry = appeal_entry if said and said <= advise else demand_entry  # 'should': advice
            out.append(
                Trigger(speaker_verb, entry, [speaker_verb], nominal=False, told=told_parties)
            )
    return out


def _advised_act_of_no_one(verb: Token, triggers: list[Trigger], advise: frozenset[str]) -> bool:
    """A passive told with 'should' or 'ought' (``advise_aux``) and no 'by' doer, whose
    subject is an act's noun read as an event ('sanctions should be imposed on Japan', 'the
    talks ought to be resumed'): an act someone thinks ought to be done, by no one named."""
    if not any(c.dep_ == "aux" and c.lower_ in advise for c in verb.children):
        return False
    acted = [content_head(s) for s in children(verb, PASSIVE_SUBJECT_DEPS)]
    if not acted or children(verb, ("agent",)):
        return False
    acts = {t.token.i for t in triggers} | {w.i for t in triggers for w in t.words}
    if all(s.i in acts for s in acted):
        return True
    # 'people accused of terrorist offences should be brought to trial and be held in
    # prison': a coercion of people of no party named, by no one named, is a view of policy
    held = {t.token.i for t in triggers if t.entry.type == "coercion" and not t.nominal}
    done = [verb, *children(verb, ("conj",))]
    return any(d.i in held for d in done) and not any(
        s.ent_type_ in PARTY_ENTS or is_personish(s) or national_modifiers(s) for s in acted
    )


def _ultimatums(sent: Span, lex: Lexicon, triggers: list[Trigger]) -> list[Trigger]:
    """'Bonn told Paris to drop the levy or face countermeasures': an act told to a party and
    joined by 'or' to facing a penalty (the lexicon's ``ultimatum_verbs``,
    ``ultimatum_penalties``) is a threat by the teller against the one told, when no other
    event is read on the teller's verb ('warned Ottawa to … or face retaliation' is a threat
    already; 'Chile must free them or face sanctions, Peru said' stays Peru's demand) or the
    one read gives way to the threat (``_told_not_threatened``)."""
    threat = _verb_entry(lex, "threat")
    rows = word_rows(sent.doc)
    if threat is None or all(
        rows[i][LOWER_COL] not in (_OR, _UNLESS) for i in range(sent.start, sent.end)
    ):
        return triggers  # no 'or' nor 'unless', no ultimatum
    read = {t.token.i for t in triggers}
    for tok in sent:
        demanded = _ultimatum_act(tok, lex)
        if demanded is None:
            continue
        teller, told = _ultimatum_parties(demanded, lex)
        if teller is not None and _told_not_threatened(teller, told, triggers, lex):
            triggers = [t for t in triggers if t.token.i != teller.i]
            read.discard(teller.i)
        if teller is None or teller.i in read:  # an event read on the teller's verb stays
            continue
        triggers.append(Trigger(teller, threat, [teller], nominal=False, told=told))
        read.add(teller.i)
    return triggers


def _told_not_threatened(
    teller: Token, told: list[Token], triggers: list[Trigger], lex: Lexicon
) -> bool:
    """The teller of an ultimatum read as a demand made to the one it tells ('told Damascus
    it would face action unless …') or as a gift of the time it sets ('gave the fighters 48
    hours to … or face an assault'): the threat is the act, not what was read. A demand a
    speaker reports ('Canada must lift the quota or face sanctions, Paris said') stays."""
    read = next((t for t in triggers if t.token.i == teller.i), None)
    if read is None:
        return False
    told_to = any(t.head.i == teller.i and t.dep_ in OBJECT_DEPS for t in told)
    return (read.entry.type in ("demand", "appeal") and told_to) or sets_a_deadline(teller, lex)


def _ultimatum_act(tok: Token, lex: Lexicon) -> Token | None:
    """The demanded act that '… or face <penalty>' (or '… or be driven out', a penalty of
    ``ultimatum_passives`` undergone) is joined to, or that 'unless …' puts to '… would face
    <penalty>' ('told him that unless Seoul lowered its duties it would face retaliation'),
    when ``tok`` is that 'face' (or participle)."""
    forced = (  # '… or be driven out': the penalty told as what the party would undergo
        any_lemma(tok, lex, lex.modality["ultimatum_passives"])
        and any(c.lower_ == "be" for c in children(tok, ("auxpass",)))
        and tok.dep_ == "conj"
    )
    if not forced and not any_lemma(tok, lex, lex.modality["ultimatum_verbs"]):
        return None
    if not forced and not any(
        _inflects(o, lex, lex.modality["ultimatum_penalties"]) for o in objects(tok)
    ):
        return None
    unless = [c for c in children(tok, ("advcl",)) if any(m.lower_ == "unless" for m in c.children)]
    if unless:
        return unless[0] if pos_of(unless[0]) == "verb" else None
    if tok.dep_ != "conj":
        return None
    if not any(c.lower_ == "or" for c in (*tok.head.children, *tok.children) if c.dep_ == "cc"):
        return None
    return tok.head if pos_of(tok.head) == "verb" else None


def _ultimatum_parties(act: Token, lex: Lexicon) -> tuple[Token | None, list[Token]]:
    """The verb of the one who demands ``act`` and whom it is told to: 'told Paris to
    drop …' (the telling verb, its object), 'Chile has to free them …, Peru said' (the speech
    verb, the subject of the act or of its obligation)."""
    giver = _deadline_giver(act, lex)
    if giver is not None:  # 'gave the rebels until dawn to free them or face …'
        told = [o for o in children(giver, OBJECT_DEPS) if _given_the_deadline(o, lex)]
        return (giver, told) if told else (None, [])
    if act.dep_ == "xcomp" and is_to_infinitive(act) and pos_of(act.head) == "verb":
        told = [o for o in children(act.head, OBJECT_DEPS) if is_party_word(o)]
        if told:  # 'told Paris to drop …'
            return act.head, told
        act = act.head  # 'Canada has to lift …, Paris said': the verb of the obligation
    faced = act.head if act.dep_ == "advcl" else act  # 'that unless Peru …, it would face'
    said = _speech_above(faced, lex)
    told = [s for v in (act, faced) for s in subjects(v) if is_party_word(s) and not is_pronoun(s)]
    if said is not None and not told:  # 'Chile told Peru that unless it …, it would face …'
        told = [o for o in children(said, OBJECT_DEPS) if is_party_word(o) and not is_pronoun(o)]
    if said is None or not told:
        return None, []
    return said, told


def _deadline_giver(act: Token, lex: Lexicon) -> Token | None:
    """The verb that gives a party a time limit for ``act`` ('gave Hanoi until Friday to
    withdraw', 'gave the fighters two days to hand over …', the act read as the clause of
    the time noun or, with a date between, of the verb: 'gave Mobutu eight days on Monday
    to step down'), if any."""
    if not is_to_infinitive(act):
        return None
    head = act.head
    if act.dep_ in ("relcl", "acl") and any_lemma(head, lex, lex.modality["time_limits"]):
        head = head.head  # 'two days to hand over': the act hangs on the time
    elif act.dep_ in ("relcl", "acl") and _until_object(head):
        head = head.head.head  # 'until the end of the month to pull back': on the date
    elif act.dep_ == "xcomp" and not children(head, ("auxpass",)):
        pass  # 'gave Mobutu eight days on Monday to step down': a date between, on the verb
    elif act.dep_ != "advcl":
        return None
    return head if sets_a_deadline(head, lex) else None


def _given_the_deadline(obj: Token, lex: Lexicon) -> bool:
    """An object of a deadline-giving verb that is the party given it: the dative, a party,
    or a noun that is no time ('gave the military junta a week': the junta; not the 'week')."""
    if obj.dep_ == "dative" or _named_party(obj):
        return True
    return obj.ent_type_ not in ("DATE", "TIME") and not any_lemma(
        obj, lex, lex.modality["time_limits"]
    )


def _until_object(tok: Token) -> bool:
    """The object of an 'until' or 'till' phrase ('gave Hanoi until the end of the week')."""
    return tok.dep_ == "pobj" and tok.head.lower_ in ("until", "till")


def _named_party(tok: Token) -> bool:
    """A party word, or a noun its party modifier names ('the Chechen fighters')."""
    return is_party_word(tok) or any(
        is_party_word(c) for c in tok.children if c.dep_ in ("compound", "amod")
    )


def _expected_outcome(verb: Token, lex: Lexicon) -> bool:
    """A verb of what a thing is expected to be or bring ('the delegation should result in
    more traffic', "Colombia's records should be the basis", 'the pacts should help pave the
    way'): a 'should' of expectation, no advice to anyone."""
    return any_lemma(verb, lex, EXPECTED_OUTCOMES)


def _commentator(speaker: list[Token], lex: Lexicon) -> bool:
    """A speaker named as an analyst, expert, economist, professor … (in the subject phrase,
    or at an earlier mention of the same name: 'Richard Ullman, a Princeton professor'): no
    political actor."""
    for who in speaker:
        if any(_inflects(t, lex, COMMENTATOR_WORDS) for t in who.subtree):
            return True
        if who.tag_ not in ("NNP", "NNPS"):
            continue
        doc = who.doc
        for earlier in doc[: who.i]:  # the earlier sentence may be unparsed: read on to a stop
            if earlier.lower_ != who.lower_ or earlier.i + 1 >= who.i:
                continue
            if doc[earlier.i + 1].text != ",":
                continue
            for t in doc[earlier.i + 2 : min(earlier.i + 10, who.i)]:
                if t.text in (",", ".", ";") or t.is_sent_start:
                    break
                if _inflects(t, lex, COMMENTATOR_WORDS):
                    return True
    return False


_VERB_ENTRY: dict[tuple[int, str], tuple[Lexicon, Entry | None]] = {}


def _verb_entry(lex: Lexicon, etype: str) -> Entry | None:
    """The lexicon's first verb entry of type ``etype`` (looked up once per lexicon)."""
    known = _VERB_ENTRY.get((id(lex), etype))
    if known is None or known[0] is not lex:
        entry = next((e for e in lex.entries if e.type == etype and e.pos == "verb"), None)
        known = _VERB_ENTRY[(id(lex), etype)] = (lex, entry)
    return known[1]


def _speech_above(tok: Token, lex: Lexicon) -> Token | None:
    """The speech verb whose content clause ``tok`` heads: its head, or the head of the
    purpose clause the parser hung it on ('he said for Russia to make progress the
    government must …'); a clause joined to such a clause with 'and that' is content of the
    same verb ('said Britain would cut its staff and that Iran must withdraw its own')."""
    while tok.dep_ == "conj" and any(c.dep_ == "mark" for c in tok.children):
        tok = tok.head
    if tok.dep_ != "ccomp":
        return None
    if any_lemma(tok.head, lex, lex.modality["speech"]):
        return tok.head
    verb = tok.head
    if (
        verb.dep_ == "advcl"
        and _is_purpose_or_condition(verb)
        and any_lemma(verb.head, lex, lex.modality["speech"])
    ):
        return verb.head
    return None


def _keep_apart_dates(drafts: list[Draft]) -> None:
    """'destroyed a platform on Monday in response to an Iranian missile attack last Friday':
    the dates inside an event noun of its own are that event's, not the verb's; so are those
    of an event in a relative clause below it ('pushing them out of positions they had
    occupied when they launched an offensive early yesterday')."""
    for d in drafts:
        if d.nominal or d.quoted is not None:
            continue
        for other in drafts:
            if other is d or not d.token.is_ancestor(other.token):
                continue
            apart = (
                other.token
                if other.own_doer or other.presupposed
                else _relative_clause_between(d, other)
            )
            if apart is not None:
                left, right = apart.left_edge, apart.right_edge
                d.quoted = (left.idx, right.idx + len(right))
                break


def _relative_clause_between(upper: Draft, lower: Draft) -> Token | None:
    """The relative clause on the way from ``upper``'s trigger down to ``lower``'s, if any."""
    node = lower.token
    found = None
    while node != upper.token and node.head != node:
        if node.dep_ in ("relcl", "acl") and pos_of(node) == "verb":
            found = node
        node = node.head
    return found


def _presence_visits(sent: Span, ont: Ontology) -> list[Draft]:
    """'Iranian Prime Minister Mousavi is currently in Damascus': an official's presence in a
    named place is a visit (kept only when the place is in another country than his)."""
    out: list[Draft] = []
    doc = sent.doc
    rows = word_rows(doc)  # no Token per word
    for i in range(sent.start, sent.end):
        if rows[i][LOWER_COL] not in _COPULA_IDS:
            continue
        tok = doc[i]
        if tok.dep_ not in ("ROOT", "conj", "ccomp"):
            continue
        who = [s for s in children(tok, SUBJECT_DEPS) if s.ent_type_ == "PERSON" or is_personish(s)]
        places = [
            p for prep in prep_children(tok, ("in",)) for p in pobjs(prep) if p.ent_type_ == "GPE"
        ]
        if not who or not places or any(c.dep_ == "neg" for c in tok.children):
            continue
        out.append(
            Draft(
                type="visit",
                cameo=ont["visit"].cameo,
                token=tok,
                trigger_text=f"{tok.text} in",
                actor_tokens=who,
                target_tokens=places,
                status="ongoing" if tok.tag_ in ("VBZ", "VBP") else "past",
                negated=False,
                confidence=0.5,
                nominal=False,
                abroad=True,
            )
        )
    return out[:1]


def _presence_clause(tok: Token) -> tuple[list[Token], list[Token]] | None:
    """(who, places) of a clause of being somewhere that ``tok`` heads: a form of 'be' with a
    person for subject (or, in a relative clause, the person 'who' stands for) and an 'in'
    phrase naming a place ('Mr Snow, who is currently in Dublin'); None otherwise."""
    if tok.lower not in _COPULA_IDS or any(c.dep_ == "neg" for c in tok.children):
        return None
    subjects = children(tok, SUBJECT_DEPS)
    if tok.dep_ == "relcl" and any(s.tag_ in ("WP", "WDT") for s in subjects):
        subjects = [tok.head]  # 'Mr Snow who is in Dublin': Mr Snow
    elif tok.dep_ not in ("ROOT", "conj", "ccomp"):
        return None
    who = [s for s in subjects if s.ent_type_ == "PERSON" or is_personish(s)]
    places = [
        p for prep in prep_children(tok, ("in",)) for p in pobjs(prep) if p.ent_type_ == "GPE"
    ]
    return (who, places) if who and places else None


def _place_trips_at_presence(drafts: list[Draft]) -> None:
    """A trip noun with no place of its own hung, through prepositions, on a clause of being
    somewhere ('X is in Dublin on a three-day visit', 'Mr Snow, who is currently in Dublin at
    the start of a four-nation EU visit') is that person's visit to that place: the clause's
    person is the traveller and its place the target; a modifier of the noun ('EU', 'Asian')
    only says where the tour goes."""
    for d in drafts:
        if d.type not in TRIP_TYPES or not d.nominal or d.target_tokens:
            continue
        head = d.token  # up through the prepositions: 'at the start of a visit' to 'is'
        while head.dep_ == "pobj" and head.head.dep_ == "prep":
            head = head.head.head
        found = _presence_clause(head)
        if found is None:
            continue
        who, places = found
        d.actor_tokens = who
        d.target_tokens = places


def _one_per_type(drafts: list[Draft]) -> list[Draft]:
    """The best draft of each type; an event noun naming its own doer is an event apart
    ('destroyed a platform in response to an Iranian attack on a tanker': two attacks), and
    so is each verb of the type naming other parties than the rest ('visited China and then
    went to Japan', 'Iraqi jets hit a Kuwaiti tanker and struck an Iranian oil platform')."""
    apart_verbs = _verbs_apart(drafts)
    ordered = _ordered_apart(drafts)
    best: dict[tuple[str, int], Draft] = {}
    for d in drafts:
        alone = d.own_doer or any(d is v for v in apart_verbs + ordered)
        key = (d.type, d.token.i if alone else -1)
        cur = best.get(key)
        if cur is None or (bool(d.actor_tokens), _seizing_rank(d, cur), d.confidence) > (
            bool(cur.actor_tokens),
            _seizing_rank(cur, d),
            cur.confidence,
        ):
            best[key] = d
    for (t, i), d in best.items():  # 'the tanker was hit …, also believed struck by an
        if i >= 0 or d.target_tokens:  # Iranian missile': one blow, its target from 'hit'
            continue
        same = [o for o in drafts if o.type == t and o is not d and o.target_tokens]
        same = [o for o in same if not (o.own_doer or any(o is v for v in apart_verbs + ordered))]
        if same and not d.nominal and all(not o.nominal for o in same):
            d.target_tokens = _dedupe(same[0].target_tokens, d.actor_tokens)
    apart = {t for t, i in best if i >= 0}  # a bare noun of the same type is the same event
    split = {d.type for d in apart_verbs}  # ... and so is any other mention of split verbs
    kept = [
        d
        for (t, i), d in best.items()
        if i >= 0
        or not (t in split or (d.nominal and t in apart))
        or _trip_elsewhere(d, [o for (u, j), o in best.items() if u == t and j >= 0])
    ]
    return sorted(kept, key=lambda d: d.token.i)


def _trip_elsewhere(draft: Draft, apart: list[Draft]) -> bool:
    """A trip noun with no doer of its own whose named places none of the sentence's trips
    apart goes to ('discussed the plans during a trip to Moscow last year, and the topic came
    up again during Russian president Vladimir Putin's recent visit to New Delhi'): another
    journey, a visit of its own; a trip noun that names no place, or one the other names,
    stays the same visit."""
    if draft.type not in TRIP_TYPES or not draft.nominal or not apart:
        return False
    places = _named_targets(draft)
    return bool(places) and all(not places & _named_targets(o) for o in apart)


SEIZING_CAMEO = "181"  # abducting, hijacking, taking hostages
RAID_CAMEO = "190"  # an armed act of no more precise kind: raids, storming, assaults


def _seizing_rank(draft: Draft, other: Draft) -> int:
    """1 for people seized by a verb of their own (CAMEO 181) where the other draft of its
    type tells the armed act only as a raid ('stormed the Palace of Justice and took hundreds
    of people hostage', 'raided the embassy and kidnapped three diplomats'): CAMEO codes the
    act that says what the raid was for, the hostage-taking; 0 otherwise ('kidnapped and
    killed a diplomat' is ranked as before)."""
    return int(
        draft.type == "attack"
        and draft.cameo == SEIZING_CAMEO
        and other.cameo == RAID_CAMEO
        and not draft.nominal
    )


def _named_targets(draft: Draft) -> frozenset[str]:
    """The named parties an event is aimed at ('Kohl', 'Tokyo', 'Kuwaiti'), by their words."""
    return frozenset(t.lower_ for t in draft.target_tokens if t.ent_type_ in PARTY_ENTS)


def _ordered_apart(drafts: list[Draft]) -> list[Draft]:
    """Event nouns a clause orders or announces with a doer and a named target of their own
    ('… were killed and Chirac ordered the destruction of the Ivory Coast's air force'): an act
    apart from the verbs of their type when those name none of its targets."""
    out: list[Draft] = []
    for d in drafts:
        mine = _named_targets(d)
        if not (d.nominal and d.actor_tokens and mine and d.token.dep_ in OBJECT_DEPS):
            continue
        if pos_of(d.token.head) != "verb":
            continue
        others = [o for o in drafts if o is not d and o.type == d.type]
        if others and all(not o.nominal and not (mine & _named_targets(o)) for o in others):
            out.append(d)
    return out


OTHER_ONE_WORDS = frozenset({"second", "third", "fourth", "another", "other", "further"})
"""Words marking an object as one more of its kind ('raided a second oil rig')."""


def _other_objects(drafts: list[Draft]) -> list[Draft]:
    """Verbs of one type with objects of their own, one of them one more of its kind ('…
    destroyed a platform and the Navy also raided a second oil rig'): acts apart, named
    target or not."""
    out: list[Draft] = []
    for d in drafts:
        mine = children(d.token, OBJECT_DEPS)
        if d.nominal or not any(c.lower_ in OTHER_ONE_WORDS for o in mine for c in o.children):
            continue
        others = [
            o
            for o in drafts
            if o is not d
            and o.type == d.type
            and not o.nominal
            and o.token.i != d.token.i
            and any(x not in mine for x in children(o.token, OBJECT_DEPS))
        ]
        if others:
            out += [x for x in [d, *others] if not any(x is y for y in out)]
    return out


def _named_doers(draft: Draft) -> frozenset[str]:
    """The named parties who do an event ('Vanuatu', 'France'), by their words (a name the
    parser tags as no entity is one too); a force named by its nation's word stands for it
    ('American troops', 'the first of 3,200 American troops': 'american')."""
    return frozenset(
        w.lower_
        for t in draft.actor_tokens
        for w in ([t] if t.ent_type_ in PARTY_ENTS or t.tag_ == "NNP" else _nation_words(t))
    )


def _nation_words(tok: Token) -> list[Token]:
    """The words naming a nation on a noun of people or forces ('American troops'), or on
    the noun of its 'of' phrase ('the first of 3,200 American troops')."""
    heads = [tok, *(o for p in prep_children(tok, ("of",)) for o in children(p, ("pobj",)))]
    return [
        c
        for h in heads
        for c in h.children
        if c.dep_ in ("amod", "compound", "nmod", "poss") and c.ent_type_ in PARTY_ENTS
    ]


def _other_doers(drafts: list[Draft]) -> list[Draft]:
    """Verbs of one type whose named doers differ, each the subject of its own clause
    ('Vanuatu expelled the French ambassador, and France suspended its aid to the South
    Pacific country'; 'Jamaica said it had sent troops, and Venezuela sent two ships': the
    pronoun subject stands for the speaker named): acts apart, aimed at named parties or not.
    A participle on a noun ('attend the talks, convened by the ICCO') is no clause of its own."""
    verbs = [
        d
        for d in drafts
        if not d.nominal
        and (d.token.dep_ in ("ROOT", "conj", "ccomp") or _clause_of_time(d.token))
        and (
            any(a.head == d.token and a.dep_ in SUBJECT_DEPS for a in d.actor_tokens)
            or _pronoun_subject(d.token)
        )
        and _named_doers(d)
    ]
    return [
        d
        for d in verbs
        if any(
            o is not d
            and o.type == d.type
            and o.token.i != d.token.i
            and not (_named_doers(o) & _named_doers(d))
            for o in verbs
        )
    ]


def _time_span(tok: Token) -> bool:
    """A stretch of time counted ('in 30 years', 'for two weeks'), which dates nothing."""
    return tok.lower_ in TIME_SPANS and any(c.dep_ == "nummod" for c in tok.children)


def _clause_of_time(verb: Token) -> bool:
    """Whether a verb heads a clause that one of the marks of time opens ('when Turkey sent a
    survey ship'), a deed told beside the main one; not 'as' ('went on alert as Chinese
    warships sailed near the strait': the circumstance of the main deed)."""
    return verb.dep_ == "advcl" and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in TIME_CLAUSE_MARKS for c in verb.children
    )


def _pronoun_subject(verb: Token) -> bool:
    """Whether a verb of a clause of speech has a third-person pronoun of its own as subject
    ('Jamaica said it had sent troops'), which stands for the speaker named."""
    return verb.dep_ == "ccomp" and any(
        c.dep_ in SUBJECT_DEPS and c.lower_ in ("it", "they", "he", "she") for c in verb.children
    )


def _verbs_apart(drafts: list[Draft]) -> list[Draft]:
    """Verb drafts sharing a type with another verb (a different word) whose named targets
    share none of theirs: separate acts. A verb with no named target is none of them, unless
    it strikes a place of its own beside one that is (``_struck_places``)."""
    out: list[Draft] = _other_objects(drafts)
    apart = _other_doers(drafts) + _dated_apart(drafts) + _promises_apart(drafts)
    apart += _measures_apart(drafts)
    for d in apart + _done_and_to_come(drafts):
        if not any(d is o for o in out):
            out.append(d)
    for d in drafts:
        mine = _named_targets(d)
        if d.nominal or not mine or d in out:
            continue
        for other in drafts:
            named = _named_targets(other)
            theirs = named or _struck_places(other)
            if (
                other is not d
                and other.type == d.type
                and not other.nominal
                and other.token.i != d.token.i
                and theirs
                and not (mine & theirs)
            ):
                if not any(mine & _named_targets(o) for o in out if o.type == d.type):
                    out.append(d)  # a second verb aimed at a party already hit is the same act
                    if not named and not any(other is o for o in out):
                        out.append(other)  # the place it struck is a blow of its own
                break
    return out


def _own_dates(verb: Token) -> frozenset[str]:
    """The words of the times a verb's own modifiers give it ('last week', 'on Saturday')."""
    found = []
    for c in verb.children:
        heads = pobjs(c) if c.dep_ == "prep" else [c] if c.dep_ in ("npadvmod", "tmod") else []
        found += [h for h in heads if h.ent_type_ in ("DATE", "TIME") and not _time_span(h)]
    return frozenset(" ".join(t.lower_ for t in h.subtree) for h in found)


def _dated_apart(drafts: list[Draft]) -> list[Draft]:
    """Coordinated verbs of one type each dated by a time of its own, the times differing
    ('blew up a bridge last week and killed two councillors on Saturday'): acts apart."""
    verbs = [(d, _own_dates(d.token)) for d in drafts if not d.nominal]
    return [
        d
        for d, mine in verbs
        if mine
        and any(theirs and not (mine & theirs) and _joined_verbs(o, d) for o, theirs in verbs)
    ]


def _done_and_to_come(drafts: list[Draft]) -> list[Draft]:
    """Two drafts of one type, one told as done and a verb told as still to come ('ended two
    days of talks in Baghdad on Thursday but agreed to meet again in Moscow next month'): the
    act held and the one planned, two events."""
    planned = [d for d in drafts if d.status == "planned" and not d.nominal]
    done = [
        d
        for d in drafts
        if d.status == "past" and d.token.tag_ == "VBD" and any(p.type == d.type for p in planned)
    ]
    return done + [p for p in planned if any(d.type == p.type for d in done)]


def _list_head(verb: Token) -> Token:
    """The first verb of a list of verbs joined by conjunctions ('broke …, ordered … and
    imposed …': 'broke')."""
    while verb.dep_ == "conj" and pos_of(verb.head) == "verb":
        verb = verb.head
    return verb


def _measures_apart(drafts: list[Draft]) -> list[Draft]:
    """Verbs of one measure type (``measures_apart``: sanctions) in one list of a subject's
    verbs, of different kinds (CAMEO codes) and each with an object of its own, the objects
    different words and no pronoun ('broke diplomatic relations with Iran, … and imposed a
    formal embargo on American exports to Iran': ties cut, an embargo): measures apart, though
    they hit the same state. Two measures of one kind ('had frozen Iraqi assets and halted
    oil purchases') stay one act, as 'suspended its aid and would not resume it' does."""
    verbs = [d for d in drafts if not d.nominal and d.type in MEASURES_APART]
    objects_of = {
        id(d): {o.lower_ for o in children(d.token, ("dobj",)) if not is_pronoun(o)} for d in verbs
    }
    return [
        d
        for d in verbs
        if objects_of[id(d)]
        and any(
            o is not d
            and o.type == d.type
            and o.cameo != d.cameo
            and o.token.i != d.token.i
            and _list_head(o.token) == _list_head(d.token)
            and objects_of[id(o)]
            and not objects_of[id(o)] & objects_of[id(d)]
            for o in verbs
        )
    ]


def _joined_verbs(one: Draft, other: Draft) -> bool:
    """Whether two drafts of one type are verbs joined by a conjunction ('pledged … and
    promised …')."""
    return (
        one is not other
        and one.type == other.type
        and (one.token.head.i == other.token.i or other.token.head.i == one.token.i)
        and "conj" in (one.token.dep_, other.token.dep_)
    )


def _told_in_the_call(noun: Token) -> list[Token]:
    """Who a call named in a phrase of the verb telling what was said in it was made to ('In a
    telephone call on Monday, Reagan told Mubarak that …', 'during a call, she assured
    Kohl'): the verb's object, or the object of its 'to' ('said to Kohl')."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or pos_of(prep.head) != "verb":
        return []
    verb = prep.head
    told = children(verb, ("dobj", "dative"))
    told += [p for c in prep_children(verb, ("to",)) for p in pobjs(c)]
    return [t for t in told if t.ent_type_ in PARTY_ENTS]


def _promises_apart(drafts: list[Draft]) -> list[Draft]:
    """Two joined verbs of a promise or demand (``PROMISES_APART``), each with a thing of its
    own promised or asked ('pledged aid and promised to send troops', 'demanded reparations
    and insisted that Iraq withdraw'): two acts, not one told twice. Verbs sharing what they
    promise ('promised and pledged to help') stay one."""
    own = [
        d
        for d in drafts
        if d.type in PROMISES_APART
        and not d.nominal
        and children(d.token, OBJECT_DEPS | {"ccomp", "xcomp"})
    ]
    return [d for d in own if any(_joined_verbs(o, d) for o in own)]


def _struck_places(draft: Draft) -> frozenset[str]:
    """The words of the targets a verb names in an object of its own when none is a party
    ('hit the jetty at Kharg Island and struck a Greek supertanker': the island is struck
    apart from the Greek ship)."""
    if not children(draft.token, OBJECT_DEPS):
        return frozenset()
    return frozenset(t.lower_ for t in draft.target_tokens if not is_pronoun(t))


def _own_state_condition(tok: Token) -> bool:
    """Whether the verb ``tok`` has an 'if' clause with no subject of its own, a state the
    subject would be in ('If admitted into the EU, Turkey would contribute …', 'if elected,
    she would raise aid'): what would follow is a forecast of that state, no offer to
    another party ('Iran would free them if the US unfroze its assets' stays one)."""
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)
        and not any(s.dep_ in ("nsubj", "nsubjpass", "expl") for s in c.children)
        for c in tok.children
    )

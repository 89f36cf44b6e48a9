from __future__ import annotations

from datetime import date

import pytest

from desktop_app.core.facts import distance_facts, extract_facts, troop_facts
from desktop_app.core.sentences import split_sentences
from desktop_app.core.timex import find_timexes


def facts_of(text: str, kind: str | None = None, ref: date | None = None):
    sents = split_sentences([text])
    fs = extract_facts(sents, ref)
    return [f for f in fs if kind is None or f.kind == kind]


def values_of(text: str, kind: str, ref: date | None = None) -> list:
    """Each fact's value, or its (min, max) when it is a range."""
    return [f.value if f.value is not None else (f.attrs["min"], f.attrs["max"]) for f in facts_of(text, kind, ref)]


@pytest.mark.parametrize("text,value", [
    ("The army sent about thirty soldiers to the border.", 30),
    ("Two dozen marines landed at dawn.", 24),
    ("Fifty-two peacekeepers were deployed.", 52),
    ("A force of roughly 100 commandos moved in.", 100),
    ("Some 2,500 French troops are in the country.", 2500),
    ("The mission has 12,000 uniformed personnel.", 12000),
    ("A 3,000-strong force was assembled.", 3000),
])
def test_troop_counts(text, value):
    fs = facts_of(text, "troops")
    assert [f.value for f in fs] == [value], fs


def test_troop_strength_change_and_side():
    fs = facts_of("On Thursday it increased its troop strength to 1,400, the minister said.", "troops")
    assert [f.value for f in fs] == [1400]
    fs = facts_of("The contingent was cut from 4,400 to 3,300 soldiers.", "troops")
    assert sorted(f.value for f in fs) == [3300, 4400]
    fs = facts_of("A contingent of 100 Malian soldiers sped north.", "troops")
    assert fs[0].attrs["side"] == "Malian"


def test_vague_amounts():
    fs = facts_of("Several hundred rebels gathered near the town.", "troops")
    assert fs[0].value is None and fs[0].attrs["min"] == 200 and fs[0].attrs["max"] == 900


def test_casualties_are_not_troops():
    fs = facts_of("Twelve soldiers were killed and 30 wounded in the attack.")
    kinds = {(f.kind, f.value) for f in fs}
    assert ("casualties", 12) in kinds
    assert not [f for f in fs if f.kind == "troops"]
    fs = facts_of("The blast killed 14 people, police said.")
    assert [(f.kind, f.value) for f in fs if f.kind != "date"] == [("casualties", 14)]


@pytest.mark.parametrize("text", [
    "The 14th Division moved to the fourth floor.",
    "Resolution 2098 was adopted and Highway M06 was closed.",
    "The deal was worth $300 million and 40 percent of voters agreed.",
    "About 5,000 protesters and 300 refugees crossed, with 1,000 cubic meters of water and 40 tons of food.",
    "The 25-year-old soldier waited 14 hours.",
    "More than 30,000 runners took part in the race.",
])
def test_no_false_numbers(text):
    assert [f for f in facts_of(text) if f.kind in ("troops", "distance")] == []


@pytest.mark.parametrize("text,km,km_max", [
    ("The town lies 90 miles from the capital, Bamako.", 144.84, None),
    ("The convoy drove 60 km north.", 60.0, None),
    ("They built a 60-kilometer road.", 60.0, None),
    ("The ship stopped 12 nautical miles offshore.", 22.22, None),
    ("Fighting raged between 10 and 20 kilometres away.", 10.0, 20.0),
    ("A 500-metre stretch was cleared.", 0.5, None),
])
def test_distances(text, km, km_max):
    fs = distance_facts(split_sentences([text]))
    assert len(fs) == 1, fs
    assert fs[0].attrs["km"] == pytest.approx(km, abs=0.01)
    assert fs[0].attrs.get("km_max") == km_max
    assert fs[0].attrs["miles"] == pytest.approx(km / 1.609344, abs=0.01)


def test_distance_place():
    fs = distance_facts(split_sentences(["Banamba, a town 90 miles from the capital, Bamako, was put on alert."]))
    assert fs[0].attrs["place"] == "Bamako"


@pytest.mark.parametrize("text", ["It covers 300 square kilometres.", "He drove at 90 miles per hour.",
                                  "She won the 100m freestyle.", "They raised £100m for the club."])
def test_not_distances(text):
    assert distance_facts(split_sentences([text])) == []


REF = date(2013, 1, 17)  # a Thursday


@pytest.mark.parametrize("text,expr,value", [
    ("Troops arrived late Wednesday.", "late Wednesday", "2013-01-16"),
    ("The raids began last Friday.", "last Friday", "2013-01-11"),
    ("Ministers will meet on Sunday.", "Sunday", "2013-01-20"),
    ("They met on Jan. 7 in Paris.", "Jan. 7", "2013-01-07"),
    ("It was signed on 4 March 2013.", "4 March 2013", "2013-03-04"),
    ("The vote was on Oct. 30, 2012.", "Oct. 30, 2012", "2012-10-30"),
    ("The war began in June 2011.", "June 2011", "2011-06"),
    ("Filed 2013-04-15.", "2013-04-15", "2013-04-15"),
    ("The town fell earlier this week.", "earlier this week", "2013-W03"),
    ("The law passed two years ago.", "two years ago", "2011"),
    ("Elections are due next year.", "next year", "2014"),
    ("Shelling resumed Monday night.", "Monday night", "2013-01-14TNI"),
    ("Prices rose in the 1990s.", "1990s", "199"),
    ("The talks are now stalled.", "now", "PRESENT_REF"),
    ("The group will leave at 9 a.m. Tuesday.", "9 a.m. Tuesday", "2013-01-22T09:00"),
    ("Net sales for this year's third quarter fell.", "this year's third quarter", "2013-Q3"),
    ("The line will open in the first quarter of next year.", "first quarter of next year", "2014-Q1"),
    ("Ratification began in February this year.", "February this year", "2013-02"),
    ("The treaty dates from nineteen forty-five.", "nineteen forty-five", "1945"),
    ("Monday is a rest day.", "Monday", "2013-01-21"),
    ("Critics attacked Wednesday's ruling.", "Wednesday's", "2013-01-16"),
    ("Mr. Schwarz will succeed Daniel P. Davison June 1.", "June 1", "2013-06-01"),
    ("In the past, the army used this road.", "the past", "PAST_REF"),
    ("Troops will leave by the end of the month.", "end of the month", "2013-01"),
    ("The company will report third-quarter results.", "third-quarter", "2013-Q3"),
])
def test_dates_resolved(text, expr, value):
    txs = find_timexes(text, REF)
    assert [(t.text, t.value) for t in txs] == [(expr, value)]


def test_dates_unresolved_without_reference():
    txs = find_timexes("The raids began last Friday and troops arrived Thursday.", None)
    assert [t.value for t in txs] == [None, None]
    txs = find_timexes("It was signed on 4 March 2013.", None)
    assert txs[0].value == "2013-03-04"


def test_vague_dates_are_not_key_and_sets_durations_are_not_dates():
    fs = facts_of("The talks are now stalled and recently resumed. They meet every Monday for 14 hours.",
                  "date", REF)
    assert all(f.attrs["key"] is False for f in fs)


def test_fact_carries_sentence_and_exact_words():
    sents = split_sentences(["First sentence. Then 300 troops arrived 20 miles away on Monday."])
    for f in extract_facts(sents, REF):
        assert sents[f.sentence_index].text[f.start:f.end] == f.text
        assert f.sentence_index == 1


def test_periods_and_amounts_in_words_are_not_dates():
    assert [t.text for t in find_timexes("Profit for the year ended March 31 rose.", REF)] == ["March 31"]
    assert find_timexes("About two thousand soldiers and nineteen hundred police were sent.", REF) == []


def test_captured_of_them_and_hyphenated_nautical_miles():
    cas = facts_of("Gunmen attacked the convoy. Four of them were captured.", "casualties", REF)
    assert [(f.value, f.attrs.get("verb")) for f in cas][0][0] == 4
    d = facts_of("The ferry runs a 450-nautical-mile route.", "distance", REF)
    assert d and abs(d[0].attrs["km"] - 833.4) < 0.5


def test_two_casualty_figures_sharing_a_verb_and_a_distant_toll():
    cas = facts_of("Five Burundian soldiers and at least 17 attackers were killed.", "casualties", REF)
    assert sorted(f.value for f in cas) == [5, 17]
    assert facts_of("Five Burundian soldiers and at least 17 attackers were killed.", "troops", REF) == []
    toll = facts_of("The death toll from floods and landslides in the south rose to 164.", "casualties", REF)
    assert [f.value for f in toll] == [164]


def test_a_clock_time_takes_the_day_named_earlier_in_the_sentence():
    txs = find_timexes("The regatta ends on Saturday, with the final at 11:40 a.m.", REF)
    assert [(t.text, t.value) for t in txs][-1] == ("11:40 a.m.", "2013-01-19T11:40")


def test_elliptical_wounded_troop_number_of_and_the_coming_spring():
    cas = facts_of("A spokesman said five fighters were killed and six wounded.", "casualties", REF)
    assert sorted(f.value for f in cas) == [5, 6]
    tr = facts_of("The number of American forces would fall to 650 by September.", "troops", REF)
    assert [f.value for f in tr] == [650]
    late = date(2023, 11, 6)
    assert [t.value for t in find_timexes("A fresh vote could be held in the spring.", late)] == ["2024-SP"]
    assert [t.value for t in find_timexes("Prices rose in the spring.", late)] == ["2023-SP"]


def test_toll_past_a_number_injured_about_and_scheduled_present_tense():
    toll = facts_of("The death toll from Monday's quake in Turkey and Syria climbed past 5,000.", "casualties", REF)
    assert [f.value for f in toll] == [5000]
    cas = facts_of("The blast killed at least 135 people and injured about 5,000.", "casualties", REF)
    assert sorted(f.value for f in cas) == [135, 5000]
    assert [t.value for t in find_timexes("They face Egypt in St. Petersburg on Tuesday.", REF)] == ["2013-01-22"]
    assert [t.value for t in find_timexes("He shot at an open-air festival late Sunday.", REF)] == ["2013-01-13"]


def _clock_values(text: str, ref: date) -> list[tuple[str, str]]:
    return [(f.text, f.value) for f in facts_of(text, "date", ref) if f.attrs.get("type") == "TIME"]


def test_a_clock_time_takes_its_day_from_the_sentences_before_it():
    ref = date(2013, 1, 17)  # a Thursday
    # The day the previous sentence named (a past day for a past-tense clause).
    text = "Rebels attacked the base on Monday. Fighting began at 5 a.m. and lasted all day."
    assert _clock_values(text, ref) == [("5 a.m.", "2013-01-14T05:00")]
    # An event tied to a day earlier on ("Monday's earthquake"), named again by the clock's sentence.
    text = ("The toll from Monday's earthquake rose on Wednesday. Aid arrived. "
            "The quake struck at 4:17 a.m. near the coast.")
    assert _clock_values(text, ref) == [("4:17 a.m.", "2013-01-14T04:17")]
    # A coming day does not lend itself to a past-tense clause: that stays on the reference date.
    text = "The company will report results on Monday. Its shares fell 3% by 2 p.m."
    assert _clock_values(text, ref) == [("2 p.m.", "2013-01-17T14:00")]
    # ... but does to a future one.
    text = "Talks will resume on Monday. The first session will open at 10 a.m."
    assert _clock_values(text, ref) == [("10 a.m.", "2013-01-21T10:00")]
    # Too far back: the reference date.
    text = "Rebels attacked on Monday. Troops fled. Roads closed. Shops shut. A curfew began at 9 p.m."
    assert _clock_values(text, ref) == [("9 p.m.", "2013-01-17T21:00")]


def test_weekend_new_year_wire_clock_and_the_previous_quarter():
    fri = date(2024, 7, 5)
    assert [(t.text, t.value) for t in find_timexes("He will name his cabinet over the weekend.", fri)] == [
        ("the weekend", "2024-W27-WE")]
    assert [t.value for t in find_timexes("Talks went on over the weekend.", date(2024, 7, 8))] == ["2024-W27-WE"]
    assert [(t.text, t.value) for t in find_timexes("He will decide in the new year.", date(2022, 12, 19))] == [
        ("the new year", "2023")]
    assert [t.value for t in find_timexes("Shares rose 1.2% by 0825 GMT.", date(2024, 10, 31))] == ["2024-10-31T08:25"]
    txs = find_timexes("Third-quarter profit rose to $6 billion from $6.3 billion in the previous quarter.",
                       date(2024, 10, 31))
    assert [t.value for t in txs] == ["2024-Q3", "2024-Q2"]


def test_a_possessive_day_does_not_lend_itself_to_the_next_sentences():
    ref = date(2024, 7, 5)  # Friday, the morning after the vote
    text = "Labour won Thursday's election by a landslide. Results were declared by 11 a.m. in most seats."
    assert _clock_values(text, ref) == [("11 a.m.", "2024-07-05T11:00")]


def test_casualties_of_staff_elliptical_wounded_and_a_toll_in_people():
    ref = date(2023, 4, 17)
    cas = facts_of("Three staff members of the World Food Programme were killed in Darfur.", "casualties", ref)
    assert [f.value for f in cas] == [3]
    cas = facts_of("The death toll climbed to at least 185 people and more than 1,800 wounded, an envoy said.",
                   "casualties", ref)
    assert sorted(f.value for f in cas) == [185, 1800]
    assert any(f.text.endswith("185 people") for f in cas)
    cas = facts_of("The blast left 12 dead, officials said.", "casualties", ref)
    assert [f.value for f in cas] == [12]
    cas = facts_of("The storm killed 34 people and left 12 missing.", "casualties", ref)
    assert [(f.value, f.attrs["outcome"]) for f in cas] == [(34, "killed"), (12, "missing")]  # the missing told apart


def test_a_date_naming_a_thing_does_not_lend_its_day_to_a_clock_time():
    ref = date(2021, 8, 16)
    text = "Biden, who had set an Aug. 31 deadline for the withdrawal, was due to speak at 3:45 p.m."
    assert _clock_values(text, ref) == [("3:45 p.m.", "2021-08-16T15:45")]


def test_months_in_past_clauses_states_until_a_month_and_the_quarter_just_ended():
    jan = date(2020, 1, 9)
    assert [t.value for t in find_timexes("The jet was grounded worldwide in March after two crashes.", jan)] == ["2019-03"]
    assert [t.value for t in find_timexes("Airlines have removed it from their schedules until June.", jan)] == ["2020-06"]
    assert [t.value for t in find_timexes("The curfew lasted until June.", jan)] == ["2019-06"]
    assert [t.value for t in find_timexes("If no deal is reached by mid-March, talks end.", jan)] == ["2020-03"]
    assert [t.value for t in find_timexes("It is due to report fourth-quarter results on Jan. 29.", jan)][0] == "2019-Q4"
    may = date(1989, 5, 10)
    assert [t.value for t in find_timexes("It will report third-quarter results.", may)] == ["1989-Q3"]


def test_dozens_of_a_raised_number_deaths_lost_and_coordinated_victims():
    ref = date(2019, 3, 18)
    tr = facts_of("Dozens of gunmen stormed the base.", "troops", ref)
    assert [(f.attrs.get("min"), f.attrs.get("max")) for f in tr] == [(24, 99)]
    tr = facts_of("The U.S. had about 2,500 troops there and planned to raise the number to 6,000.", "troops", ref)
    assert [f.value for f in tr] == [2500, 6000]
    assert facts_of("The company planned to raise the number to 6,000 by June.", "troops", ref) == []
    cas = facts_of("The U.N. has confirmed 227 civilian deaths.", "casualties", ref)
    assert [f.value for f in cas] == [227]
    cas = facts_of("The mission has lost more than 190 personnel.", "casualties", ref)
    assert [f.value for f in cas] == [190]
    assert facts_of("The mission has lost more than 190 personnel.", "troops", ref) == []
    cas = facts_of("At least 21 children and four adults died at the school.", "casualties", ref)
    assert sorted(f.value for f in cas) == [4, 21]
    cas = facts_of("Two crashes killed all 346 people on board.", "casualties", ref)
    assert [f.value for f in cas] == [346]


def test_tense_from_after_a_sentence_opening_day_deadlines_and_a_future_passive():
    ref = date(1998, 10, 26)  # Monday
    values = lambda t: [x.value for x in find_timexes(t, ref)]  # noqa: E731
    assert values("On Tuesday, the group will hold a rally.") == ["1998-10-27"]
    assert values("On Tuesday, officials said the vote will be held soon.") == ["1998-10-20"]
    assert values("The talks were postponed until Tuesday morning.") == ["1998-10-27TMO"]
    assert values("The talks lasted until Tuesday.") == ["1998-10-20"]
    assert values("An appeal for $415 million will be launched on Wednesday.") == ["1998-10-28"]


def test_a_clock_time_takes_the_day_that_follows_it_and_more_casualty_phrasings():
    ref = date(2012, 11, 6)
    text = "The storm made landfall at about 8 p.m. on Oct. 29 with winds of 80 mph."
    assert _clock_values(text, ref) == [("8 p.m. on Oct. 29", "2012-10-29T20:00")]  # one time, with its day
    text = "Voting closed at 9 p.m. Moscow time on Sunday."
    assert _clock_values(text, ref) == [("9 p.m.", "2012-11-04T21:00")]
    assert [t.value for t in find_timexes("Troops have been detained since the weekend.", ref)] == ["2012-W44-WE"]
    cas = facts_of("Officials said 799 people had been seriously injured.", "casualties", ref)
    assert [f.value for f in cas] == [799]
    cas = facts_of("At least 18 climbers and guides were killed at base camp.", "casualties", ref)
    assert [f.value for f in cas] == [18]
    cas = facts_of("The death toll from the earthquake and tsunami that struck the Indonesian island of Sulawesi "
                   "rose to 1,234 on Tuesday.", "casualties", ref)
    assert [f.value for f in cas] == [1234]


def test_the_report_day_does_not_lend_itself_and_demonyms_and_victims_as_casualties():
    ref = date(2020, 8, 5)
    text = ("A huge explosion in the port on Tuesday killed at least 100 people, the Red Cross said on Wednesday. "
            "The blast, at about 6:08 p.m. local time, was felt in Cyprus.")
    assert [v for _, v in _clock_values(text, ref)] == ["2020-08-04T18:08"]
    assert [f.value for f in facts_of("The ministry said 413 Palestinians had been killed.", "casualties", ref)] == [413]
    assert [f.value for f in facts_of("Two victims died in hospital on Monday.", "casualties", ref)] == [2]
    assert facts_of("About 200 Americans were evacuated.", "casualties", ref) == []


def test_an_evening_lends_its_day_midnight_ends_the_night_and_active_killers_are_not_victims():
    ref = date(2024, 1, 4)  # Thursday
    text = ("Investigators on Thursday examined the wreckage. The jet was engulfed in flames on Tuesday evening. "
            "The collision happened at 5:47 p.m. near the runway.")
    assert [v for t, v in _clock_values(text, ref) if "p.m." in t] == ["2024-01-02T17:47"]
    text = "Gunmen struck across Paris on Friday night. Police stormed the hall shortly after midnight."
    assert [v for t, v in _clock_values(text, date(2015, 11, 14)) if "midnight" in t] == ["2015-11-14T00:00"]
    cas = facts_of("The attacks came 10 months after gunmen killed 12 people at the offices.", "casualties", ref)
    assert [f.value for f in cas] == [12]
    cas = facts_of("Five of the six crew members on the smaller aircraft were killed.", "casualties", ref)
    assert [f.value for f in cas] == [5]
    assert [f.value for f in facts_of("About 400 firefighters battled the flames; one was seriously injured.",
                                      "casualties", ref)] == [1]
    assert [t.value for t in find_timexes("The cathedral, completed in 1345, draws crowds.", ref)] == ["1345"]
    assert find_timexes("The virus was found in 1500 cases.", ref) == []


def test_guard_members_reported_dead_deadlines_ahead_and_an_overnight_train():
    ref = date(2017, 8, 26)  # Saturday
    tr = facts_of("Governor Greg Abbott activated 1,800 members of the Texas National Guard.", "troops", ref)
    assert [f.value for f in tr] == [1800]
    assert [f.value for f in facts_of("India reported 3,000 dead.", "casualties", ref)] == [3000]
    txs = find_timexes("The storm could dump up to 40 inches of rain through Wednesday.", ref)
    assert [t.value for t in txs] == ["2017-08-30"]
    txs = find_timexes("The fund has fallen 2% this year through Oct. 19.", date(1989, 10, 27))
    assert [t.value for t in txs][-1] == "1989-10-19"
    feb = date(2023, 2, 20)
    assert [t.value for t in find_timexes("Allies have pledged to send 100 tanks by the spring.", feb)] == ["2023-SP"]
    assert find_timexes("He took a 10-hour overnight train from the border.", feb) == []


def test_his_men_an_invitation_ahead_a_declared_holiday_and_a_modal_passive_deadline():
    ref = date(2023, 6, 25)  # Sunday
    assert [f.value for f in facts_of("Prigozhin said his 25,000 men had turned back.", "troops", ref)] == [25000]
    assert [t.value for t in find_timexes("Moscow's mayor declared Monday a non-working day.", ref)] == ["2023-06-26"]
    assert [t.value for t in find_timexes("Obama invited Trump to the White House on Thursday.",
                                          date(2016, 11, 9))] == ["2016-11-10"]
    txs = find_timexes("Officials feared the barrage could be breached by the weekend.", date(2010, 8, 6))
    assert [t.value for t in txs] == ["2010-W31-WE"]
    txs = find_timexes("Neither he nor his family could be located Wednesday.", date(2000, 1, 6))
    assert [t.value for t in txs] == ["2000-01-05"]


def test_and_n_others_navy_seals_an_inserted_clause_and_the_september_11_attacks():
    ref = date(2011, 5, 2)
    cas = facts_of("The strike hit a convoy, killing Soleimani, al-Muhandis and eight others.", "casualties", ref)
    assert [f.value for f in cas] == [8]
    tr = facts_of("The raid was carried out by about two dozen Navy SEALs.", "troops", ref)
    assert [f.value for f in tr] == [24]
    cas = facts_of("Four other people, including one of bin Laden's sons, were killed.", "casualties", ref)
    assert [f.value for f in cas] == [4]
    txs = find_timexes("Bin Laden, the mastermind of the Sept. 11 attacks, was killed.", ref)
    assert [t.value for t in txs] == ["2001-09-11"]
    assert [t.value for t in find_timexes("The vote is on Sept. 11.", ref)] == ["2011-09-11"]


def test_coordinated_casualties_with_dotted_modifiers():
    cas = facts_of("Thirteen U.S. service members and at least 169 Afghans were killed in a suicide bombing.",
                   "casualties", date(2021, 8, 31))
    assert sorted(f.value for f in cas) == [13, 169]
    assert facts_of("Thirteen U.S. service members and at least 169 Afghans were killed.", "troops",
                    date(2021, 8, 31)) == []


def test_the_dead_included_n_more_troops_and_an_early_morning_after_a_late_night():
    ref = date(2016, 7, 16)  # Saturday
    cas = facts_of("The dead included 104 coup plotters, the military said.", "casualties", ref)
    assert [f.value for f in cas] == [104]
    tr = facts_of("The United States has about 70,000 troops in the region and would send 1,000 more.", "troops", ref)
    assert [f.value for f in tr] == [70000, 1000]
    assert facts_of("The bakery will send 1,000 more loaves.", "troops", ref) == []
    text = ("The violence began late on Friday when soldiers blocked the bridges. The dead included 104 plotters. "
            "Erdogan addressed crowds at the airport at about 6 a.m.")
    assert [v for t, v in _clock_values(text, ref) if "a.m." in t] == ["2016-07-16T06:00"]


def test_a_troop_range_modal_casualties_a_second_count_and_the_earliest_day_lends():
    ref = date(2015, 1, 8)
    tr = facts_of("The militants are estimated to number between 4,000 and 6,000 fighters.", "troops", ref)
    assert [(f.value, f.attrs.get("min"), f.attrs.get("max")) for f in tr] == [(None, 4000, 6000)]
    cas = facts_of("Officials said as many as 2,000 people may have been killed.", "casualties", ref)
    assert [f.value for f in cas] == [2000]
    cas = facts_of("Eight days of fighting killed more than 140 Palestinians and five Israelis.", "casualties", ref)
    assert sorted(f.value for f in cas) == [5, 140] and any("Palestinians" in f.text for f in cas)
    text = ("The toll from a truck bomb that exploded on Saturday rose to 231 on Sunday. "
            "The blast, at about 3:15 p.m., destroyed hotels.")
    assert [v for t, v in _clock_values(text, date(2017, 10, 15)) if "p.m." in t] == ["2017-10-14T15:15"]


def test_a_force_sized_after_it_members_of_an_army_two_sides_and_elliptical_casualties():
    ref = date(2023, 10, 10)
    tr = facts_of("The junta, which has an army of about 25,000, ordered a force of 1,100 to leave.", "troops", ref)
    assert sorted(f.value for f in tr) == [1100, 25000]
    tr = facts_of("North Korea, which has an army estimated at 1.2 million, called the drills a rehearsal.", "troops", ref)
    assert [f.value for f in tr] == [1200000]
    tr = facts_of("The RSF, whose strength was estimated at 100,000 men before the war, brought in more.", "troops", ref)
    assert [f.value for f in tr] == [100000]
    tr = facts_of("Haiti's small army, re-formed in 2017, has about 2,000 members.", "troops", ref)
    assert [f.value for f in tr] == [2000]
    tr = facts_of("More than 600 South Korean and American marines will stage a landing.", "troops", ref)
    assert [f.value for f in tr] == [600] and tr[0].text.startswith("More than 600 South Korean")
    # Decoys: a force of countries, a party's members, a force of police, an army of lawyers with no number.
    assert facts_of("He announced a naval task force of more than 20 countries to patrol the sea.", "troops", ref) == []
    assert facts_of("The party, which has about 2,000 members, met on Sunday.", "troops", ref) == []
    assert facts_of("The army of Mali said 20 people had been arrested.", "troops", ref) == []
    assert facts_of("The 300 Sunnis and Kurds marched to the square.", "troops", ref) == []
    cas = facts_of("Its hospital received 454 wounded people in two weeks, and 70 of them died.", "casualties", ref)
    assert sorted(f.value for f in cas) == [70, 454]


@pytest.mark.parametrize("text, expected", [
    ("There are 1,200 American boots on the ground in Syria.", [1200]),
    ("The Pentagon will cut its forces in Iraq to 2,500 by January.", [2500]),
    ("They will withdraw 9,500 of the 34,000 troops stationed in Germany.", [9500, 34000]),
    ("A 1,000-person contingent arrived on Monday.", [1000]),
    ("It is the biggest 20,000-troop deployment in years.", [20000]),
    ("Dozens of armed men stormed the village.", [(24, 99)]),
    ("The fighters, estimated at 3,000, hold the hills.", [3000]),
    ("Some 5,000 members of the Azov Regiment left the plant.", [5000]),
    ("The warlord has some 5,000 men under arms.", [5000]),
    ("The U.N. peacekeeping mission of 12,000 will leave by December.", [12000]),
    ("An estimated 30,000 to 40,000 fighters remain in the city.", [(30000, 40000)]),
    ("He sent 5,000 Guard members to the border.", [5000]),
    # decoys
    ("The company will cut its force to 2,500 workers.", []),
    ("Officials said they would cut the number to 2,500.", []),
    ("Between 2014-2016 troops were sent to the region.", []),
    ("The club's 3-1 win over the Rangers was its first.", []),
    ("The mission of 10 days ended with a peacekeeping conference.", []),
])
def test_more_troop_phrasings_and_their_decoys(text, expected):
    got = values_of(text, "troops", date(2024, 1, 10))
    assert sorted(got, key=str) == sorted(expected, key=str)


def test_ranges_in_words_earlier_counts_inserted_groups_and_any_manner_adverb():
    ref = date(2023, 9, 15)
    tr = facts_of("Soldiers surrounded a group of three to four militants hiding in the forest.", "troops", ref)
    assert [(f.attrs.get("min"), f.attrs.get("max")) for f in tr] == [(3, 4)]
    tr = facts_of("The insurgents, whose numbers are put at between 2,000 and 3,000, retreated.", "troops", ref)
    assert [(f.attrs.get("min"), f.attrs.get("max")) for f in tr] == [(2000, 3000)]
    tr = facts_of("Around 130 militants are active, down from more than 300 five years ago.", "troops", ref)
    assert sorted(f.value for f in tr) == [130, 300]
    assert [f.value for f in facts_of("Sales are 130 units, down from 300 units.", "troops", ref)] == []
    cas = facts_of("Tens of thousands of people, mostly civilians, have been killed in the conflict.", "casualties", ref)
    assert [(f.attrs.get("min"), f.attrs.get("max")) for f in cas] == [(20000, 99999)]
    cas = facts_of("Israel's military said one soldier was moderately wounded.", "casualties", ref)
    assert [f.value for f in cas] == [1] and facts_of("Israel's military said one soldier was moderately wounded.",
                                                      "troops", ref) == []
    cas = facts_of("Israeli strikes killed seven members of the group on Tuesday.", "casualties", ref)
    assert [f.text for f in cas] == ["killed seven members"]
    cas = facts_of("Between 1.1 and 1.5 million people were killed at the camp.", "casualties", ref)
    assert [(f.attrs.get("min"), f.attrs.get("max")) for f in cas] == [(1100000, 1500000)]  # never 1.1 people


def test_a_quarter_named_by_its_months_and_into_the_weekend():
    vals = [(t.text, t.value) for t in find_timexes(
        "Earnings fell to $839 million in the October-December quarter.", date(2024, 2, 8))]
    assert vals == [("October-December quarter", "2023-Q4")]
    vals = [(t.text, t.value) for t in find_timexes("The search would continue into the weekend.", date(2023, 9, 15))]
    assert vals == [("the weekend", "2023-W37-WE")]


def test_a_range_of_its_own_troops_a_grown_figure_n_more_on_the_way_and_of_them_is_not_a_force():
    ref = date(2023, 10, 26)
    tr = facts_of("Rwanda has between 3,000 and 4,000 of its own troops fighting alongside M23.", "troops", ref)
    assert [(f.attrs.get("min"), f.attrs.get("max")) for f in tr] == [(3000, 4000)]
    tr = facts_of("About 500 American military trainers are there, a figure that has grown from around 30 in 2021.",
                  "troops", ref)
    assert sorted(f.value for f in tr) == [30, 500]
    tr = facts_of("He said 10,000 members of the army, navy and National Guard had been sent to the city, "
                  "and about 8,000 more were on the way.", "troops", ref)
    assert sorted(f.value for f in tr) == [8000, 10000]
    assert facts_of("Four people were missing, two of them soldiers, officials said.", "troops", ref) == []
    # decoys: a growth in money, more of something else
    assert facts_of("About 500 soldiers guard the plant, whose budget has grown from 30 million dollars.", "troops",
                    ref)[0].value == 500
    assert [f.value for f in facts_of("About 500 soldiers arrived, and 80 more trucks were on the way.", "troops", ref)] == [500]


def test_a_future_clause_further_back_than_the_nearest_words():
    text = ("Taiwan has about 150,000 active-duty troops and plans to extend compulsory military service for men "
            "from four months to one year starting in January.")
    assert [(t.text, t.value) for t in find_timexes(text, date(2024, 10, 15))] == [("January", "2025-01")]
    text = ("The ministry said it had extended compulsory military service for men from four months to one year "
            "starting in January.")
    assert [(t.text, t.value) for t in find_timexes(text, date(2024, 10, 15))] == [("January", "2024-01")]


@pytest.mark.parametrize("text, expected", [
    ("Hezbollah, analysts say, can field up to 100,000 fighters; the group could field 100,000 if called.", [100000]),
    ("The Pentagon has deployed about 3,000 to the region since October.", [3000]),
    ("The army mobilised 300,000 in September.", [300000]),
    ("The rebel force that will eventually number 5,000 is training.", [5000]),
    ("The general commands 20,000 along the front.", [20000]),
    # decoys
    ("The labour force numbered 5 million in 2010.", []),
    ("The company deployed 3,000 new servers to the region.", []),
    ("Troops stationed 300 metres from the border fired warning shots.", []),
    ("The charity deployed 40 and then 60 volunteers.", []),
])
def test_a_head_count_the_verb_implies(text, expected):
    assert [f.value for f in facts_of(text, "troops", date(2024, 1, 10))] == expected


def test_part_of_a_force_a_vague_estimate_overnight_rates_and_a_games_starting_on_friday():
    ref = date(2023, 1, 21)
    tr = facts_of("The mission, which has about 19,000 troops, is due to cut 2,000 of them by June.", "troops", ref)
    assert sorted(f.value for f in tr) == [2000, 19000]
    assert [f.value for f in facts_of("The unit has 500 soldiers; 30 of them are women.", "troops", ref)] == [500]
    cas = facts_of("The mission has 19,000 troops, and 20 of them were killed.", "casualties", ref)
    assert [f.value for f in cas] == [20]
    tr = facts_of("It ordered special forces, estimated at tens of thousands of men, to join the army.", "troops", ref)
    assert [(f.attrs.get("min"), f.attrs.get("max")) for f in tr] == [(20000, 99999)]
    assert find_timexes("The bank kept its benchmark overnight rate at 5.25%.", date(2023, 12, 13)) == []
    vals = [(t.text, t.value) for t in find_timexes(
        "Paris is preparing for the Olympic Games starting on Friday.", date(2024, 7, 21))]
    assert vals == [("Friday", "2024-07-26")]
    vals = [(t.text, t.value) for t in find_timexes("The strike, beginning on Monday, paralysed the port.",
                                                    date(2023, 12, 13))]
    assert vals == [("Monday", "2023-12-11")]


def test_wounded_after_and_captured_posts_more_that_could_be_sent_and_a_modified_second_group():
    ref = date(2023, 9, 20)
    cas = facts_of("They said 32 people had been killed, including seven civilians, and more than 200 wounded.",
                   "casualties", ref)
    assert sorted(f.value for f in cas) == [32, 200]
    assert facts_of("Its forces had captured more than 60 military posts.", "casualties", ref) == []
    assert [f.value for f in facts_of("Rebels captured 40 government soldiers.", "casualties", ref)] == [40]
    tr = facts_of("About 2,000 sailors were placed on alert, and the Pentagon said some 1,200 more could be sent.",
                  "troops", ref)
    assert sorted(f.value for f in tr) == [1200, 2000]
    text = "Dozens of Russian Wagner fighters and Malian soldiers were killed in the fighting."
    assert [(f.attrs.get("min"), f.attrs.get("max")) for f in facts_of(text, "casualties", ref)] == [(24, 99)]
    assert facts_of(text, "troops", ref) == []


def test_a_unit_touching_its_numeral_and_glued_m_only_as_a_length():
    def dist(text):
        return [(f.text, f.attrs["km"]) for f in distance_facts(split_sentences([text]))]
    assert dist("Forces are short of ammunition along the 1,000km front line.") == [("1,000km", 1000.0)]
    assert dist("The town lies about 35km north of the border.") == [("about 35km", 35.0)]
    assert dist("The 508m tall tower opened.") == [("508m", 0.508)]
    assert dist("The wave was 2.5m high.") == [("2.5m", 0.0025)]  # metres keep their value, not 0.0 km
    # decoys: money, sport, a count in millions
    assert dist("The club paid 500m euros.") == [] and dist("The 200m champion won again.") == []
    assert dist("He won the 10km race.") == [] and dist("About 2m people voted.") == []
    assert dist("Two-time Olympic 10,000 metres champion Derartu Tulu will run.") == []


def test_a_short_distance_reads_in_metres_and_feet():
    from desktop_app.core.brief import fact_value_text
    f = distance_facts(split_sentences(["The crater was 43 metres deep."]))[0]
    assert fact_value_text(f) == "43 m / 141 ft"


def test_a_gapped_count_a_plural_of_people_and_no_squads_or_party_rebels():
    ref = date(2023, 8, 10)
    tr = facts_of("France has about 1,500 troops in Niger and the United States 1,100, mostly at a drone base.",
                  "troops", ref)
    assert sorted(f.value for f in tr) == [1100, 1500]
    assert [f.attrs.get("side") for f in tr if f.value == 1100] == ["United States"]
    tr = facts_of("The U.S. has 2,500 troops in Iraq and 900 in Syria.", "troops", ref)
    assert sorted(f.value for f in tr) == [900, 2500]
    assert [f.value for f in facts_of("Britain sent 500 troops in May and 2020 in June.", "troops", ref)] == [500]
    cas = facts_of("At least 37 candidates were killed, according to a tally.", "casualties", ref)
    assert [f.value for f in cas] == [37]
    for text in ("Four bills died in committee.", "Twelve vehicles were captured.",
                 "Seventy search warrants were executed in six countries."):
        assert facts_of(text, "casualties", ref) == [], text
    assert facts_of("Bath prop Duncan Bell has been added to England's 30-man squad.", "troops", ref) == []
    assert facts_of("The majority was halved as 32 Labour rebels joined Tory MPs.", "troops", ref) == []
    assert [f.value for f in facts_of("A 12-man squad of commandos stormed the building.", "troops", ref)] == [12]


def test_paramilitaries_and_a_force_which_once_numbered():
    ref = date(2024, 7, 12)
    tr = facts_of("Around 1,000 Russian paramilitaries are estimated to be in Mali.", "troops", ref)
    assert [f.value for f in tr] == [1000]
    tr = facts_of("The U.N. mission in Congo, MONUSCO, which once numbered more than 20,000, is due to leave.",
                  "troops", ref)
    assert [f.value for f in tr] == [20000]
    assert facts_of("The protest, which numbered 5,000, was peaceful.", "troops", ref) == []
    assert facts_of("The town's population, which numbers 20,000, fled the army.", "troops", ref) == []


def test_a_gapped_count_in_a_place_with_an_adjective():
    tr = facts_of("The U.S. has about 2,500 troops in Iraq and roughly 900 in neighbouring Syria.", "troops",
                  date(2024, 9, 27))
    assert sorted(f.value for f in tr) == [900, 2500]


def test_a_count_sent_after_a_troop_sentence_and_a_possibility_ahead():
    ref = date(2024, 11, 13)
    text = ("It said North Korea had sent about 10,000 troops to Russia. "
            "It said North Korea could eventually send as many as 100,000 if the war drags on.")
    assert sorted(f.value for f in facts_of(text, "troops", ref)) == [10000, 100000]
    assert facts_of("The charity sent 500 to the families. It sent 300 more in May.", "troops", ref) == []
    vals = [(t.text, t.value) for t in find_timexes(
        "The Santa Ana winds could gust up to 70 mph in the mountains on Monday and Tuesday.", date(2025, 1, 12))]
    assert vals == [("Monday", "2025-01-13"), ("Tuesday", "2025-01-14")]
    vals = [(t.text, t.value) for t in find_timexes("He said he could not be reached on Monday.", date(2025, 1, 12))]
    assert vals == [("Monday", "2025-01-06")]


def test_a_crew_member_the_n_dead_and_citizens_lost():
    ref = date(2024, 6, 23)
    cas = facts_of("A fire broke out, killing one crew member and injuring several others.", "casualties", ref)
    assert [f.text for f in cas] == ["killing one crew member"]
    assert [f.value for f in facts_of("About 83% of the 1,301 dead were unauthorised pilgrims.", "casualties", ref)] \
        == [1301]
    assert [f.value for f in facts_of("Egypt, which lost 658 citizens, said it would act.", "casualties", ref)] == [658]
    assert facts_of("The party lost 3,000 members last year.", "casualties", ref) == []
    assert facts_of("The club lost 12 games in a row.", "casualties", ref) == []


def test_an_appositive_before_the_verb_among_the_victims_and_a_force_kept_elsewhere():
    ref = date(2019, 8, 10)
    cas = facts_of("Two attackers, a man and a woman, were also killed in the assault.", "casualties", ref)
    assert [f.value for f in cas] == [2]
    text = "Dozens of the army's auxiliary volunteers were among the victims."
    assert [(f.attrs.get("min"), f.attrs.get("max")) for f in facts_of(text, "casualties", ref)] == [(24, 99)]
    assert facts_of(text, "troops", ref) == []
    tr = facts_of("Saudi Arabia has some 2,500 troops in Aden, and the UAE, its main partner in the coalition, "
                  "once had as many as 5,000 in southern Yemen.", "troops", ref)
    assert sorted(f.value for f in tr) == [2500, 5000]
    assert facts_of("The company has 300 staff and had 400 in London.", "troops", ref) == []


def test_a_casualty_range_its_ranks_and_a_period_declared_from_a_day():
    ref = date(2024, 1, 19)
    cas = facts_of("Between 10,000 and 15,000 people were killed in the city last year.", "casualties", ref)
    assert [(f.attrs.get("min"), f.attrs.get("max")) for f in cas] == [(10000, 15000)]
    tr = facts_of("The RSF had recruited fighters across the Sahel, and its ranks had swelled to about 40,000.",
                  "troops", ref)
    assert [f.value for f in tr] == [40000]
    assert facts_of("The union said its ranks had swelled to 40,000.", "troops", ref) == []
    vals = [(t.text, t.value) for t in find_timexes("The government declared three days of national mourning from Friday.",
                                                    date(2023, 12, 7))]
    assert vals == [("Friday", "2023-12-08")]
    vals = [(t.text, t.value) for t in find_timexes(
        "It began a pullout that President Joe Biden has ordered completed by Sept. 11.", date(2021, 5, 1))]
    assert vals == [("Sept. 11", "2021-09-11")]


def test_one_of_them_names_the_last_plural_a_captured_group_after_one_and_a_coordinated_future():
    ref = date(2024, 8, 4)
    tr = facts_of("About 1,100 U.S. troops are also stationed in Niger, mostly at two bases, one of them in Agadez.",
                  "troops", ref)
    assert [f.value for f in tr] == [1100]
    text = "Its fighters took the base, capturing a general and several hundred soldiers."
    cas = facts_of(text, "casualties", ref)
    assert [(f.text, f.attrs["outcome"]) for f in cas] == [("several hundred soldiers", "captured")]
    assert facts_of(text, "troops", ref) == []
    vals = [(t.text, t.value) for t in find_timexes(
        "The group will keep its cuts in place until the end of 2025, and extend other cuts by three months to "
        "the end of September.", date(2024, 6, 3))]
    assert ("September", "2024-09") in vals
    vals = [(t.text, t.value) for t in find_timexes("The army captured the city and left in March.", date(2024, 6, 3))]
    assert vals == [("March", "2024-03")]


def test_one_person_a_second_group_and_any_plural_after_a_word_led_casualty_verb():
    ref = date(2024, 11, 10)
    cas = facts_of("Drones hit the town overnight, killing one woman and wounding at least five people.", "casualties", ref)
    assert sorted((f.text, f.value) for f in cas) == [("killing one woman", 1), ("wounding at least five people", 5)]
    cas = facts_of("Clashes have killed at least 50 soldiers and civilians this week.", "casualties", ref)
    assert [f.text for f in cas] == ["killed at least 50 soldiers and civilians"]
    assert [f.text for f in facts_of("The attacks have killed four seafarers.", "casualties", ref)] == ["killed four seafarers"]
    for text in ("Rebels captured 60 military posts.", "Hunters killed 20 cows.", "The hunt killed a total of 91 foxes."):
        assert facts_of(text, "casualties", ref) == [], text


def test_the_cheap_word_cue_lets_through_every_sentence_the_cue_pattern_finds():
    from pathlib import Path

    from desktop_app.core.clean import clean_article
    from desktop_app.core.facts import _TROOP_CUE, _troop_cue

    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(__file__).parent.glob("*/*.txt"))]
    sents = [s.text for t in texts for s in split_sentences(clean_article(t).paragraphs)]
    assert len(sents) > 1000
    missed = [s for s in sents if _TROOP_CUE.search(s) and not _troop_cue(s)]
    assert missed == []


def test_several_thousand_more_and_a_demand_looks_ahead():
    got = values_of("The U.S. has about 40,000 troops in the region and sent several thousand more in recent weeks.",
                    "troops", date(2024, 10, 2))
    assert sorted(map(str, got)) == ["(2000, 9000)", "40000"]
    assert [f.value for f in facts_of("The U.S. has 40,000 troops there and 1,000 more people arrived.", "troops",
                                      date(2024, 10, 2))] == [40000]
    ref = date(2010, 2, 20)
    assert [t.value for t in find_timexes("The party insisted the mission end in August as planned.", ref)] == ["2010-08"]
    assert [t.value for t in find_timexes("He demanded that the troops leave by March.", ref)] == ["2010-03"]
    assert [t.value for t in find_timexes("He insisted he was in Paris in March.", ref)] == ["2009-03"]
    assert [t.value for t in find_timexes("The party insisted the talks had ended in August.", ref)] == ["2009-08"]


def test_a_part_of_the_dead_a_battlegroup_and_no_count_from_a_date():
    ref = date(2024, 12, 25)
    text = "Attacks killed more than 1,500 people in Pakistan last year, including hundreds of soldiers and police."
    assert facts_of(text, "troops", ref) == []
    assert len(facts_of(text, "casualties", ref)) == 2
    tr = facts_of("The soldiers will join the 1,000-strong British-led battlegroup already stationed at Tapa.", "troops", ref)
    assert [f.value for f in tr] == [1000]
    assert facts_of("The agreement signed in Pretoria on Nov. 2 required all foreign forces to leave.", "troops", ref) == []
    tr = facts_of("The army has 5,000 troops, including 300 special forces.", "troops", ref)
    assert sorted(f.value for f in tr) == [300, 5000]


@pytest.mark.parametrize("text, expected", [
    # phrasings met in real reports (paraphrased), checked before and after
    ("The Pentagon announced that nearly four-thousand soldiers are being deployed.", [4000]),
    ("Approximately 2,000 additional active duty U.S. service members are expected to deploy.", [2000]),
    ('He told reporters "several thousand" more troops would head to the border, joining about 2,350 already '
     'deployed there.', [(2000, 9000), 2350]),
    ("The order increases total active-duty military personnel at the border to about 4,000.", [4000]),
    ("The new contingent comprises approximately 1,000 Army soldiers and 500 Marines.", [1000, 500]),
    # decoys
    ("At 10 a.m. Israel withdrew its troops from the town.", []),
    ("The firm increased total sales to about 4,000 units.", []),
])
def test_real_report_phrasings(text, expected):
    got = values_of(text, "troops", date(2025, 1, 22))
    assert sorted(map(str, got)) == sorted(map(str, expected))
    if expected and expected[0] == 1000:
        assert facts_of(text, "troops", date(2025, 1, 22))[0].text == "approximately 1,000 Army soldiers"


@pytest.mark.parametrize("text, expected", [
    ("The UN plans to have 12,500 soldiers left in the country. By December, only 2,000 are expected to remain.",
     [12500, 2000]),
    ("There are 50,000 troops deployed around the world. By mid-1999, that number had dropped to 12,000.", [50000, 12000]),
    ("The UN has authorized 6,700 troops, but only 2,500 are in the country at the moment.", [6700, 2500]),
    ("As of July, Pakistan (8,500 troops), Bangladesh (7,200) and Ghana (3,300) had the largest contingents.",
     [8500, 7200, 3300]),
    ("Britain has 5,000 soldiers in southern Iraq; the prime minister says 2,500 will go home by spring.", [5000, 2500]),
    ("Georgia has about 2,000 troops, based in Kut; to be cut to around 300 by next summer.", [2000, 300]),
    # decoys
    ("The army has 5,000 troops and its budget will be cut to 300 million.", [5000]),
    ("The company has 300 staff. By December, only 200 are expected to remain.", []),
    ("The army has 5,000 troops, and Britain (2019) said so.", [5000]),
])
def test_counts_restating_a_troop_count(text, expected):
    got = [f.value for f in facts_of(text, "troops", date(2004, 1, 14))]
    assert sorted(got) == sorted(expected)


@pytest.mark.parametrize("text, kind, expected", [
    # phrasings met in real reports (paraphrased)
    ("The number of soldiers who died in the attack has risen to 24, sources said.", "casualties", [24]),
    ("The number of soldiers who died in the attack has risen to 24, sources said.", "troops", []),
    ("The death toll of an attack by suspected gunmen on a mosque in the northern state of Katsina early this week "
     "has risen to 32.", "casualties", [32]),
    ("At least six militants who stormed the compound were killed in the shoot-out.", "casualties", [6]),
    ("At least six militants who stormed the compound were killed in the shoot-out.", "troops", []),
    ("The dead include 11 civilians, four soldiers and two police officers.", "casualties", [2, 4, 11]),
    ("The dead include 11 civilians, four soldiers and two police officers.", "troops", []),
    ("Officials say gunmen killed three police in an overnight attack.", "casualties", [3]),
    ("Another two police were wounded in the attack.", "casualties", [2]),
    ("One of the gunmen who attacked the police post was killed in the shootout.", "casualties", [1]),
    ("One of the gunmen who attacked the police post was killed in the shootout.", "troops", []),
])
def test_casualty_phrasings_from_real_reports(text, kind, expected):
    assert sorted(f.value for f in facts_of(text, kind, date(2023, 12, 12))) == expected


def test_the_cheap_cue_and_number_starts_agree_with_their_patterns():
    from pathlib import Path

    from desktop_app.core.clean import clean_article
    from desktop_app.core.facts import _START_RE, _TROOP_CUE, _number_starts, _troop_cue

    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(__file__).parent.glob("*/*.txt"))]
    sents = [s.text for t in texts for s in split_sentences(clean_article(t).paragraphs)]
    assert [s for s in sents if bool(_TROOP_CUE.search(s)) != _troop_cue(s)] == []
    assert [s for s in sents if not {m.start() for m in _START_RE.finditer(s)} <= set(_number_starts(s))] == []


def test_a_drawdown_of_n_and_troops_levels():
    ref = date(2020, 11, 18)
    tr = facts_of("The Pentagon is reducing the number of troops in Afghanistan and Iraq to 2,500 in each, a drawdown of "
                  "about 2,000 in Afghanistan and 500 in Iraq.", "troops", ref)
    assert sorted(f.value for f in tr) == [500, 2000, 2500]
    tr = facts_of("The Pentagon announced plans to reduce troops levels to 2,500 in Afghanistan.", "troops", ref)
    assert [f.value for f in tr] == [2500]
    assert facts_of("The army announced a drawdown of 2 billion euros from the fund.", "troops", ref) == []


@pytest.mark.parametrize("text, expected", [
    # phrasings met in real reports (paraphrased)
    ("The ambush resulted in the death of six and one wounded, he said.", [1, 6]),
    ("The attack came four months after unknown gunmen killed over 20 people in the village.", [20]),
    ("The police said 19 died.", [19]),
    ("Five of the attackers, whose number was estimated to be over 200, were gunned down.", [5]),
    ("Two mass shootings less than a day apart left 29 people dead over the weekend.", [29]),
    # decoys
    ("He died in office in 1999 after a long illness.", []),
])
def test_more_casualty_phrasings_from_real_reports(text, expected):
    assert sorted(f.value for f in facts_of(text, "casualties", date(2021, 10, 4))) == expected


@pytest.mark.parametrize("text, kind, expected", [
    ("Cameroon has deployed thousands of troops to its two English-speaking regions since separatists declared "
     "a state.", "troops", [(2000, 9999)]),
    ("The total number of Palestinians killed in the war rose to 30,035, the ministry said.", "casualties", [30035]),
    ("The Australian Defence Force currently has about 60,000 permanent members.", "troops", [60000]),
    ("The party has 60,000 permanent members.", "troops", []),
    ("About 100 U.S. special operations troops flew in.", "troops", [100]),
    ("Some 3,000 armed forces personnel were deployed.", "troops", [3000]),
])
def test_a_plural_between_number_and_noun_and_more_force_sizes(text, kind, expected):
    got = values_of(text, kind, date(2024, 5, 7))
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    ("The army called up 16,000 more reservists, bringing the total number of reservists marshaled since the start "
     "of the operation to 86,000.", [16000, 86000]),
    ("A further 60,000 were called up, bringing the total number of reservists mobilized in the last three days to "
     "360,000.", [360000]),
    ("Visitors noted a heavy presence of both police and soldiers on the streets of the two capitals.", []),
])
def test_a_long_gap_before_the_total_and_no_count_of_other_things(text, expected):
    assert sorted(values_of(text, "troops", date(2023, 10, 10))) == expected


@pytest.mark.parametrize("text, kind, expected", [
    ("The army reported that Russia's frontline losses have surpassed one million soldiers.", "casualties", [1000000]),
    ("The army reported that Russia's frontline losses have surpassed one million soldiers.", "troops", []),
    ("Experts estimate the number of prisoners to have reached 2,500.", "casualties", [2500]),
    ("The company's losses rose to 5 million dollars.", "casualties", []),
])
def test_losses_and_prisoners_as_tolls(text, kind, expected):
    assert values_of(text, kind, date(2024, 11, 6)) == expected
    if expected and kind == "casualties" and "prisoners" in text:
        assert facts_of(text, kind, date(2024, 11, 6))[0].attrs["outcome"] == "captured"


@pytest.mark.parametrize("text, kind, expected", [
    ("The rival force, or Rada, numbers several thousand men and controls the airport.", "troops", [(2000, 9000)]),
    ("The party numbers 5,000 members.", "troops", []),
    ("Troops killed 11 suspected Islamic State-linked militants, including a bomb-maker.", "casualties", [11]),
])
def test_a_force_that_numbers_men_and_three_words_before_whom(text, kind, expected):
    assert values_of(text, kind, date(2023, 8, 16)) == expected


def test_no_event_noun_is_taken_for_the_victims():
    cas = facts_of("The attacks killed 127 people, wounding more than 300 in the deadliest attacks in decades.",
                   "casualties", date(2015, 11, 14))
    assert sorted(f.text for f in cas) == ["killed 127 people", "wounding more than 300"]


@pytest.mark.parametrize("text, expected", [
    ("There are 720 wounded Congolese troops at the military hospital.", [720]),
    ("Fighting has resulted in the deaths of at least 13 peacekeepers and foreign soldiers.", [13]),
])
def test_wounded_troops_with_a_modifier_and_the_deaths_of(text, expected):
    assert values_of(text, "casualties", date(2013, 8, 27)) == expected
    assert values_of(text, "troops", date(2013, 8, 27)) == []


def test_a_dash_inserted_group_before_the_verb():
    cas = facts_of("Reuters reported that five people -- three women and two children -- were killed when their house "
                   "collapsed.", "casualties", date(2013, 4, 16))
    assert [f.value for f in cas] == [5]
    assert values_of("Five soldiers — all of them conscripts — were wounded.", "casualties", date(2013, 4, 16)) == [5]


def test_others_wounded_after_the_killed_and_taliban_as_victims():
    cas = facts_of('"Five Taliban were also killed and 10 others were wounded in the clashes," he said.', "casualties",
                   date(2018, 3, 14))
    assert sorted((f.value, f.attrs["outcome"]) for f in cas) == [(5, "killed"), (10, "wounded")]


def test_hundreds_of_thousands_is_not_hundreds_and_a_future_after_and():
    assert values_of("The war has killed hundreds of thousands of people, the envoy said.", "casualties",
                     date(2022, 11, 2)) == [(200000, 999999)]
    vals = [(t.text, t.value) for t in find_timexes(
        "Apple said it had 2.2 billion active devices and would start selling its headset on Friday.", date(2024, 2, 1))]
    assert vals == [("Friday", "2024-02-02")]
    vals = [(t.text, t.value) for t in find_timexes("He said he had met them and had left on Friday.", date(2024, 2, 1))]
    assert vals == [("Friday", "2024-01-26")]


@pytest.mark.parametrize("text, expected", [
    ("The army is expanding from roughly 90,000 to 120,000 soldiers over a decade.", [90000, 120000]),
    ("The militia, with some 9,000 fighters in the north, has gathered thousands of men near the dam.",
     [9000, (2000, 9999)]),
    ("Another 400 police and soldiers from Kenya landed on Sunday.", [400]),
    ("The force, approved for up to 3,000 personnel, has only 800 on the ground.", [3000, 800]),
    ("Cartels, which the D.E.A. says have about 45,000 members, control the border towns.", [45000]),
    ("A 500-strong rapid reaction unit of the army was sent to the border.", [500]),
    # decoys
    ("The airline's 8,000-strong engineering unit, which services its jets, will be sold.", []),
    ("The carmaker's 1,500-member design team moved to Berlin.", []),
    ("The union, which says it has 12,000 members, called a strike.", []),
    ("There was 5 cm of snow on the ground.", []),
])
def test_changes_after_an_approximation_mixed_forces_and_civil_units(text, expected):
    got = values_of(text, "troops", date(2025, 3, 12))
    assert sorted(got, key=str) == sorted(expected, key=str)


def test_next_weekday_is_in_the_following_week_and_the_same_quarter_of_a_year():
    wed = date(2025, 3, 12)  # a Wednesday
    vals = [(t.text, t.value) for t in find_timexes("The board will vote next Friday, not this Friday.", wed)]
    assert vals == [("next Friday", "2025-03-21"), ("this Friday", "2025-03-14")]
    vals = [(t.text, t.value) for t in find_timexes("The talks resume next Monday.", wed)]
    assert vals == [("next Monday", "2025-03-17")]
    vals = [(t.text, t.value) for t in find_timexes(
        "Third-quarter sales rose 4% from the same quarter of 2023, the company said on Tuesday.", date(2024, 10, 23))]
    assert ("same quarter of 2023", "2023-Q3") in vals and not any(v[0] == "2023" for v in vals)


def test_a_race_gap_is_no_clock_a_possessive_day_ahead_and_last_month_by_name():
    thu = date(2025, 7, 17)  # a Thursday
    assert [(t.text, t.value) for t in find_timexes("She leads the Italian by 1:42 in the standings.", thu)] == []
    assert [t.value for t in find_timexes("The ferry leaves at 7:15 from the harbour.", thu)] == ["2025-07-17T07:15"]
    vals = [(t.text, t.value) for t in find_timexes("Saturday's semi-final is a repeat of last year's.", thu)]
    assert vals[0] == ("Saturday's", "2025-07-19")
    vals = [(t.text, t.value) for t in find_timexes("Monday's summit will be held in Rome.", thu)]
    assert vals == [("Monday's", "2025-07-21")]
    vals = [(t.text, t.value) for t in find_timexes("Tuesday's vote is a setback for the coalition.", thu)]
    assert vals == [("Tuesday's", "2025-07-15")]
    vals = [(t.text, t.value) for t in find_timexes("The strike began last June and ended in March.", thu)]
    assert vals[0] == ("last June", "2024-06")
    vals = [(t.text, t.value) for t in find_timexes("The strike began last February.", thu)]
    assert vals == [("last February", "2025-02")]


def test_a_total_deployed_n_more_called_up_shared_head_counts_and_another_estimate():
    ref = date(2025, 2, 20)
    tr = facts_of("Iran has sent about 500 more fighters, bringing the total it has sent to some 2,500.",
                  "troops", ref)
    assert sorted(f.value for f in tr) == [500, 2500]
    tr = facts_of("The ministry will call up 30,000 conscripts and train 5,000 more this spring.", "troops", ref)
    assert sorted(f.value for f in tr) == [5000, 30000]
    cas = facts_of("The brigade lost 9 Kenyan and four Somali soldiers in the raid.", "casualties", ref)
    assert sorted(f.value for f in cas) == [4, 9]
    assert values_of("The brigade lost 9 Kenyan and four Somali soldiers in the raid.", "troops", ref) == []
    sents = split_sentences(["About 900 Russian soldiers were killed or wounded last week, officials said. "
                             "Independent analysts put the figure at nearly 1,200."])
    cas = [f for f in troop_facts(sents) if f.kind == "casualties"]
    assert [(f.sentence_index, f.value) for f in cas] == [(0, 900), (1, 1200)]
    # decoys: another estimate of something else; no count before
    sents = split_sentences(["The storm damaged 900 homes. Insurers put the figure at nearly 1,200."])
    assert [f for f in troop_facts(sents)] == []
    assert values_of("Analysts put the figure at 1,200.", "casualties", ref) == []
    vals = [(t.text, t.value) for t in find_timexes("The 3rd Marines and the 1st Marine Division arrived.", ref)]
    assert vals == []


@pytest.mark.parametrize("text, kind, expected", [
    ("About 900 British soldiers died in the assault, including 120 Canadians, the regiment said.", "casualties",
     [900, 120]),
    ("The defenders lost between 2,000 and 3,000 killed, wounded or captured in the battle.", "casualties",
     [(2000, 3000)]),
    ("The NATO mission keeps around 300 trainers and 50 American advisers at the base.", "troops", [300, 50]),
    ("The FARC, which had about 7,000 members when it signed the ceasefire, disarmed in 2017.", "troops", [7000]),
    ("Russia sent about 200 instructors from its Africa Corps to the capital.", "troops", [200]),
    # decoys
    ("The bank hired 40 financial advisers last year.", "troops", []),
    ("The union, which has 5,800 members, called a strike.", "troops", []),
    ("He visited the cemetery where 4,000 soldiers are buried.", "troops", []),
    ("The blast killed 12 people, including three children.", "casualties", [12]),
])
def test_a_part_of_the_dead_by_side_a_range_of_losses_advisers_and_a_named_groups_members(text, kind, expected):
    assert sorted(values_of(text, kind, date(2025, 6, 6)), key=str) == sorted(expected, key=str)


def test_a_bracketed_conversion_joins_its_distance_and_the_next_fiscal_year():
    d = distance_facts(split_sentences(["The dam lies about 40 kilometers (25 miles) north of Mosul."]))
    assert [(f.text, f.attrs["km"], f.attrs.get("place")) for f in d] == [
        ("about 40 kilometers (25 miles)", 40.0, "Mosul")]
    d = distance_facts(split_sentences(["It is 40 kilometers from Mosul and 25 miles from Erbil."]))
    assert len(d) == 2
    vals = [(t.text, t.value) for t in find_timexes("The budget for the next fiscal year was approved.", date(2024, 12, 27))]
    assert vals == [("next fiscal year", "2025")]


@pytest.mark.parametrize("text, expected", [
    ("The brigade, which should field 3,000 soldiers, was down to about 900 by the spring.", [3000, 900]),
    ("The mission, which has 6,000 peacekeepers, will lose about 1,500 under the new budget.", [6000, 1500]),
    ("Britain has 900 troops in Estonia but plans to cut its presence across the region to several hundred.",
     [900, (200, 900)]),
    ("The town was overrun by hundreds of militia at dawn.", [(200, 999)]),
    # decoys
    ("The army has 5,000 troops; its budget was down to 140 million.", [5000]),
    ("The army, which has 10,000 soldiers, will lose 2,500 jobs in its civilian offices.", [10000]),
    ("The company was down to about 900 staff.", []),
])
def test_a_count_down_to_or_losing_n_and_militia_as_a_mass_noun(text, expected):
    assert sorted(values_of(text, "troops", date(2025, 8, 2)), key=str) == sorted(expected, key=str)


def test_a_season_as_a_deadline():
    ref = date(2025, 8, 2)
    assert [(t.text, t.value) for t in find_timexes("They hope to take the city before winter.", ref)] == [
        ("winter", "2025-WI")]
    assert [(t.text, t.value) for t in find_timexes("The plant must be finished by spring.", ref)] == [
        ("spring", "2026-SP")]
    assert find_timexes("She trained hard before Winter Olympics qualifying.", ref) == []


def test_coordinated_dead_with_members_of_a_force_beheading_a_force_there_a_coming_days_clock_and_a_catalogue_name():
    ref = date(2025, 10, 10)  # a Friday
    cas = facts_of("Officials said 12 civilians and three members of the security forces had been killed.", "casualties", ref)
    assert sorted(f.value for f in cas) == [3, 12]
    assert values_of("Militants raided the village, beheading at least nine farmers.", "casualties", ref) == [9]
    tr = facts_of("Kenya will send 600 more soldiers, bringing its force there to about 1,600.", "troops", ref)
    assert sorted(f.value for f in tr) == [600, 1600]
    sents = split_sentences(["The comet will pass the sun next Wednesday, astronomers said. It was found on Oct. 2 in Chile. "
                             "At about 6:15 a.m. GMT, it will be brightest."])
    got = [(f.text, f.value) for f in extract_facts(sents, ref) if f.kind == "date"]
    assert ("about 6:15 a.m. GMT", "2025-10-15T06:15") in got or ("6:15 a.m. GMT", "2025-10-15T06:15") in got, got
    assert [t.value for t in find_timexes("The asteroid, named 2024 YR4, will miss Earth.", ref)] == []
    assert [t.value for t in find_timexes("In 2024 US troops left.", ref)] == ["2024"]


def test_a_list_of_counts_by_place_after_a_troop_count():
    tr = facts_of("Britain keeps 900 troops in Estonia, 150 in Poland and 100 in Romania.", "troops", date(2025, 1, 1))
    assert sorted(f.value for f in tr) == [100, 150, 900]
    assert values_of("The firm has 900 staff in Estonia, 150 in Poland and 100 in Romania.", "troops",
                     date(2025, 1, 1)) == []


@pytest.mark.parametrize("text, kind, expected", [
    ("The army will cut its forces in the north from about 6,000 to fewer than 4,000 by June.", "troops", [6000, 4000]),
    ("The junta has recruited some 40,000 volunteers to fight the insurgents.", "troops", [40000]),
    ("The militias are estimated to have several thousand armed members.", "troops", [(2000, 9000)]),
    ("The group said it had lost nine of its own fighters.", "casualties", [9]),
    ("Troops killed 40 members of the Wagner group near the border.", "casualties", [40]),
    # decoys
    ("An army of 5,000 volunteers has knocked on every door in the city.", "troops", []),
    ("The charity has recruited 5,000 volunteers for the marathon.", "troops", []),
    ("The firm will cut its workforce from about 6,000 to 4,000.", "troops", []),
])
def test_a_force_cut_from_n_to_m_recruited_volunteers_estimated_members_and_own_losses(text, kind, expected):
    assert sorted(values_of(text, kind, date(2025, 5, 14)), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize("text, kind, expected", [
    ("The navy has some 4,000 sailors, rising to about 9,000 in wartime.", "troops", [4000, 9000]),
    ("A 12-man patrol was sent to the ridge.", "troops", [12]),
    ("The breakaway faction has about 800 members, officials said.", "troops", [800]),
    ("Gunmen killed at least 14 members of the security forces in the north.", "casualties", [14]),
    # decoys
    ("The army has 4,000 troops; its budget is rising to 9 billion.", "troops", [4000]),
    ("The party faction has about 80 members in parliament.", "troops", []),
])
def test_a_count_rising_to_n_a_patrol_a_factions_members_and_dead_of_the_security_forces(text, kind, expected):
    assert sorted(values_of(text, kind, date(2025, 4, 27)), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize("text, expected", [
    ("Turkey has 3,000 troops in the north and plans to take the deployment it keeps there to about 5,000.", [3000, 5000]),
    ("The army sent 400 soldiers, joining a garrison of about 1,200 in the town.", [400, 1200]),
    # decoys: another head, a year, a percentage
    ("The army sent 400 soldiers, who found the cost had risen to 1,200 in a year.", [400]),
    ("Some 400 soldiers arrived, with the rest due to follow in 2026.", [400]),
    ("The army has 40,000 soldiers, equal to 3 percent of the workforce.", [40000]),
])
def test_a_bare_count_later_in_a_sentence_that_counted_troops(text, expected):
    assert sorted(values_of(text, "troops", date(2025, 4, 27)), key=str) == sorted(expected, key=str)


def test_a_capitalised_last_month_opening_a_sentence():
    ref = date(2025, 6, 25)
    assert [(t.text, t.value) for t in find_timexes("Last June, protesters stormed parliament.", ref)] == [
        ("Last June", "2024-06")]
    assert [(t.text, t.value) for t in find_timexes("Last April, the deal fell through.", ref)] == [
        ("Last April", "2025-04")]


def test_a_capitalised_relative_weekday_opening_a_sentence():
    ref = date(2025, 6, 25)  # a Wednesday
    assert [(t.text, t.value) for t in find_timexes("This Friday the vote is held.", ref)] == [("This Friday", "2025-06-27")]
    assert [(t.text, t.value) for t in find_timexes("Late Sunday, rebels fired on the town.", ref)] == [
        ("Late Sunday", "2025-06-22")]


@pytest.mark.parametrize("text, expected", [
    ("The mission is to get another 3 000 soldiers by October.", [3000]),
    ("Up to 6 000 rebels remain in the hills.", [6000]),
    ("The force has a mandate for 8,000 peacekeepers, but officials say they would need 15,000 to secure the country.",
     [8000, 15000]),
    # decoys
    ("Delegates from nearly 50 troop-contributing countries met on Monday.", []),
    ("In 1998 400 soldiers were sent.", [400]),
])
def test_space_grouped_thousands_a_count_needed_and_troop_as_a_modifier(text, expected):
    assert sorted(values_of(text, "troops", date(2009, 8, 20)), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize("text, kind, expected", [
    ("Some 12 Somali National Army (SNA) soldiers died in the blast.", "casualties", [12]),
    ("Officials said the number of gunmen in the raid was between 30 and 40.", "troops", [(30, 40)]),
    ("Three to five soldiers were missing after the ambush.", "casualties", [(3, 5)]),
    # decoy
    ("From 2014 to 2016 soldiers were deployed on the border.", "casualties", []),
])
def test_an_acronym_in_brackets_a_number_between_and_a_casualty_range_with_to(text, kind, expected):
    assert sorted(values_of(text, kind, date(2016, 8, 3)), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize("text, expected", [
    ("Damascus sent thousands of reinforcements to the front.", [(2000, 9999)]),
    ("The army, which has lost many officers since 2011, now numbers around 120,000.", [120000]),
    # decoys
    ("The report numbers 40 pages.", []),
    ("The army's budget totals 5 billion.", []),
])
def test_reinforcements_and_what_a_force_now_numbers(text, expected):
    assert sorted(values_of(text, "troops", date(2016, 8, 9)), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize("text, expected", [
    ("The plan would pull about 1,200 troops from Mali and about 300 from Niger.", [1200, 300]),
    ("The review lowered the troop count in Kosovo from 4,800 to 3,600 last year.", [4800, 3600]),
    ("The order brings home 2,000 troops and will reduce the presence by about a third, from 6,000 to 4,000.",
     [2000, 6000, 4000]),
    ("There are still about 9,000 British boots on the ground in the province.", [9000]),
    ("French forces would fall to 1,500 by the summer, the minister said.", [1500]),
    ("He ordered a drawdown of U.S. troops in Syria to 900.", [900]),
    # decoys
    ("Casualties among the forces would rise to 50.", []),
    ("The company lowered its head count from 4,800 to 3,600.", []),
])
def test_drawdown_phrasings_from_published_reports(text, expected):
    assert sorted(values_of(text, "troops", date(2020, 11, 17)), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize("text, kind, expected", [
    ("The junta is expanding the army from about 20,000 toward a target of 35,000 troops.", "troops", [20000, 35000]),
    ("The forces, which officials say number a few thousand, will stay.", "troops", [(2000, 5000)]),
    ("The army said it had neutralised dozens of terrorists near the border.", "casualties", [(24, 99)]),
    ("The clinic had received 85 wounded by Friday night.", "casualties", [85]),
    # decoys
    ("The clinic had received 85 patients by Friday night.", "casualties", []),
])
def test_a_force_grown_toward_a_target_officials_say_number_neutralised_and_received_wounded(text, kind, expected):
    assert sorted(values_of(text, kind, date(2025, 6, 22)), key=str) == sorted(expected, key=str)


def test_months_since_a_comparison_and_the_end_of_a_span():
    ref = date(2025, 11, 3)
    vals = [(t.text, t.value) for t in find_timexes(
        "The group will pause increases next year after raising output since April.", ref)]
    assert ("April", "2025-04") in vals
    vals = [(t.text, t.value) for t in find_timexes(
        "They will raise output in December, the same as in October, and hold it from January to March.", ref)]
    assert [v for v in vals if v[0] in ("December", "October", "January", "March")] == [
        ("December", "2025-12"), ("October", "2025-10"), ("January", "2026-01"), ("March", "2026-03")]


def test_prisoners_freed_are_no_force_pows_died_and_a_modifier_is_no_event():
    ref = date(2025, 11, 26)  # a Wednesday
    assert values_of("Both sides freed 250 soldiers and civilians on Friday.", "troops", ref) == []
    assert values_of("Kyiv said it had exchanged 95 soldiers for Russian prisoners.", "troops", ref) == []
    assert values_of("At least 40 POWs had died in captivity, the ombudsman said.", "casualties", ref) == [40]
    sents = split_sentences(["Officers said on Wednesday they had seized power, a day before the results of Sunday's "
                             "presidential election were due. Shots were heard near the presidential palace at about 1 p.m."])
    got = [(f.text, f.value) for f in extract_facts(sents, ref) if f.kind == "date" and "p.m." in f.text]
    assert got and got[0][1] == "2025-11-26T13:00", got


def test_taliban_fighters_is_one_noun_phrase():
    cas = facts_of("Troops killed more than 50 Taliban fighters and allied militants.", "casualties", date(2025, 10, 15))
    assert [f.text for f in cas] == ["killed more than 50 Taliban fighters"]
    cas = facts_of("Five Taliban were killed in the raid.", "casualties", date(2025, 10, 15))
    assert [f.value for f in cas] == [5]


@pytest.mark.parametrize("text, kind, expected", [
    ("The army has signed up more than 2,000 men aged 18 to 24, its commanders said.", "troops", [2000]),
    ("The mission will have up to 2,500 personnel, against fewer than 800 now.", "troops", [2500, 800]),
    ("The death toll from last week's magnitude 6.8 earthquake rose to 1,120 on Friday.", "casualties", [1120]),
    ("Among the dead were at least 40 people killed in air strikes.", "casualties", [40]),
    # decoy
    ("The company signed up more than 2,000 men aged 18 to 24 for its apprentice scheme.", "troops", []),
])
def test_men_signed_up_a_count_against_a_toll_past_a_magnitude_and_among_the_dead(text, kind, expected):
    assert sorted(values_of(text, kind, date(2025, 5, 29)), key=str) == sorted(expected, key=str)


def test_troops_named_inside_a_toll_and_armed_youths():
    ref = date(2025, 5, 6)
    cas = facts_of("Officials said at least 40 people, including 12 soldiers, had been killed.", "casualties", ref)
    assert sorted(f.value for f in cas) == [12, 40]
    cas = facts_of("At least 12 people, including three children, were killed.", "casualties", ref)
    assert [f.value for f in cas] == [12]
    assert values_of("Thousands of armed youths attacked the base.", "troops", ref) == [(2000, 9999)]


@pytest.mark.parametrize("text, kind, expected", [
    ("Romania, whose army has grown to about 80,000, asked for a permanent presence.", "troops", [80000]),
    ("They want a U.S. presence of at least one division, roughly 15,000 troops.", "troops", [15000]),
    ("The force numbers about 2,900, including 1,300 Tanzanians.", "troops", [2900, 1300]),
    ("Four Kenyan soldiers serving with the African Union mission were killed on Monday.", "casualties", [4]),
    ("The country has roughly half a million soldiers under arms.", "troops", [500000]),
    ("A quarter of a million reservists were called up.", "troops", [250000]),
    # decoys
    ("Four Kenyan soldiers serving with the African Union mission arrived on Monday.", "casualties", []),
    ("The city of 2 million people, including 300,000 Somalis, is growing.", "troops", []),
])
def test_a_force_grown_to_n_one_division_a_sides_part_serving_with_and_half_a_million(text, kind, expected):
    assert sorted(values_of(text, kind, date(2025, 6, 25)), key=str) == sorted(expected, key=str)


def test_a_day_told_in_a_reporting_clause_after_a_future_one_and_irregular_past_verbs():
    ref = date(2025, 8, 7)  # a Thursday
    vals = [(t.text, t.value) for t in find_timexes(
        "The firm will invest $10 billion over the next four years, its chief said at a factory on Wednesday.", ref)]
    assert vals[-1] == ("Wednesday", "2025-08-06")
    vals = [(t.text, t.value) for t in find_timexes("The bloc, which it left in January, has a new levy.", date(2025, 12, 19))]
    assert vals == [("January", "2025-01")]


@pytest.mark.parametrize("text, kind, expected", [
    ("The peacekeepers in the south, about 8,000 strong, will leave next year.", "troops", [8000]),
    ("The strike killed the group's commander and three other members of the group.", "casualties", [3]),
    ("The rebels said they had killed or taken prisoner more than 300 soldiers.", "casualties", [300]),
    ("The rebels said they had killed or taken prisoner more than 300 soldiers.", "troops", []),
])
def test_peacekeepers_n_strong_other_members_killed_and_killed_or_taken_prisoner(text, kind, expected):
    assert sorted(values_of(text, kind, date(2025, 11, 23)), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize("text, kind, expected", [
    ("More than 20 peacekeepers were still missing on Sunday.", "casualties", [20]),
    ("Two Nepalese soldiers serving with the UN peacekeeping force in the south were killed.", "casualties", [2]),
    ("It was added to the list of more than 100 soldiers who have been killed in the mission.", "casualties", [100]),
    # decoys
    ("The attack was blamed on one of the region's deadliest rebel groups.", "troops", []),
    ("Two Nepalese soldiers serving with the UN peacekeeping force in the south arrived.", "casualties", []),
])
def test_still_missing_a_long_serving_with_phrase_who_have_been_killed_and_rebel_groups(text, kind, expected):
    assert sorted(values_of(text, kind, date(2017, 12, 8)), key=str) == sorted(expected, key=str)


def test_a_quoted_modifier_inside_a_count():
    assert values_of('The group has about 2,000-3,000 "hardcore" fighters, officials said.', "troops",
                     date(2015, 2, 7)) == [(2000, 3000)]
    assert values_of('About 500 "foreign" fighters remain.', "troops", date(2015, 2, 7)) == [500]


@pytest.mark.parametrize("text, kind, expected", [
    ("By March that force had shrunk to a few hundred men.", "troops", [(200, 500)]),
    ("The army said it had inflicted 9,000 casualties on the enemy, including 3,000 killed.", "casualties", [9000, 3000]),
    # decoys
    ("The sales force of 500 men met in Paris.", "troops", []),
    ("The storm caused 3,000 power cuts, including 200 in the capital.", "casualties", []),
])
def test_a_force_shrunk_to_men_and_casualties_inflicted_with_the_killed_among_them(text, kind, expected):
    assert sorted(values_of(text, kind, date(2025, 4, 30)), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize("text, kind, expected", [
    ("About 30 sailors were still unaccounted for on Friday.", "casualties", [30]),
    ("About 30 sailors were still unaccounted for on Friday.", "troops", []),
    ('Police said they had "neutralised" 12 gunmen in the raid.', "casualties", [12]),
    ("One man was found dead in his car.", "casualties", [1]),
    ("The division will reach 5,000 soldiers. About 300 are already stationed in the north.", "troops", [5000, 300]),
    # decoys
    ("It was the first such deployment since World War Two, when 40 ships sailed.", "troops", []),
    ("All the money was unaccounted for.", "casualties", []),
    ("About 300 are already sold out.", "troops", []),
])
def test_unaccounted_for_a_quoted_verb_found_dead_already_stationed_and_world_war_two(text, kind, expected):
    assert sorted(values_of(text, kind, date(2025, 4, 3)), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize("text, kind, expected", [
    ("Kenya will send the biggest contingent, at about 1,200.", "troops", [1200]),
    ("Two guards were killed and three others badly burned.", "casualties", [2, 3]),
    ("Donors pledged 5,000 troops; only about 900, most of them from Ghana, have arrived.", "troops", [5000, 900]),
    ("One Dutch soldier has been killed since the mission began.", "casualties", [1]),
    # decoys
    ("The garrison, at dawn, was quiet.", "troops", []),
    ("Only about 900 have arrived, the organisers of the festival said.", "troops", []),
    ("Three houses were badly burned.", "casualties", []),
])
def test_a_contingent_at_n_badly_burned_n_have_arrived_and_a_nationality_before_one_who(text, kind, expected):
    assert sorted(values_of(text, kind, date(2013, 1, 28)), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize("text, kind, expected", [
    ('The garrison lost "a few hundred" men in the siege.', "casualties", [(200, 500)]),
    ("About 90 people were killed and some 30 taken prisoner.", "casualties", [90, 30]),
    ("About 90 people were killed and some 30 taken hostage.", "casualties", [90]),  # hostages are no casualties
    ("Twelve climbers were still missing on Friday.", "casualties", [12]),
    ("The separatists now have about 2,000 armed members.", "troops", [2000]),
    ("The army has 9,000 troops in the region. The main rebel group, the FLN, has about 1,500.", "troops", [9000, 1500]),
    # decoys
    ("The army has 9,000 troops in the region. The company has about 1,500.", "troops", [9000]),
    ("The army has 9,000 troops in the region. The rebel group has existed since 1985.", "troops", [9000]),
    ("The rebels have 400 fighters. The group's budget has grown to $1,500.", "troops", [400]),
])
def test_a_quoted_vague_loss_taken_hostage_still_missing_armed_members_and_a_group_has_n(text, kind, expected):
    assert sorted(values_of(text, kind, date(2024, 5, 17)), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize("text, kind, expected", [
    ("Rebels killed dozens of mercenaries. The Wagner group, which has had about 1,500 men in the country, "
     "did not comment.", "troops", [1500]),
    ("Bloggers put the toll at more than 80 Wagner personnel.", "casualties", [80]),
    ("The army and allied militias in the province number tens of thousands.", "troops", [(20000, 99999)]),
    # decoys
    ("The Smith group, which has had about 1,500 men on its payroll, reported results.", "troops", []),
    ("The militias in the province chose the number 7 as their emblem.", "troops", []),
    ("Armed forces day drew crowds; the pages number 40 in all.", "troops", []),
])
def test_a_named_group_which_has_had_men_a_toll_with_its_noun_and_forces_that_number_n(text, kind, expected):
    assert sorted(values_of(text, kind, date(2024, 7, 28)), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize("text, kind, expected", [
    ("France had 900 troops in Chad. The 400 who were based in Abeche flew home.", "troops", [900, 400]),
    ("It keeps 2,000 troops in Djibouti but plans to cut those to a few hundred.", "troops", [2000, (200, 500)]),
    # decoys: no troops counted in the article before
    ("The 400 who were based in the old office moved to Leeds.", "troops", []),
    ("France had 900 troops in Chad. The 2019 who were based ...", "troops", [900]),
])
def test_the_n_who_were_based_and_cut_those_to_a_vague_count(text, kind, expected):
    assert sorted(values_of(text, kind, date(2023, 12, 22)), key=str) == sorted(expected, key=str)


def test_a_weekday_span_ends_after_it_starts():
    text = "The strike runs from 4 a.m. Wednesday to 7:10 a.m. Thursday, the union said."
    vals = [(t.text, t.value) for t in find_timexes(text, date(2024, 2, 7))]
    assert ("7:10 a.m. Thursday", "2024-02-08T07:10") in vals
    past = "The plant was shut from Monday until Wednesday, the company said."
    assert [t.value for t in find_timexes(past, date(2024, 2, 9))] == ["2024-02-05", "2024-02-07"]


@pytest.mark.parametrize("text, expected", [
    ("The army has 5,000 troops in the north. Another 1,200 are in the south.", [5000, 1200]),
    ("Kenya sent 1,000 police and soldiers. Benin pledged 2,000, and Chad 500.", [1000, 2000, 500]),
    ("The U.S. had 2,500 troops in Iraq in 2021. By 2024 the figure was about 2,000.", [2500, 2000]),
    ("NATO has 40,000 troops in the east. Poland hosts about 10,000 now.", [40000, 10000]),
    ("The unit has 500 soldiers; 30 of them are women.", [500]),  # a part described, not a count
    ("The brigade has 4,800 soldiers. About 400 arrived last week.", [4800, 400]),
    # decoys: a bare number after a troop count that counts something else
    ("The army has 5,000 troops. The score was 2-1, with 40,000 fans watching.", [5000]),
    ("The army has 5,000 troops. Air Base 201 is in Agadez.", [5000]),
    ("The army has 5,000 troops. The missiles landed at around 1:50 p.m.", [5000]),
    ("The army has 5,000 troops. Goma, a city of about 2 million, lies on the border.", [5000]),
    ("The army has 5,000 troops, though tens of thousands were lost in the war.", [5000]),
    ("The army has 5,000 troops. It lost 300, and 12 were wounded.", [5000]),
    ("The army has 5,000 troops. It has 3 in the capital.", [5000]),
])
def test_a_bare_count_right_after_a_troop_count_restates_troops(text, expected):
    assert sorted(v for v in values_of(text, "troops", date(2024, 5, 1))) == sorted(expected)


@pytest.mark.parametrize("text, kind, expected", [
    ("A bomb killed 12 soldiers last month, and two more died in hospital.", "casualties", [12, 2]),
    ("The army lost more than 3,000 killed last year.", "casualties", [3000]),
    ("The army will deploy 8,000 soldiers. About 2,000 are already there, and 1,000 more will arrive in May.",
     "troops", [8000, 2000, 1000]),
    # decoys
    ("The firm hired 300 staff, and 200 more will arrive in May.", "troops", []),
    ("Two more died of old age.", "casualties", []),
])
def test_two_more_died_lost_n_killed_and_n_more_after_the_sentence_before(text, kind, expected):
    assert sorted(values_of(text, kind, date(2024, 12, 11)), key=str) == sorted(expected, key=str)


def test_a_clock_time_joins_its_calendar_day_and_a_past_open_until_is_past():
    vals = [(t.text, t.value) for t in find_timexes("The quake struck at 4:17 a.m. on Feb. 6 near Gaziantep.",
                                                    date(2023, 2, 18))]
    assert vals == [("4:17 a.m. on Feb. 6", "2023-02-06T04:17")]
    vals = [(t.text, t.value) for t in find_timexes("The plant shut at 6 a.m. ten days before.", date(2023, 2, 18))]
    assert [v for _, v in vals] == ["2023-02-08T06:00", "2023-02-08"]  # a counted day stays apart
    text = "Aid has been slowed by fighting; only one crossing was open until Feb. 13."
    assert [t.value for t in find_timexes(text, date(2023, 2, 18))] == ["2023-02-13"]
    assert [t.value for t in find_timexes("The crossing is open until Feb. 20.", date(2023, 2, 18))] == ["2023-02-20"]


def test_a_toll_part_told_by_its_year_and_a_quarter_of_a_game():
    text = "More than 900 peacekeepers have been killed since 1948, including 45 last year."
    assert sorted(values_of(text, "casualties", date(2025, 10, 9))) == [45, 900]
    text = "More than 900 peacekeepers have served since 1948, including 45 last year."
    assert values_of(text, "casualties", date(2025, 10, 9)) == []
    game = "The Chiefs came back from a 10-point deficit in the fourth quarter to win 30-27."
    assert find_timexes(game, date(2025, 1, 27)) == []
    biz = "The company cut its deficit in the fourth quarter, it said."
    assert [t.value for t in find_timexes(biz, date(2025, 1, 27))] == ["2024-Q4"]


@pytest.mark.parametrize("text, kind, expected", [
    ("A further 1,000-plus soldiers will be held at readiness.", "troops", [1000]),
    ("The attackers, thought to number four to six, fled into the forest.", "troops", [(4, 6)]),
    ("Government forces killed 14 insurgents and lost four of their own.", "casualties", [14, 4]),
    # decoys
    ("The firm lost four of its own clients.", "casualties", []),
    ("Its 1,000-plus branches will stay open.", "troops", []),
])
def test_n_plus_soldiers_attackers_thought_to_number_a_range_and_lost_n_of_their_own(text, kind, expected):
    assert sorted(values_of(text, kind, date(2021, 8, 8)), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize("text, kind, expected", [
    ("A task force of 2,000 Chadian and 1,500 Nigerien soldiers set off.", "troops", [2000, 1500]),
    ("The bodies of 12 soldiers were found after the ambush.", "casualties", [12]),
    ("The bodies of 12 soldiers were found after the ambush.", "troops", []),
    ("The U.S. has 56,000 troops in Iraq. That number will fall to 50,000 by the end of the month.", "troops",
     [56000, 50000]),
    # decoys
    ("The bodies of water cover 2,000 square km.", "casualties", []),
    ("Between 2,000 British and 1,500 French tourists arrived.", "troops", []),
])
def test_a_shared_noun_after_two_counts_bodies_of_n_and_a_number_that_will_fall(text, kind, expected):
    assert sorted(values_of(text, kind, date(2024, 11, 11)), key=str) == sorted(expected, key=str)


def test_a_range_the_number_of_militants_was_between_spans_only_its_numbers():
    facts = facts_of("Al-Shabab militants, who number between 7,000 and 12,000, have retaken several towns.", "troops",
                     date(2025, 1, 1))
    assert [(f.text, f.attrs.get("min"), f.attrs.get("max")) for f in facts] == [("between 7,000 and 12,000", 7000, 12000)]


def test_a_timetable_in_the_present_is_the_reference_day_and_a_participle_clock_is_past():
    from desktop_app.core.timex import date_facts
    text = ("Voting began on Thursday. Bombings on Wednesday killed 28 people. Polls close at 5 p.m., with results "
            "expected by Friday morning. Mobile services, cut at 8 a.m., will be restored after counting ends.")
    sents = split_sentences([text])
    vals = {f.text: f.value for f in date_facts(sents, date(2024, 2, 8))}
    assert vals["5 p.m."] == "2024-02-08T17:00"
    assert vals["8 a.m."] == "2024-02-08T08:00"


def test_a_gang_coalition_whose_members_are_estimated_at_n():
    text = "The Viv Ansanm gang coalition, whose members are estimated at 12,000, controls the capital."
    assert values_of(text, "troops", date(2025, 4, 1)) == [12000]
    text = "The retail group, whose members are estimated at 12,000 shops, met on Friday."
    assert values_of(text, "troops", date(2025, 4, 1)) == []


def test_an_events_day_lends_to_a_later_clock_and_a_month_after_and():
    from desktop_app.core.timex import date_facts
    text = ("Soldiers will guard the opening ceremony of the Olympics on Friday. Roads close from Thursday evening. "
            "Drones are banned during the ceremony, which begins at 7:30 p.m.")
    vals = {f.text: f.value for f in date_facts(split_sentences([text]), date(2024, 7, 23))}
    assert vals["7:30 p.m."] == "2024-07-26T19:30"
    vals = [(t.text, t.value) for t in find_timexes("Gangs killed 1,617 people between January and March.",
                                                    date(2025, 4, 1))]
    assert vals == [("January", "2025-01"), ("March", "2025-03")]
    assert find_timexes("They will march on the capital.", date(2025, 4, 1)) == []


@pytest.mark.parametrize("text, kind, expected", [
    ("The council kept the troop ceiling at 17,000.", "troops", [17000]),
    ("Half a dozen soldiers were wounded on Saturday.", "casualties", [6]),
    ("The junta has recruited tens of thousands of volunteers to fight alongside the army.", "troops", [(20000, 99999)]),
    # decoys
    ("The charity recruited tens of thousands of volunteers for the census.", "troops", []),
    ("Half a dozen eggs were broken.", "casualties", []),
])
def test_a_troop_ceiling_half_a_dozen_and_vague_recruited_volunteers(text, kind, expected):
    assert sorted(values_of(text, kind, date(2025, 5, 1)), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize("text, kind, expected", [
    ("The toll rose to 3,085, with 4,715 people injured and 341 still missing.", "casualties", [3085, 4715, 341]),
    ("At least 460 patients and companions were killed at the hospital.", "casualties", [460]),
    # decoys
    ("It has 4,715 beds and 341 still missing from the inventory.", "casualties", []),
    ("At least 460 tanks and trucks were destroyed.", "casualties", []),
])
def test_and_n_still_missing_and_two_plural_nouns_before_the_verb(text, kind, expected):
    assert sorted(values_of(text, kind, date(2025, 4, 3)), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize("text, kind, expected", [
    ("AU peacekeepers handed over 13 bases as the mission reduces its strength from 19,000 to about 12,600.", "troops",
     [19000, 12600]),
    ("France has about 4,000 soldiers in Mali. Some 2,000 of them are now in the far north.", "troops", [4000, 2000]),
    ("The sides swapped prisoners. In all, 270 servicemen and 120 civilians came home on Friday.", "troops", []),
    ("Kyiv says Russia holds about 8,000 Ukrainian prisoners of war.", "casualties", [8000]),
    ("Six construction workers filling potholes on the bridge were missing.", "casualties", [6]),
    # decoys
    ("The company reduced its strength from 1,900 to about 1,200 staff.", "troops", []),
    ("The unit has 500 soldiers. Some 30 of them are women.", "troops", [500]),
    ("The museum holds about 8,000 paintings.", "casualties", []),
])
def test_a_strength_reduced_n_of_them_placed_prisoners_home_pows_held_and_a_participle_before_the_verb(text, kind, expected):
    assert sorted(values_of(text, kind, date(2025, 5, 23)), key=str) == sorted(expected, key=str)


def test_a_bare_count_takes_the_count_just_before_it_and_overnight_on_a_weekday():
    text = "North Korea has about 1.2 million soldiers; South Korea has around 500,000, backed by 28,500 U.S. troops."
    assert sorted(values_of(text, "troops", date(2025, 8, 19))) == [28500, 500000, 1200000]
    text = "The storm killed 12 people; the city has around 500,000, backed by 2,000 troops."
    assert values_of(text, "troops", date(2025, 8, 19)) == [2000]
    vals = [(t.text, t.value) for t in find_timexes("Floods swept the town overnight on Thursday, killing 151 people.",
                                                    date(2025, 5, 31))]
    assert vals == [("overnight on Thursday", "2025-05-29")]


def test_that_year_is_the_year_named_before_it_and_a_peak_of_n_that_year():
    text = ("The number of U.S. troops in Europe rose from about 64,000 before the invasion in February 2022 "
            "to a peak of more than 100,000 that year.")
    assert sorted(values_of(text, "troops", date(2025, 10, 30))) == [64000, 100000]
    vals = [(t.text, t.value) for t in find_timexes(text, date(2025, 10, 30))]
    assert ("that year", "2022") in vals
    assert find_timexes("He said that year was hard.", date(2025, 10, 30)) == []


def test_attackers_numbered_a_vague_count_and_a_day_of_last_year():
    text = "Officials said the attackers, who came on boats, numbered several hundred and made off with weapons."
    assert values_of(text, "troops", date(2024, 10, 28)) == [(200, 900)]
    vals = [(t.text, t.value) for t in find_timexes("The ceasefire took effect on Nov. 27 last year.", date(2025, 11, 23))]
    assert vals == [("Nov. 27 last year", "2024-11-27")]
    vals = [(t.text, t.value) for t in find_timexes("It ends on 3 March next year.", date(2025, 11, 23))]
    assert vals == [("3 March next year", "2026-03-03")]


@pytest.mark.parametrize("text, kind, expected", [
    ("A civilian militia the junta has expanded to about 90,000 members patrols the north.", "troops", [90000]),
    ("A battalion that should have about 500 men now has fewer than 200 able to fight.", "troops", [500, 200]),
    ("The war goes on, and Kyiv has mobilized tens of thousands of men since April.", "troops", [(20000, 99999)]),
    ("Violence killed 26,000 people since 2015, including about 8,400 in the first six months of this year.",
     "casualties", [26000, 8400]),
    # decoys
    ("The club has expanded to about 9,000 members.", "troops", []),
    ("The firm has mobilized thousands of men and women for the census.", "troops", []),
])
def test_a_militia_expanded_to_n_members_n_able_to_fight_mobilized_men_and_a_part_of_a_toll_by_period(text, kind, expected):
    assert sorted(values_of(text, kind, date(2024, 8, 13)), key=str) == sorted(expected, key=str)


def test_the_first_six_months_a_counterfactual_past_and_shut_down_in_january():
    ref = date(2024, 11, 15)
    assert [t.value for t in find_timexes("It happened in the first six months of this year.", ref)] == ["2024-H1"]
    assert [t.value for t in find_timexes("Without them, we would have been overrun in September.", ref)] == ["2024-09"]
    text = "The mine, which supplied coal to the steel industry, shut down in January after the front came closer."
    assert [t.value for t in find_timexes(text, ref)] == ["2024-01"]
    assert [t.value for t in find_timexes("The talks would resume in January.", ref)] == ["2025-01"]


@pytest.mark.parametrize("text, expected", [
    ("The Islamist fighters who seized the north last spring, an alliance of three groups that have fought the army "
     "for a decade, are believed to number between 3,000 and 4,000.", [(3000, 4000)]),
    ("Officials in Paris said the French deployment would soon reach 2,500.", [2500]),
    ("France has 800 soldiers there. The rebels lost between 30 and 40.", [800]),  # a part of a range is no count
])
def test_a_force_believed_to_number_a_range_and_a_deployment_that_would_reach_n(text, expected):
    assert sorted(values_of(text, "troops", date(2013, 1, 17)), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize("text, kind, expected", [
    ("NATO allies, who have about 42,000 troops there, are expected to contribute 5,000 to 7,000 more.", "troops",
     [42000, (5000, 7000)]),
    ("The Taliban, which had only a few thousand fighters in 2001, is now estimated by military intelligence officials "
     "to have 25,000 or more.", "troops", [(2000, 5000), 25000]),
    ("This year has been the deadliest, with 300 killed so far, compared with 155 in all of 2008.", "casualties",
     [300, 155]),
    # decoys
    ("Sales rose to 300, compared with 155 in 2008.", "casualties", []),
    ("The museum is thought to have 25,000 or more.", "troops", []),
])
def test_a_range_of_more_n_or_more_estimated_by_officials_and_a_toll_compared_with_another(text, kind, expected):
    assert sorted(values_of(text, kind, date(2009, 12, 2)), key=str) == sorted(expected, key=str)


def test_a_past_when_clause_and_the_first_three_months():
    ref = date(2009, 12, 2)
    text = "The buildup will bring troops to about 100,000, triple the level when Mr. Obama took office in January."
    assert [t.value for t in find_timexes(text, ref)] == ["2009-01"]
    assert [t.value for t in find_timexes("The troops will leave when the talks end in January.", ref)] == ["2010-01"]
    assert [t.value for t in find_timexes("It fell in the first three months of this year.", ref)] == ["2009-Q1"]


@pytest.mark.parametrize("text, expected", [
    ("The toll passed 36,000, with more than 31,600 dead in Turkey and over 4,500 in Syria.", [36000, 31600, 4500]),
    ("Yagi earlier killed 21 people in the Philippines and four in China.", [21, 4]),
    # decoy: a count far from the toll, or no toll at all
    ("Yagi killed 21 people in the Philippines, destroyed farms, flattened whole villages, and 40 in China were closed.",
     [21]),
    ("The firm sold 300 cars in Spain and 400 in France.", []),
])
def test_the_same_toll_in_another_place_after_and(text, expected):
    assert sorted(values_of(text, "casualties", date(2023, 2, 13))) == sorted(expected)


@pytest.mark.parametrize("text, kind, expected", [
    ("Some 4,000 Kurdish pesh merga joined the assault.", "troops", [4000]),
    ("Officials warned that the death toll from weeks of rain, already more than 1,130, would rise.", "casualties",
     [1130]),
    ("The toll is already 40.", "casualties", [40]),
])
def test_pesh_merga_and_a_toll_already_at_n(text, kind, expected):
    assert values_of(text, kind, date(2022, 8, 30)) == expected


def test_people_who_remain_unaccounted_for():
    assert values_of("Roughly 1,000 people remained unaccounted for.", "casualties", date(2023, 8, 12)) == [1000]
    assert values_of("Roughly 1,000 people remained in shelters.", "casualties", date(2023, 8, 12)) == []


def test_and_n_reported_missing_after_a_toll():
    text = "At least 178 people have been killed and more than 200 reported missing since the war began."
    assert sorted(values_of(text, "casualties", date(2024, 10, 14))) == [178, 200]


@pytest.mark.parametrize("text, kind, expected", [
    ("He said his forces had killed 2,000 to 3,000 Islamist fighters and wounded 3,000 to 4,000.", "casualties",
     [(2000, 3000), (3000, 4000)]),
    ("He said his forces had killed 2,000 to 3,000 Islamist fighters and wounded 3,000 to 4,000.", "troops", []),
    # decoy: a rate, not a range of people
    ("The plant killed 20 to 30 percent of the weeds.", "casualties", []),
])
def test_a_range_after_the_casualty_verb(text, kind, expected):
    assert sorted(values_of(text, kind, date(2006, 12, 28)), key=str) == sorted(expected, key=str)


def test_a_bare_range_after_a_troop_count_a_gapped_count_after_a_country_and_a_day_at_a_clock():
    text = ("Britain and France have discussed a force of 10,000 to 30,000 troops, far fewer than the 100,000 to "
            "150,000 that officials say would be needed.")
    assert sorted(values_of(text, "troops", date(2025, 3, 11)), key=str) == sorted([(10000, 30000), (100000, 150000)], key=str)
    text = "India has about 1.46 million active-duty troops, Pakistan about 650,000."
    assert sorted(values_of(text, "troops", date(2025, 3, 11))) == [650000, 1460000]
    text = "Kyiv has 880,000 troops and is offering contracts to men aged 18 to 24."
    assert values_of(text, "troops", date(2025, 3, 11)) == [880000]
    vals = [(t.text, t.value) for t in find_timexes("The chiefs will speak again on Monday at noon.", date(2025, 5, 10))]
    assert vals == [("Monday at noon", "2025-05-12T12:00")]


def test_a_bare_count_before_by():
    text = "The AU force, which had about 22,000 troops at its peak, is due to cut another 3,000 by the end of the year."
    assert sorted(values_of(text, "troops", date(2023, 10, 1))) == [3000, 22000]
    text = "The army has 9,000 troops; sales rose 3,000 by March."
    assert values_of(text, "troops", date(2023, 10, 1)) == [9000]


def test_a_forecast_looks_ahead():
    ref = date(2025, 3, 15)
    vals = [t.value for t in find_timexes("Forecasters warned of more severe storms in the Southeast on Sunday.", ref)]
    assert vals == ["2025-03-16"]
    vals = [t.value for t in find_timexes("Forecasters said the storm hit the coast on Sunday.", ref)]
    assert vals == ["2025-03-09"]


@pytest.mark.parametrize("text, kind, expected", [
    ("Ukraine now says it has about 700,000 people under arms.", "troops", [700000]),
    ("He left after two of his aides were shot dead in Maputo.", "casualties", [2]),
    ("A raid killed a senior leader and two of his aides.", "casualties", [2]),
    # decoy
    ("Two of his aides were promoted.", "casualties", []),
])
def test_people_under_arms_and_two_of_his_aides_shot_dead(text, kind, expected):
    assert values_of(text, kind, date(2024, 11, 7)) == expected


@pytest.mark.parametrize("text, kind, expected", [
    ("Lithuania has about 23,000 troops, Latvia about 7,000 and Estonia roughly 7,700.", "troops", [7000, 7700, 23000]),
    ("The envoy said as many as 150,000 people may have died in the war.", "casualties", [150000]),
    # decoys
    ("Lithuania has about 23,000 troops and spent 2,000 and 3,000 euros.", "troops", [23000]),
    ("As many as 150,000 people may have voted.", "casualties", []),
])
def test_a_gapped_count_before_and_and_may_have_died(text, kind, expected):
    assert sorted(values_of(text, kind, date(2025, 9, 15))) == sorted(expected)


@pytest.mark.parametrize("text, kind, expected", [
    ('"We were 120 when we started," said Serhiy, 41, who commands a rifle company. "Now there are 47 of us."',
     "troops", [47, 120]),
    ("The company got 11 new soldiers, all older than 40.", "troops", [11]),
    ("Of the 73 men missing from the roster, 19 were killed.", "casualties", [19]),
    # decoys
    ('"We were 120 when we started," said the choir leader.', "troops", []),
])
def test_a_unit_counting_itself_an_age_and_missing_from_the_roster(text, kind, expected):
    assert sorted(values_of(text, kind, date(2024, 9, 20))) == sorted(expected)


@pytest.mark.parametrize("text, kind, expected", [
    ("Some 156,000 American, British, Canadian and other Allied troops landed on five beaches.", "troops", [156000]),
    ("Allied casualties over the campaign exceeded 200,000.", "casualties", [200000]),
    ("German losses were estimated at 240,000 killed and wounded and 200,000 captured.", "casualties", [240000, 200000]),
    # decoys
    ("Allied casualties were light.", "casualties", []),
    ("Sales were estimated at 240,000 units.", "casualties", []),
])
def test_a_list_of_nationalities_a_sides_casualties_exceeded_and_estimated_at_n_killed(text, kind, expected):
    assert sorted(values_of(text, kind, date(2024, 6, 6))) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("Some 40k troops massed at the border.", [40000]),
    ("The force of 2.5m troops is huge.", [2500000]),  # not "2"
    ("A 10m wall stood near 300 soldiers.", [300]),
])
def test_headline_style_short_scales(text, expected):
    assert values_of(text, "troops", date(2025, 9, 3)) == expected


def test_a_ten_metre_wall_is_still_ten_metres():
    facts = [f for f in extract_facts(split_sentences(["A 10m wall stood 5 km away."]), date(2025, 9, 3)) if f.kind == "distance"]
    assert [(f.text, f.attrs["km"]) for f in facts] == [("10m", 0.01), ("5 km", 5.0)]


@pytest.mark.parametrize("text, expected", [
    ("The militia claims 10,000 members.", []),  # a claim, kept out as the fact table decided
    ("The mission's authorized strength is 15,000.", [15000]),
    ("The U.S. military presence in Niger, once 1,100 strong, is gone.", [1100]),
    # decoys
    ("The club claims 10,000 members.", []),
    ("Its full strength is 15 players.", []),
])
def test_an_authorized_strength_and_a_presence_n_strong(text, expected):
    assert values_of(text, "troops", date(2025, 9, 3)) == expected


def test_midnight_on_a_weekday_ends_it_a_schedule_in_the_present_looks_ahead_and_two_days_off():
    ref = date(2025, 5, 14)
    assert [(t.text, t.value) for t in find_timexes("The ceasefire expires at midnight on Friday.", ref)] == [
        ("midnight on Friday", "2025-05-16T24:00")]
    text = "The restrictions, announced in a televised address, take effect at midnight on Friday."
    assert [t.value for t in find_timexes(text, date(2020, 3, 12))] == ["2020-03-13T24:00"]
    assert [t.value for t in find_timexes("He was arrested the day before yesterday.", ref)] == ["2025-05-12"]
    assert [t.value for t in find_timexes("The talks resume the day after tomorrow.", ref)] == ["2025-05-16"]


@pytest.mark.parametrize("text, expected", [
    ("It was a force that at its height reached 140,000.", [140000]),
    ("Its force will swell to 20,000 by spring.", [20000]),
    ("The peacekeepers, 12,000 in all, come from 40 countries.", [12000]),
    ("France's troops there, numbering 5,100 at their peak, are gone.", [5100]),
    # decoys
    ("The index that reached 140,000 points fell.", []),
    ("The sales force will swell to 2,000 by spring.", []),
    ("The company's sales, 12,000 in all, rose.", []),
])
def test_a_force_that_reached_n_will_swell_to_n_n_in_all_and_troops_there_numbering(text, expected):
    assert values_of(text, "troops", date(2025, 9, 16)) == expected


def test_a_count_of_other_people_after_a_troop_count_is_no_troop_count():
    text = ("Texas would send another 1,000 National Guard soldiers, bringing the deployment to about 10,000, as the "
            "number of migrants crossing illegally reached a record of more than 250,000 in December.")
    assert sorted(values_of(text, "troops", date(2024, 1, 10))) == [1000, 10000]


@pytest.mark.parametrize("text, kind, expected", [
    ("The war killed hundreds of thousands of people, by some estimates as many as 600,000.", "casualties",
     [(200000, 999999), 600000]),
    ("The group has about 5,000 fighters, perhaps 8,000.", "troops", [5000, 8000]),
    # decoy
    ("Sales reached 5,000 units, perhaps 8,000.", "troops", []),
])
def test_another_estimate_after_a_count(text, kind, expected):
    assert sorted(values_of(text, kind, date(2023, 8, 4)), key=str) == sorted(expected, key=str)


def test_figures_for_march_is_a_month():
    vals = [t.value for t in find_timexes("It is the fourth-largest contributor, according to U.N. figures for March.",
                                          date(2024, 4, 5))]
    assert vals == ["2024-03"]
    assert find_timexes("They voted for May as leader.", date(2024, 4, 5)) == []


def test_the_same_period_is_fiscal_only_in_money_talk():
    text = "Togo has lost at least 40 soldiers since 2022, and Benin's army has suffered more than 100 deaths in the same period."
    assert [t.text for t in find_timexes(text, date(2025, 6, 12))] == ["2022"]
    text = "Third-quarter profit rose 10% from the same period a year earlier."
    assert "same period" in [t.text for t in find_timexes(text, date(2025, 10, 30))]


def test_and_about_n_were_still_missing():
    text = "More than 12,200 people were injured and about 344 were still missing."
    assert sorted(values_of(text, "casualties", date(2021, 8, 18))) == [344, 12200]


def test_and_allied_factions_several_thousand_more():
    text = "The group is estimated to have about 30,000 fighters, and allied factions several thousand more."
    assert sorted(values_of(text, "troops", date(2024, 12, 8)), key=str) == sorted([30000, (2000, 9000)], key=str)
    assert values_of("Sales rose to 300 units, and exports several thousand more.", "troops", date(2024, 12, 8)) == []


def test_a_quoted_vague_toll_after_killed():
    facts = facts_of('The army said it had killed "several dozen terrorists" in the counterattack.', "casualties",
                     date(2025, 6, 2))
    assert [(f.text, f.attrs.get("min"), f.attrs.get("max")) for f in facts] == [
        ('killed "several dozen terrorists"', 24, 108)]


def test_a_named_armed_group_estimated_by_monitors_to_have_a_range_of_members():
    text = ("The Islamic State's Afghan branch is estimated by U.N. monitors to have between 4,000 and 6,000 members, "
            "down from a peak of about 8,500 in 2016.")
    assert sorted(values_of(text, "troops", date(2023, 3, 27)), key=str) == sorted([(4000, 6000), 8500], key=str)
    text = "The club is estimated by U.N. monitors to have between 4,000 and 6,000 members."
    assert values_of(text, "troops", date(2023, 3, 27)) == []


@pytest.mark.parametrize("text, expected", [
    ("About 300 M23 fighters withdrew from the town.", [300]),
    ("The rebels, who number about 8,000 themselves, hold Goma.", [8000]),
    # decoys: aircraft
    ("The air force bought 40 F-16 fighters.", []),
    ("It flew 12 Su35 fighters over the sea.", []),
])
def test_m23_fighters_are_people_and_a_force_that_numbers_n_themselves(text, expected):
    assert values_of(text, "troops", date(2025, 4, 4)) == expected


def test_a_year_inside_a_name_is_no_date():
    ref = date(2024, 1, 24)
    assert find_timexes("The exercise, Steadfast Defender 2024, began on Wednesday.", ref)[0].text == "Wednesday"
    assert [t.value for t in find_timexes("Prices rose in January 2023.", ref)] == ["2023-01"]
    assert [t.value for t in find_timexes("He was born in New York 1950.", ref)] == ["1950"]


@pytest.mark.parametrize("text, expected", [
    ("Britain will shrink the number of its soldiers in Estonia this winter. The change will bring the force to about "
     "900, from roughly 1,700 today.", [900, 1700]),
    ("The ministry will reduce Dutch forces in Lithuania to 300, from 450 now.", [300, 450]),
    # decoys: a force that is no army, and no troops in sight
    ("The union met the bosses. The deal will bring the labour force to 5,000, from 6,000.", []),
    ("The change will bring the force to about 900.", []),
])
def test_a_force_brought_to_a_count_from_another_after_troops_are_named(text, expected):
    assert sorted(values_of(text, "troops", date(2025, 2, 3))) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("The militants, maybe 400 of them, crossed the river at dawn.", [400]),
    ("The guerrillas, about 2,500 of them, hold the hills.", [2500]),
    # decoys: no force
    ("The students, about 2,500 of them, hold the square.", []),
])
def test_a_force_counted_in_an_aside_of_them(text, expected):
    assert values_of(text, "troops", date(2025, 2, 3)) == expected


def test_a_capitalised_open_is_a_tournament_not_an_opening():
    ref = date(2025, 9, 6)
    assert [t.value for t in find_timexes("She lost the Australian Open final in January to a rival.", ref)] == ["2025-01"]
    assert [t.value for t in find_timexes("The new stadium opens in June.", ref)] == ["2026-06"]


@pytest.mark.parametrize("text, expected", [
    ("The division has suffered 4,000 killed and wounded since June.", [4000]),
    ("Officials said the rebels had sustained more than 200 dead in the fighting.", [200]),
    ("It lost its best men, which Kyiv puts at 700 killed a week.", [700]),
    # decoys: no casualty after the verb
    ("The club suffered 3 defeats in a row.", []),
    ("The firm sustained 40 losses of contracts.", []),
])
def test_a_toll_suffered_or_sustained(text, expected):
    assert values_of(text, "casualties", date(2025, 11, 2)) == expected


@pytest.mark.parametrize("text, expected", [
    ('"My company should have 150," said a lieutenant of the 47th Brigade. "We have perhaps 60 who can still fight."',
     [150, 60]),
    ("Their regiment used to have 1,200, an officer said.", [1200]),
    # decoys: a business, a hospital, a fire company
    ('"Our company has 500," said the chief executive. "We have maybe 120 who can code."', []),
    ('"We have 3 who are sick," the nurse said.', []),
    ("The fire company had 30 volunteers.", []),
])
def test_a_unit_counting_its_own_men(text, expected):
    assert values_of(text, "troops", date(2025, 11, 2)) == expected


@pytest.mark.parametrize("text, expected", [
    ("The National Guard, set up in 2019, has about 110,000 members.", [110000]),
    ("The gendarmerie, a militarised force under the interior ministry, has about 100,000 men.", [100000]),
    # decoys: a political force, a bare "force"
    ("The party, a political force created in 2019, has about 130,000 members.", []),
    ("The force has about 130,000 members.", []),
])
def test_a_guard_or_militarised_force_with_members(text, expected):
    assert values_of(text, "troops", date(2025, 2, 4)) == expected


def test_a_mandate_that_runs_until_a_month_looks_ahead():
    ref = date(2024, 11, 28)
    assert [t.value for t in find_timexes("Its mandate runs until August.", ref)] == ["2025-08"]
    assert [t.value for t in find_timexes("The truce lasted until August.", ref)] == ["2024-08"]


@pytest.mark.parametrize("text, expected", [
    ("The militia was blamed for the killing of dozens of villagers near Bunia.", [(24, 99)]),
    ("A court convicted him over the murder of 12 farmers.", [12]),
    ("The report describes the execution of three prisoners.", [3]),
    # decoys: animals, a count of other things
    ("The massacre of 40 cows angered farmers.", []),
    ("The killing of two birds with one stone is an idiom.", []),
])
def test_a_toll_named_by_a_noun_the_killing_of_n(text, expected):
    facts = facts_of(text, "casualties", date(2025, 3, 21))
    assert [f.value if f.value is not None else (f.attrs["min"], f.attrs["max"]) for f in facts] == expected
    assert all(f.attrs["outcome"] == "killed" for f in facts)


@pytest.mark.parametrize("text, expected", [
    ("British troop numbers in Estonia, now about 900, peaked at roughly 1,700 in 2023.", [900, 1700]),
    ("Chad has about 1,000 soldiers in Mali, and hundreds more stationed in Niger.", [1000, (200, 999)]),
    # decoys: numbers of other things after the aside
    ("Troop numbers in Estonia, now about 900, cost 40 million pounds.", [900]),
    ("Chad has about 1,000 soldiers in Mali, and hundreds more tanks.", [1000]),
])
def test_a_troop_level_with_an_aside_and_more_deployed_there(text, expected):
    assert sorted(values_of(text, "troops", date(2025, 10, 29)), key=str) == sorted(expected, key=str)


def test_next_years_event_on_a_day_is_next_year():
    ref = date(2025, 12, 7)
    assert [t.value for t in find_timexes("Next year's race will be held on Dec. 6.", ref)] == ["2026", "2026-12-06"]
    assert [t.value for t in find_timexes("Last year's race was held on Dec. 1.", ref)] == ["2024", "2024-12-01"]
    assert [t.value for t in find_timexes("The race was held on Dec. 1.", ref)] == ["2025-12-01"]


@pytest.mark.parametrize("text, expected", [
    ("The war has pressed about 80,000 men into uniform.", [80000]),
    ("Experts put the rebels' strength at 5,000 to 7,000.", [(5000, 7000)]),
    ("Analysts estimated the army's strength at about 90,000, perhaps 60,000, though many are on paper only.",
     [60000, 90000]),
    ("Of the 900 passengers, no more than 200 were combat troops.", [200]),
    ("The ministry has called up 20,000 reservists, in batches of about 2,000 a month.", [2000, 20000]),
    ("He said 50,000 militia volunteers stood ready.", [50000]),
    # decoys: the same shapes about other things
    ("The club put the team's strength at 25 players.", []),
    ("Economists estimated the economy's size at 400 billion dollars.", []),
    ("The war has pressed about 80,000 people into poverty.", []),
    ("No more than 200 were combat aircraft.", []),
])
def test_strength_estimates_and_counts_said_to_be_troops(text, expected):
    assert sorted(values_of(text, "troops", date(2025, 10, 28)), key=str) == sorted(expected, key=str)


def test_a_24_hour_clock_joins_its_weekday():
    ref = date(2025, 10, 14)
    found = find_timexes("The walkout will begin at 00:01 on Thursday and end at 23:59 on Friday.", ref)
    assert [(t.text, t.value) for t in found] == [("00:01 on Thursday", "2025-10-16T00:01"),
                                                  ("23:59 on Friday", "2025-10-17T23:59")]
    # a score is no clock
    assert [t.text for t in find_timexes("They won 2-1 on Thursday.", ref)] == ["Thursday"]


@pytest.mark.parametrize("text, expected", [
    ("The branch, known as Islamic State Sahel, has an estimated 1,000 to 3,000 members, U.N. experts say.", [(1000, 3000)]),
    ("Boko Haram has been weakened by infighting. The group has about 3,000 members left.", [3000]),
    # decoys: bodies that are no armed force, a group without fighting context
    ("Hezbollah's parliamentary bloc has 13 members.", []),
    ("The Taliban cabinet has 30 members.", []),
    ("The group has an estimated 2,000 to 4,000 members.", []),
])
def test_an_armed_groups_members(text, expected):
    assert values_of(text, "troops", date(2024, 12, 11)) == expected


@pytest.mark.parametrize("text, kind, expected", [
    ("The army has about 200,000 people in uniform, of whom roughly 60,000 serve in combat units.", "troops", [60000, 200000]),
    ("Officials put Iraqi casualties at more than 2,000 killed and wounded; Syria's are believed to be about 900.",
     "casualties", [900, 2000]),
    ("The group is believed to have lost 3,000 fighters in the siege. At the start of the war, it had about 40,000 men.",
     "troops", [40000]),
    # decoys: a count of other things after "of whom", a possessive with no count before it, men of no force
    ("The army has 200,000 soldiers, of whom 60,000 tanks are old.", "troops", [200000]),
    ("Sales fell; Germany's are believed to be about 900.", "casualties", []),
    ("The firm hired staff last year. At the start, it had about 40 men.", "troops", []),
])
def test_parts_other_sides_and_a_force_named_before(text, kind, expected):
    assert sorted(values_of(text, kind, date(2025, 11, 22))) == expected


def test_according_to_a_source_dates_the_source_not_the_plan():
    ref = date(2025, 11, 22)
    found = find_timexes("A plan would limit the army, according to a copy reviewed by reporters on Friday.", ref)
    assert [t.value for t in found] == ["2025-11-21"]
    assert [t.value for t in find_timexes("The talks will resume on Friday.", ref)] == ["2025-11-28"]


@pytest.mark.parametrize("text, expected", [
    ("American service members in Syria will be consolidated. The plan leaves the force at fewer than 1,000, officials said.",
     [1000]),
    ("Kenyan troops have been in Somalia since 2011; at their height there were about 4,000.", [4000]),
    ("Soldiers were everywhere; officials said about 5,000 had arrived by Friday.", [5000]),
    # decoys: places, other people, jobs and money near a force
    ("The city of about 2 million has no soldiers.", []),
    ("The soldiers rescued about 300 residents, and about 200 were evacuated.", []),
    ("Troops guarded the plant, which employs about 4,000.", []),
    ("The soldiers' pay rose to about 900, the ministry said.", []),
])
def test_an_approximate_count_alone_in_a_sentence_about_a_force(text, expected):
    assert values_of(text, "troops", date(2025, 4, 18)) == expected


@pytest.mark.parametrize("text, kind, expected", [
    ("Turkish military advisers, perhaps 300, arrived in the capital last month.", "troops", [300]),
    ("The party's armed wing, which diplomats estimate at 5,000 to 7,000 men, holds the port.", "troops", [(5000, 7000)]),
    ("At least 40 people were killed, among them 12 soldiers from the garrison.", "casualties", [12, 40]),
    # decoys: other people set off by commas, an estimate of something else
    ("The students, perhaps 300, marched to the square.", "troops", []),
    ("The party's wing, which analysts estimate at 5,000 members, is small.", "troops", []),
])
def test_apposed_sizes_active_estimates_and_troops_among_the_dead(text, kind, expected):
    assert sorted(values_of(text, kind, date(2025, 12, 5)), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize("text, kind, expected", [
    ("The raiders, estimated by witnesses at 300 or more, fled north.", "troops", [300]),
    ("An officer put the brigade's losses at about 90 dead.", "casualties", [90]),
    # decoys: an estimate of something else, losses in money
    ("The crowd, estimated by police at 3,000, marched north.", "troops", []),
    ("Analysts put the bank's losses at 90 million dollars.", "casualties", []),
])
def test_an_estimate_with_its_source_and_a_units_losses(text, kind, expected):
    assert values_of(text, kind, date(2025, 5, 14)) == expected


def test_ranks_put_in_the_tens_of_thousands():
    text = "The rebels, whose ranks analysts put in the tens of thousands, hold the north."
    assert values_of(text, "troops", date(2025, 3, 17)) == [(20000, 99999)]
    assert values_of("The fans, whose ranks organisers put in the tens of thousands, sang.", "troops", date(2025, 3, 17)) == []


def test_a_deadline_on_a_weekday_is_ahead_unless_it_passed():
    ref = date(2024, 6, 26)
    ahead = find_timexes("He did not say whether he would sign the bill before the deadline on Sunday.", ref)
    assert [t.value for t in ahead] == ["2024-06-30"]
    assert [t.value for t in find_timexes("They missed the deadline on Sunday.", ref)] == ["2024-06-23"]
    assert [t.value for t in find_timexes("The deadline on Sunday passed quietly.", ref)] == ["2024-06-23"]


@pytest.mark.parametrize("text, kind, expected", [
    ("About 300,000 Australians served in the war, and at the peak about 8,000 were there.", "troops", [8000, 300000]),
    ("The army crossed the river in May. Its strength eventually reached about 90,000.", "troops", [90000]),
    ('"Of my platoon of 40, maybe 12 came home," said a veteran who fought at Hue.', "troops", [40]),
    ("France sent about 2,000 at its peak; Belgium a battalion of about 600.", "troops", [600, 2000]),
    ("Official records put its dead at about 18,000.", "casualties", [18000]),
    ("Estimates of civilian deaths run to more than 50,000.", "casualties", [50000]),
    # decoys: tourists who travelled, a company of a firm, ages
    ("About 300,000 Australians travelled to Bali last year.", "troops", []),
    ("The firm is a company of 160 engineers.", "troops", []),
    ('The army has 4,000 troops there. "We were 19 and 20 years old," said Kim Dae-sik, 94.', "troops", [4000]),
])
def test_war_history_counts(text, kind, expected):
    assert sorted(values_of(text, kind, date(2025, 6, 26))) == expected


@pytest.mark.parametrize("text, expected", [
    ("The mission has about 4,000 troops. After riots last spring, the alliance sent 500 more.", [500, 4000]),
    # decoys: more of something else after a troop count
    ("The mission has about 4,000 troops. The ministry will buy 500 more.", [4000]),
    ("The army has 4,000 troops. It sent 500 more trucks.", [4000]),
])
def test_n_more_sent_after_a_troop_count_in_the_sentence_before(text, expected):
    assert sorted(values_of(text, "troops", date(2025, 9, 15))) == expected


@pytest.mark.parametrize("text, expected", [
    ("The RSF, which seized the town in May, has an estimated 3,000 men in the area.", [3000]),
    ("Kenya has about 24,000 troops and has deployed thousands along the border.", [24000, (2000, 9999)]),
    # decoys: men of no armed group, thousands of something else
    ("The club, which moved in May, has an estimated 3,000 men on its books.", []),
    ("The firm has deployed thousands along the coast.", []),
])
def test_a_named_armed_groups_men_and_vague_deployments(text, expected):
    assert sorted(values_of(text, "troops", date(2025, 11, 30)), key=str) == sorted(expected, key=str)


def test_dates_after_a_past_clause_a_month_of_that_year_and_a_weather_warning():
    ref = date(2025, 9, 4)
    found = find_timexes("The force is due to leave by the end of 2027 after the council voted in August to end it.", ref)
    assert [t.value for t in found] == ["2027", "2025-08"]
    found = find_timexes("The ceasefire that ended the 2024 war took effect in November of that year.", ref)
    assert [(t.text, t.value) for t in found] == [("2024", "2024"), ("November of that year", "2024-11")]
    found = find_timexes("The weather agency issued an orange warning for heavy rain on Sunday.", date(2024, 11, 2))
    assert [t.value for t in found] == ["2024-11-03"]


def test_a_unit_down_to_n_men_with_the_force_in_the_sentence_before():
    text = "The brigade should have about 3,000 soldiers. One platoon, officers said, is down to 11 men."
    assert sorted(values_of(text, "troops", date(2025, 11, 6))) == [11, 3000]
    assert values_of("The firm is in trouble. One company, they said, is down to 18 men.", "troops", date(2025, 11, 6)) == []


@pytest.mark.parametrize("text, expected", [
    ("The decree calls up 150,000 men aged 18 to 30 for military service.", [150000]),
    ("The junta mobilised 20,000 young men last year.", [20000]),
    # decoys: people called up for other things
    ("The club called up 20 players for the tour.", []),
    ("The court called up 300 jurors.", []),
])
def test_a_call_up_counts_men(text, expected):
    assert values_of(text, "troops", date(2025, 9, 29)) == expected


def test_a_day_span_ends_after_it_starts():
    ref = date(2025, 9, 29)
    found = find_timexes("The call-up runs from Oct. 1 to Dec. 31.", ref)
    assert [t.value for t in found] == ["2025-10-01", "2025-12-31"]
    found = find_timexes("The fair runs from Dec. 20 to Jan. 5.", ref)
    assert [t.value for t in found] == ["2025-12-20", "2026-01-05"]


@pytest.mark.parametrize("text, expected", [
    ("The raid left at least 40 people dead on Tuesday, including three police officers, officials said.", [3, 40]),
    ("Rescuers pulled dozens of bodies from the river.", [(24, 99)]),
    ("The monitor said 300 civilians had been killed, along with 45 members of the security forces and 60 gunmen.",
     [45, 60, 300]),
    # decoys: bodies of water, a list of other things after "along with"
    ("Dozens of bodies of water froze.", []),
    ("Five people were killed, along with 40 cattle.", [5]),
])
def test_parts_of_a_toll_named_after_it(text, expected):
    facts = facts_of(text, "casualties", date(2025, 3, 8))
    assert sorted([f.value if f.value is not None else (f.attrs["min"], f.attrs["max"]) for f in facts], key=str) == \
        sorted(expected, key=str)


def test_a_force_grown_to_a_count_from_a_vague_one_years_ago():
    text = "The branch has grown to as many as 1,600 fighters, U.S. officials estimate, from a few hundred two years ago."
    assert sorted(values_of(text, "troops", date(2025, 8, 29)), key=str) == sorted([1600, (200, 500)], key=str)
    assert values_of("The firm has grown to 1,600 staff, from a few hundred two years ago.", "troops", date(2025, 8, 29)) == []


def test_a_season_in_a_coordinated_future_clause():
    ref = date(2025, 11, 20)
    found = find_timexes("Britain will keep its troops there through 2026 and send tanks for training in the spring.", ref)
    assert [t.value for t in found] == ["2026", "2026-SP"]
    found = find_timexes("Problems made it hard for the firm to meet demand well into the summer.", date(1989, 10, 26))
    assert [t.value for t in found] == ["1989-SU"]


def test_one_casualty_and_another_count_sharing_a_verb():
    facts = facts_of("The clash left one officer and three gunmen dead.", "casualties", date(2023, 9, 29))
    assert [f.value for f in facts] == [1, 3]
    facts = facts_of("The raid left a soldier and two rebels dead.", "casualties", date(2023, 9, 29))
    assert [f.value for f in facts] == [2]  # "a soldier": a single casualty is no count


@pytest.mark.parametrize("text, kind, expected", [
    ("The group returned the remains of 12 hostages who died in captivity.", "casualties", [12]),
    ("It honoured the 40 miners who were killed in 1990.", "casualties", [40]),
    ("About 300 soldiers have been killed since May, about 120 of them in the north.", "casualties", [120, 300]),
    ("The attacks killed 900 people last year, including about 200 members of the security forces.", "casualties", [200, 900]),
    ("Some 500 members of the paramilitary Frontier Corps joined the operation.", "troops", [500]),
    ("Kabul shelters the group, whose fighters it estimates at 6,000 or more.", "troops", [6000]),
    # decoys: people who did something else, a part that is a kind of people, a club's members
    ("The 40 miners who were rescued in 1990 met again.", "casualties", []),
    ("The blast killed 30 people, 12 of them children.", "casualties", [12, 30]),  # a part, as before
    ("Some 500 members of the Rotary Club joined the parade.", "troops", []),
])
def test_the_dead_named_by_a_who_clause_parts_and_named_forces(text, kind, expected):
    assert sorted(values_of(text, kind, date(2025, 10, 13))) == expected


@pytest.mark.parametrize("text, expected", [
    ("The two sides swapped 500 prisoners each. Among those returned to Kyiv were 450 soldiers and 50 civilians. "
     "Moscow said it received 450 servicemen and 50 civilians too.", []),
    ("About 20 army columns, each of about 70 soldiers, are at work.", [70]),
    # a force sent with civilians is still a force; returned troops with no swap or civilians are still troops
    ("The ministry sent 450 soldiers and 50 civilians to help.", [450]),
    ("Some 3,000 troops returned to their bases.", [3000]),
])
def test_prisoners_handed_back_with_civilians_and_army_columns_are_no_force(text, expected):
    assert values_of(text, "troops", date(2025, 5, 25)) == expected


def test_a_toll_list_with_the_noun_left_out():
    facts = facts_of("Monitors said 30 people had been killed, more than 200 injured and 3,000 arrested.", "casualties",
                     date(2024, 11, 7))
    assert [f.value for f in facts] == [30, 200]


@pytest.mark.parametrize("text, kind, expected", [
    ("Ecowas is planning a standby force of 5,000 that officials say could cost $2.6 billion a year.", "troops", [5000]),
    ("The rebels killed about 100 soldiers in an attack on Djibo in May and more than 50 in an attack on a base in June.",
     "casualties", [50, 100]),
    # decoys: a force of other things, a far count after a comma
    ("The task force of 20 that officials named will meet.", "troops", []),
])
def test_a_force_of_n_before_a_relative_clause_and_a_second_toll_in_an_attack(text, kind, expected):
    assert sorted(values_of(text, kind, date(2025, 9, 8))) == expected


@pytest.mark.parametrize("text, expected", [
    ("The contingent is expected to number around 1,000 when fully deployed.", [1000]),
    ("The U.S. will halve its force in Iraq, to roughly 1,250.", [1250]),
    ("Burundi has about 1,000 men in Somalia.", [1000]),
    ("Army strength stood at 485,000 in 2021.", [485000]),
    ("Only 5,000 of the promised 20,000 troops have arrived.", [5000, 20000]),
    # decoys: the same shapes about other things
    ("The crowd is expected to number around 1,000 when the gates open.", []),
    ("The firm will halve its workforce in Ohio, to roughly 1,250.", []),
    ("Only 5,000 of the promised 20,000 homes have been built.", []),
])
def test_probe_phrasings_of_force_sizes(text, expected):
    assert sorted(values_of(text, "troops", date(2025, 9, 8))) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Marines, all 2,200 of them, are aboard three ships.", [2200]),
    ("The force grew tenfold, to nearly 20,000, in two years.", [20000]),
    # decoys
    ("The fans, all 2,200 of them, sang.", []),
    ("Sales grew tenfold, to nearly 20,000, in two years.", []),
])
def test_all_n_of_them_and_a_force_grown_n_fold(text, expected):
    assert values_of(text, "troops", date(2025, 9, 8)) == expected


def test_the_decision_behind_a_future_plan_is_past():
    ref = date(2025, 11, 22)
    found = find_timexes("The force is to wind down over two years under a Security Council decision in August.", ref)
    assert [t.value for t in found] == ["2025-08"]
    assert [t.value for t in find_timexes("A vote will be held in August.", ref)] == ["2026-08"]


@pytest.mark.parametrize("text, expected", [
    ('The convoy was hit when "several hundred terrorists on motorcycles" attacked.', [(200, 900)]),
    ("About 40 terrorists stormed the hotel.", [40]),
    # decoys: terrorists who act in no attack, a hypothetical count
    ("The minister could confine one terrorist only to recruit 10 unknown terrorists.", []),
    ("Two Middle East terrorists with records of attacks have ties to Baghdad.", []),
])
def test_terrorists_count_only_as_attackers(text, expected):
    assert values_of(text, "troops", date(2025, 6, 20)) == expected


@pytest.mark.parametrize("text, expected", [
    ("March 18: Israeli strikes kill more than 400 people in a single night.", [400]),
    ("A bomb kills 12 soldiers in Kabul.", [12]),
    # decoys: threats, can-kill claims, percentages
    ("The group threatened to kill 100 hostages.", []),
    ("The new missile can kill 50 people at once, the maker says.", []),
    ("The drug kills 90 percent of bacteria.", []),
])
def test_a_timelines_present_tense_toll(text, expected):
    assert values_of(text, "casualties", date(2025, 10, 20)) == expected


@pytest.mark.parametrize("text, kind, expected", [
    ("Rwanda has about 2,000 troops in the mission and hundreds more under a bilateral deal.", "troops", [2000, (200, 999)]),
    ("At least 31 people died and hundreds are feared dead.", "casualties", [31, (200, 999)]),
    # decoys
    ("The firm has about 2,000 staff in Paris and hundreds more under contract.", "troops", []),
])
def test_more_under_a_deal_and_feared_dead(text, kind, expected):
    assert sorted(values_of(text, kind, date(2024, 12, 19)), key=str) == sorted(expected, key=str)


def test_mourning_for_a_weekday_is_ahead_and_a_players_quarter_is_no_date():
    ref = date(2024, 12, 19)
    found = find_timexes("Macron declared a day of national mourning for Monday.", ref)
    assert [t.value for t in found] == ["2024-12-23"]
    assert find_timexes("The Pacers star left in the first quarter with an Achilles injury.", ref) == []
    assert [t.value for t in find_timexes("Profit fell in the first quarter.", ref)] == ["2024-Q1"]


@pytest.mark.parametrize("text, expected", [
    ("The force once numbered 100,000 fighters and still has tens of thousands under arms.", [100000, (20000, 99999)]),
    ("The rebels agreed to disarm. About 5,000 have since handed in their weapons.", [5000]),
    ("The militia was dissolved. Some 2,000 have been demobilized.", [2000]),
    # decoys: tickets handed in, people demobilized with no force in sight
    ("The fans left the stadium. About 5,000 have handed in their tickets.", []),
    ("The plant closed. Some 2,000 have been laid off.", []),
])
def test_fighters_who_disarmed_and_counts_under_arms(text, expected):
    assert sorted(values_of(text, "troops", date(2025, 11, 13)), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize("text, expected", [
    ("Residents said about 30 tanks and several hundred infantrymen crossed the line.", [(200, 900)]),
    ("About 60 attackers on motorbikes stormed the site.", [60]),
    # decoys: a model number, attackers who did not attack in the sentence
    ("The air force bought 40 F-16 fighters.", []),
    ("The 12 attackers were later caught.", []),
])
def test_a_count_after_a_rejected_one_and_attackers_who_attack(text, expected):
    assert values_of(text, "troops", date(2025, 12, 2)) == expected


def test_a_past_event_on_a_day_after_the_reference_is_last_year():
    ref = date(2025, 12, 2)
    assert [t.value for t in find_timexes("The zone was seized after Assad fell on Dec. 8.", ref)] == ["2024-12-08"]
    assert [t.value for t in find_timexes("The vote was scheduled on Dec. 8.", ref)] == ["2025-12-08"]
    assert [t.value for t in find_timexes("The talks will resume on Dec. 8.", ref)] == ["2025-12-08"]


def test_a_scheduled_event_told_in_the_present_looks_ahead():
    ref = date(2025, 12, 5)
    found = find_timexes("The tournament in the United States, Canada and Mexico runs from June 11 to July 19.", ref)
    assert [t.value for t in found] == ["2026-06-11", "2026-07-19"]
    found = find_timexes("England's opening match is in Dallas, far from Washington, on June 17.", ref)
    assert [t.value for t in found] == ["2026-06-17"]
    assert [t.value for t in find_timexes("The match was in Dallas on June 17.", ref)] == ["2025-06-17"]


@pytest.mark.parametrize("text, kind, expected", [
    ("The war ministry has conscripted hundreds of thousands of men since then.", "troops", [(200000, 999999)]),
    ("Russia has recruited about 30,000 men a month to replace its losses.", "troops", [30000]),
    ("Its losses, which Britain estimates at about 1,000 killed and wounded a day, are heavy.", "casualties", [1000]),
    # decoys: draft dodgers, a firm recruiting
    ("The army has 800,000 soldiers. About 300,000 men are believed to be evading the draft.", "troops", [800000]),
    ("The construction firm recruited 300 men last year.", "troops", []),
])
def test_conscripts_recruits_losses_estimated_and_draft_dodgers(text, kind, expected):
    assert sorted(values_of(text, kind, date(2025, 11, 19)), key=str) == sorted(expected, key=str)


def test_perhaps_n_of_them_keeps_its_hedge_and_a_country_holds_elections_ahead():
    facts = facts_of("The group has about 6,000 fighters, perhaps 2,000 of them in the east.", "troops", date(2025, 11, 6))
    assert [f.text for f in facts] == ["about 6,000 fighters", "perhaps 2,000 of them"]
    ref = date(2025, 11, 6)
    assert [t.value for t in find_timexes("Colombia holds presidential elections in May.", ref)] == ["2026-05"]
    assert [t.value for t in find_timexes("Colombia held presidential elections in May.", ref)] == ["2025-05"]


@pytest.mark.parametrize("text, kind, expected", [
    ("A strike killed the prime minister and nine other ministers.", "casualties", [9]),
    ("Survivors said about 20 attackers took part.", "troops", [20]),
    ("The government has promised to increase the size of the army to 76,000.", "troops", [76000]),
    # decoys
    ("The firm will increase the size of the plant to 76,000 square feet.", "troops", []),
    ("About 20 fans took part in the march.", "troops", []),
])
def test_other_ministers_attackers_who_took_part_and_the_size_of_the_army(text, kind, expected):
    assert values_of(text, kind, date(2025, 6, 19)) == expected


def test_since_a_day_looks_back_even_in_a_future_clause():
    ref = date(2025, 8, 14)
    assert [t.value for t in find_timexes("Her results since April 27 will be annulled.", ref)] == ["2025-04-27"]
    assert [t.value for t in find_timexes("The ban will start on April 27.", ref)] == ["2026-04-27"]


def test_a_past_when_clause_names_a_month_behind():
    ref = date(2025, 12, 19)
    found = find_timexes("When M23 rebels marched into Goma in January, residents braced for chaos.", ref)
    assert [t.value for t in found] == ["2025-01"]
    assert [t.value for t in find_timexes("When the talks end in January, troops will leave.", ref)] == ["2026-01"]


@pytest.mark.parametrize("text, expected", [
    ("The army has about 120,000 soldiers, poorly paid, and a few thousand of them guard the border.", [120000, (2000, 5000)]),
    # decoy: a vague part of something else
    ("The army has about 120,000 soldiers and 900 tanks, and a few hundred of them are broken.", [120000]),
])
def test_a_vague_part_of_a_force(text, expected):
    assert sorted(values_of(text, "troops", date(2025, 11, 22)), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize("text, kind, expected", [
    ("The dead included 30 soldiers and police, and 21 Bedouin.", "casualties", [21, 30]),
    ("Floods killed 300 people, with dozens more missing.", "casualties", [300, (24, 99)]),
    ("A helicopter crashed, killing its five crew members.", "casualties", [5]),
    ("Canada will expand its military reserve to about 100,000 members.", "troops", [100000]),
    # decoys: a month after a list, a firm's expansion
    ("Ukraine lost up to 1,610 servicemen and 32 tanks since Aug. 6.", "casualties", [1610]),
    ("The firm will expand its workforce to about 100,000 members.", "troops", []),
])
def test_toll_lists_with_peoples_names_and_a_reserve_expanded(text, kind, expected):
    assert sorted(values_of(text, kind, date(2025, 8, 17)), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize("text, expected", [
    ("Kenya has about 3,500 soldiers there and has increased its troop presence along the 700-kilometer frontier.", [3500]),
    ("The army has 365,000 soldiers. The number of 20-year-old men will fall from about 220,000 to about 120,000 by 2040.",
     [365000]),
    # still counted: a force's strength after a troop presence
    ("The troop presence will rise to 1,200 by May.", [1200]),
])
def test_a_hyphenated_distance_and_a_pool_of_young_men_are_no_force(text, expected):
    assert values_of(text, "troops", date(2025, 11, 25)) == expected


def test_police_commandos_with_troops_are_a_force():
    assert values_of("About 1,000 police commandos and paramilitary troops took part.", "troops", date(2025, 11, 18)) == [1000]
    assert values_of("About 1,000 police commandos took part.", "troops", date(2025, 11, 18)) == []


def test_a_weekday_pair_a_warning_and_christmas_ahead():
    ref = date(2025, 11, 10)
    found = find_timexes("Classes were suspended on Monday and Tuesday.", ref)
    assert [t.value for t in found] == ["2025-11-10", "2025-11-11"]
    found = find_timexes("Airlines warned of cancellations over the weekend.", date(2025, 11, 28))
    assert [t.value for t in found] == ["2025-W48-WE"]
    found = find_timexes("The talks were held on Friday and Saturday.", ref)
    assert [t.value for t in found] == ["2025-11-07", "2025-11-08"]


@pytest.mark.parametrize("text, expected", [
    ("In the east, the forces of Khalifa Haftar, estimated at 25,000, hold the oil fields.", [25000]),
    ("The militias, formed in 2014 to fight the Islamic State, now count about 238,000 members, up from roughly 120,000.",
     [120000, 238000]),
    ("The army has about 300,000 soldiers, and the Kurdish peshmerga forces about 150,000.", [150000, 300000]),
    # decoys: a club that counts members, a gapped count of something else
    ("The club, formed in 2014, now counts about 238,000 members.", []),
    ("The army has about 300,000 soldiers, and the national library about 150,000 books.", [300000]),
])
def test_a_force_of_a_leader_members_counted_and_a_gapped_force(text, expected):
    assert sorted(values_of(text, "troops", date(2025, 11, 10))) == expected


def test_people_vote_on_a_weekday_ahead():
    ref = date(2025, 11, 10)
    assert [t.value for t in find_timexes("Iraqis vote on Tuesday in a parliamentary election.", ref)] == ["2025-11-11"]
    assert [t.value for t in find_timexes("The bill passed in a late-night vote on Tuesday.", ref)] == ["2025-11-04"]

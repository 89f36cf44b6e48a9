"""A table of troop and casualty sentences with the facts the conventions give them (written from the issue's
definitions, not from the engine's output): casualties are killed, wounded, captured or dead people of any
kind; troop counts are armed personnel; police, runners, workers, volunteers and monitors are neither."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.core.facts import extract_facts
from desktop_app.core.sentences import split_sentences

CASES = [
    ('A suicide bomber killed 14 people at a market in Kabul.', 'casualties', [14]),
    ('Twelve people died when the bus plunged into a ravine.', 'casualties', [12]),
    ('At least 30 people were reported dead after the storm.', 'casualties', [30]),
    ('The blast wounded 45 people, including 10 children.', 'casualties', [45]),
    ('Three policemen were shot dead in the ambush.', 'casualties', [3]),
    ('Rebels said they had captured 40 government soldiers.', 'casualties', [40]),
    ('The army said 17 militants were killed in the raid.', 'casualties', [17]),
    ('Two Israeli soldiers were wounded by sniper fire.', 'casualties', [2]),
    ('The fire claimed the lives of 9 firefighters.', 'casualties', [9]),
    ('The attack left 22 dead and dozens injured.', 'casualties', [22, (24, 99)]),
    ('More than 100 people have died in the clashes since Friday.', 'casualties', [100]),
    ('The crash killed all 157 passengers and crew.', 'casualties', [157]),
    ('At least 8 people lost their lives in the floods.', 'casualties', [8]),
    ('Five U.S. Marines were killed and three injured in the crash.', 'casualties', [5, 3]),
    ('The UN said 1,200 civilians had been killed in the first half of the year.', 'casualties', [1200]),
    ('Gunmen abducted 276 schoolgirls from a school in Chibok.', 'casualties', []),
    ('The quake injured more than 2,000 people.', 'casualties', [2000]),
    ('The bombing killed six and wounded 20.', 'casualties', [6, 20]),
    ('Police said 4 officers were hurt during the protest.', 'casualties', [4]),
    ('The death toll has risen to 58.', 'casualties', [58]),
    ('Officials put the number of dead at 340.', 'casualties', [340]),
    ('A total of 19 soldiers died in the attack.', 'casualties', [19]),
    ('Fighting killed an estimated 500,000 people over the decade.', 'casualties', [500000]),
    ('Around 40 people were taken hostage.', 'casualties', []),
    ('The number of casualties rose to 75.', 'casualties', [75]),
    ('Hundreds of people were killed in the shelling.', 'casualties', [(200, 999)]),
    ('Nearly 3,000 people were wounded in the uprising.', 'casualties', [3000]),
    ('He said 15 of the injured were in critical condition.', 'casualties', []),
    ('The government sent 2,000 troops to the region.', 'troops', [2000]),
    ('About 300 U.S. special forces will remain in Syria.', 'troops', [300]),
    ('The coalition deployed 1,500 additional soldiers.', 'troops', [1500]),
    ('A battalion of some 600 marines landed on the beach.', 'troops', [600]),
    ("Nigeria's army has about 62,000 active personnel.", 'troops', [62000]),
    ('The rebels, numbering about 5,000, control the north.', 'troops', [5000]),
    ('Britain will send an additional 250 troops to Estonia.', 'troops', [250]),
    ('The UN force of 10,000 peacekeepers is stretched thin.', 'troops', [10000]),
    ('Several hundred fighters crossed the border.', 'troops', [(200, 900)]),
    ('The force will be cut from 12,000 to 8,000 troops.', 'troops', [12000, 8000]),
    ('A 4,000-strong contingent arrived in Bamako.', 'troops', [4000]),
    ('More than 20,000 National Guard members were activated.', 'troops', [20000]),
    ('Some 200 police officers were deployed around the stadium.', 'troops', []),
    ('The marathon drew 30,000 runners.', 'troops', []),
    ('The company employs 40,000 workers.', 'troops', []),
    ("The army's 3rd Division moved north.", 'troops', []),
    ('He served 20 years in the army.', 'troops', []),
    ('Two armies faced each other across the river.', 'troops', []),
    ('The ministry said 35,000 reservists had been called up.', 'troops', [35000]),
    ('Russia has stationed 1,500 soldiers in Transnistria.', 'troops', [1500]),
    ('The U.S. has roughly 2,500 troops in Iraq.', 'troops', [2500]),
    ('The militia has between 7,000 and 10,000 fighters.', 'troops', [None]),
    ('Israeli air strikes killed at least 27 Palestinians in Gaza overnight.', 'casualties', [27]),
    ('Seven Afghan policemen died in a Taliban attack on a checkpoint.', 'casualties', [7]),
    ('The explosion injured 31 workers at the plant.', 'casualties', [31]),
    ('Two journalists were among those killed.', 'casualties', [2]),
    ('Security forces arrested 150 protesters.', 'casualties', []),
    ('The shooting left five people wounded.', 'casualties', [5]),
    ('A landslide buried 60 homes and killed at least 19.', 'casualties', [19]),
    ('Eleven miners were trapped underground.', 'casualties', []),
    ('The hijackers held 120 passengers hostage.', 'casualties', []),
    ('At least 250 migrants drowned when their boat capsized.', 'casualties', [250]),
    ('The government said 43 soldiers had been killed since January.', 'casualties', [43]),
    ('Six peacekeepers from Chad were killed in the attack.', 'casualties', [6]),
    ('The battle cost the lives of about 1,000 fighters.', 'casualties', [1000]),
    ('Some 3,000 Ukrainian soldiers have been taken prisoner.', 'casualties', [3000]),
    ('The storm has killed 14 and left thousands homeless.', 'casualties', [14]),
    ('Nine of the wounded were in serious condition.', 'casualties', []),
    ('Police said 2 people were killed and 12 others injured.', 'casualties', [2, 12]),
    ('Tens of thousands of people have been killed in the war.', 'casualties', [(20000, 99999)]),
    ('The regiment lost 400 men at the Somme.', 'casualties', [400]),
    ('Dozens of civilians were killed in air strikes on Saturday.', 'casualties', [(24, 99)]),
    ('Turkey has about 3,000 soldiers in northern Iraq.', 'troops', [3000]),
    ('Washington plans to withdraw 7,000 troops from Afghanistan.', 'troops', [7000]),
    ('Some 40 soldiers guard the embassy.', 'troops', [40]),
    ("France's Barkhane force of 5,100 troops will shrink.", 'troops', [5100]),
    ('An estimated 15,000 foreign fighters have joined the group.', 'troops', [15000]),
    ('The militia, thought to number around 2,000 men, controls the port.', 'troops', [2000]),
    ('Two dozen commandos stormed the compound.', 'troops', [24]),
    ('Thousands of soldiers massed on the border.', 'troops', [(2000, 9999)]),
    ('The army has 450,000 soldiers, of whom 100,000 are conscripts.', 'troops', [450000]),
    ('The 82nd Airborne Division sent 3,000 paratroopers.', 'troops', [3000]),
    ('Some 1,200 police and 800 soldiers patrolled the city.', 'troops', [800]),
    ('The peacekeeping mission has an authorised strength of 13,289 troops.', 'troops', [13289]),
    ('Iran has deployed several thousand Revolutionary Guards to Syria.', 'troops', [(2000, 9000)]),
    ('The 10 soldiers were freed on Monday.', 'troops', [10]),
    ('Election monitors numbering 300 arrived.', 'troops', []),
    ('The navy has 60 ships and 25,000 sailors.', 'troops', [25000]),
    ('A platoon of 30 soldiers was ambushed but nobody was hurt.', 'troops', [30]),
    ('About 500 volunteers joined the clean-up.', 'troops', []),
    ("The club's 60,000-seat stadium was full.", 'troops', []),
    ('The Pentagon will send another 3,000 troops to the Middle East.', 'troops', [3000]),
    ('Germany has around 1,100 personnel in Mali.', 'troops', [1100]),
    ('Roughly 800 U.S. service members remain in Niger.', 'troops', [800]),
    ('A contingent of 120 Irish peacekeepers arrived on Monday.', 'troops', [120]),
    ('The brigade, with some 4,000 men, moved toward the front.', 'troops', [4000]),
    ('Wagner has deployed between 1,000 and 1,500 mercenaries in Mali.', 'troops', [None]),
    ('Up to 50,000 Russian soldiers are massed near Kharkiv.', 'troops', [50000]),
    ('Ethiopia has 4,000 soldiers serving with the African Union mission.', 'troops', [4000]),
    ('The number of Turkish troops in Qatar will rise to 3,000.', 'troops', [3000]),
    ('India and China each have about 50,000 troops along the border.', 'troops', [50000]),
    ('Kenya pledged 1,000 police officers for Haiti.', 'troops', []),
    ('The U.S. keeps about 28,500 troops in South Korea.', 'troops', [28500]),
    ('Some 40 military advisers will train the Ukrainian army.', 'troops', [40]),
    ('Two companies of paratroopers, about 300 men in all, were flown in.', 'troops', [300]),
    ('Hamas is believed to have about 30,000 fighters.', 'troops', [30000]),
    ('Nearly 9,000 NATO troops took part in the exercise.', 'troops', [9000]),
    ('A force of 2,500 French soldiers is based in Chad.', 'troops', [2500]),
    ('Britain cut its army to 73,000 regular soldiers.', 'troops', [73000]),
    ('The rebels command an estimated 5,000 to 7,000 combatants.', 'troops', [None]),
    ('More than 1,000 Cuban doctors work in Venezuela.', 'troops', []),
    ('The ship carries a crew of 5,000 sailors and aviators.', 'troops', [5000]),
    ('A 12-member military team will investigate.', 'troops', []),
    ('He led 300 Spartans at Thermopylae.', 'troops', []),
    ('Ukraine says it has trained 60,000 new recruits.', 'troops', [60000]),
    ('About 150 Marines were sent to guard the embassy.', 'troops', [150]),
    ('The militia claims 100,000 members.', 'troops', []),
    ("Russia's Black Sea Fleet has some 25,000 personnel.", 'troops', [25000]),
    ('A battalion of 600 Estonian soldiers joined the drills.', 'troops', [600]),
    ('Troop numbers in Afghanistan peaked at 100,000 in 2011.', 'troops', [100000]),
    ('The garrison numbered fewer than 200 men.', 'troops', [200])
]


def _value(f):
    return f.value if f.value is not None else (f.attrs.get("min"), f.attrs.get("max"))


@pytest.mark.parametrize("text,kind,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_fact_table(text, kind, expected):
    facts = extract_facts(split_sentences([text]), date(2015, 6, 10))
    got = [_value(f) for f in facts if f.kind == kind]
    if None in expected:  # a range the table does not pin down: one fact of the kind
        assert len(got) == 1, got
    else:
        assert sorted(map(str, got)) == sorted(map(str, expected)), [(f.kind, f.text, _value(f)) for f in facts]
    if kind == "troops":  # and a troop sentence yields no casualty, and the reverse
        assert not [f for f in facts if f.kind == "casualties"], facts
    else:
        assert not [f for f in facts if f.kind == "troops"], facts

"""A table of date sentences with the TIMEX3 values TimeML gives them, written from the conventions (not from
the engine's output): three reference dates, past and future tense, year boundaries, anchors."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.core.facts import extract_facts
from desktop_app.core.sentences import split_sentences

R0 = date(2015, 6, 10)
R1 = date(2017, 1, 8)
R2 = date(2019, 11, 14)

CASES = [
 ("The minister resigned on the 3rd of June.", R0, [("3rd of June", "2015-06-03")]),
 ("Protests began in mid-May and spread quickly.", R0, [("mid-May", "2015-05")]),
 ("Earlier this month, the army retook the town.", R0, [("Earlier this month", "2015-06")]),
 ("The talks collapsed last month.", R0, [("last month", "2015-05")]),
 ("Police arrested him yesterday morning.", R0, [("yesterday morning", "2015-06-09TMO")]),
 ("The ministers will meet tomorrow.", R0, [("tomorrow", "2015-06-11")]),
 ("The vote is set for tomorrow evening.", R0, [("tomorrow evening", "2015-06-11TEV")]),
 ("He was released on Tuesday night.", R0, [("Tuesday night", "2015-06-09TNI")]),
 ("The rebels attacked at dawn on Sunday.", R0, [("Sunday", "2015-06-07")]),
 ("The summit will open next Monday.", R0, [("next Monday", "2015-06-15")]),
 ("Last Thursday, the court ruled against him.", R0, [("Last Thursday", "2015-06-04")]),
 ("The ceasefire took effect at midnight on Friday.", R0, [("midnight", "2015-06-05T00:00")]),
 ("The deal was signed in 2009.", R0, [("2009", "2009")]),
 ("The war ended in the 1990s.", R0, [("the 1990s", "199")]),
 ("By the end of 2016, all troops will leave.", R0, [("2016", "2016")]),
 ("Output fell 3 percent in the first half of the year.", R0, [("the first half of the year", "2015-H1")]),
 ("The law was passed two weeks ago.", R0, [("two weeks ago", "2015-W22")]),
 ("The company was founded 10 years ago.", R0, [("10 years ago", "2005")]),
 ("Prices rose in April from March.", R0, [("April", "2015-04"), ("March", "2015-03")]),
 ("The president will visit in September.", R0, [("September", "2015-09")]),
 ("Elections are due in October.", R0, [("October", "2015-10")]),
 ("The strike began on June 1 and ended on June 8.", R0, [("June 1", "2015-06-01"), ("June 8", "2015-06-08")]),
 ("The report, published on 28 May, was criticised.", R0, [("28 May", "2015-05-28")]),
 ("The hearing is scheduled for July 14.", R0, [("July 14", "2015-07-14")]),
 ("In December 2014, the rebels seized the city.", R0, [("December 2014", "2014-12")]),
 ("The fighting on 9 June killed 12 people.", R0, [("9 June", "2015-06-09")]),
 ("A week later, the town fell.", R0, [("A week later", None)]),
 ("The offensive started this week.", R0, [("this week", "2015-W24")]),
 ("The law takes effect next month.", R0, [("next month", "2015-07")]),
 ("The mission was extended until the end of the year.", R0, [("the end of the year", "2015")]),
 ("The plant closed in the spring of 2013.", R0, [("spring of 2013", "2013-SP")]),
 ("Last winter was the coldest on record.", R0, [("Last winter", "2014-WI")]),
 ("The visit comes this summer.", R0, [("this summer", "2015-SU")]),
 ("On Wednesday the parliament voted.", R0, [("Wednesday", "2015-06-10")]),
 ("The statement was issued late on Monday.", R0, [("late on Monday", "2015-06-08")]),
 ("The army said on Saturday it had killed 20 militants.", R0, [("Saturday", "2015-06-06")]),
 ("Officials will announce the results on Saturday.", R0, [("Saturday", "2015-06-13")]),
 ("Fighting resumed early Thursday.", R0, [("early Thursday", "2015-06-04")]),
 ("The new rules apply from July 1.", R0, [("July 1", "2015-07-01")]),
 ("Sales in the second quarter rose 5 percent.", R0, [("the second quarter", "2015-Q2")]),
 ("The 19th century fort was destroyed.", R0, [("19th century", "18")]),
 ("The bridge was built in the 18th century.", R0, [("the 18th century", "17")]),
 ("He was elected in 2010 and re-elected four years later.", R0, [("2010", "2010"), ("four years later", "2014")]),
 ("The plane landed at 14:30 local time.", R0, [("14:30", "2015-06-10T14:30")]),
 ("The blast happened at about 8:45 a.m. on Monday.", R0, [("8:45 a.m.", "2015-06-08T08:45")]),
 ("The clashes erupted on the night of June 4.", R0, [("June 4", "2015-06-04")]),
 ("The group was formed in early 2012.", R0, [("early 2012", "2012")]),
 ("Growth will slow in the coming months.", R0, [("the coming months", "FUTURE_REF")]),
 ("The town has been under siege since January.", R0, [("January", "2015-01")]),
 ("Last year's floods killed 30 people.", R0, [("Last year", "2014")]),
 ("The fiscal year ends in September.", R0, [("September", "2015-09")]),
 ("The 2014 election was disputed.", R0, [("2014", "2014")]),
 ("This morning, troops entered the city.", R0, [("This morning", "2015-06-10TMO")]),
 ("Tonight's match will decide the title.", R0, [("Tonight", "2015-06-10TNI")]),
 ("The attack took place a day earlier.", R0, [("a day earlier", None)]),
 ("The cabinet meets every Tuesday.", R0, []),
 ("The siege lasted 14 hours.", R0, []),
 ("It happened on Dec. 25, 2013.", R0, [("Dec. 25, 2013", "2013-12-25")]),
 ("Voting ends at 8 p.m. on Sunday.", R0, [("8 p.m.", "2015-06-14T20:00")]),

 ("The attack happened on Friday.", R1, [("Friday", "2017-01-06")]),
 ("Talks will resume on Friday.", R1, [("Friday", "2017-01-13")]),
 ("The bomb exploded late Saturday.", R1, [("late Saturday", "2017-01-07")]),
 ("Officials said the strike took place in December.", R1, [("December", "2016-12")]),
 ("The vote is expected in February.", R1, [("February", "2017-02")]),
 ("The company posted record sales in the fourth quarter.", R1, [("the fourth quarter", "2016-Q4")]),
 ("The law came into force on Dec. 30.", R1, [("Dec. 30", "2016-12-30")]),
 ("The rally is planned for Jan. 21.", R1, [("Jan. 21", "2017-01-21")]),
 ("Last year, 120 soldiers were killed.", R1, [("Last year", "2016")]),
 ("Next year the force will shrink.", R1, [("Next year", "2018")]),
 ("The rebels captured the town on New Year's Day.", R1, [("New Year's Day", "2017-01-01")]),
 ("On Christmas Eve, gunmen attacked a church.", R1, [("Christmas Eve", "2016-12-24")]),
 ("The president spoke on Sunday.", R1, [("Sunday", "2017-01-08")]),
 ("The two sides met earlier this week.", R1, [("earlier this week", "2017-W01")]),
 ("Last weekend, protesters blocked roads.", R1, [("Last weekend", "2016-W52-WE")]),
 ("The parliament will debate the bill this spring.", R1, [("this spring", "2017-SP")]),
 ("He died in the autumn of 1998.", R1, [("autumn of 1998", "1998-FA")]),
 ("In the 1980s, the region was calm.", R1, [("the 1980s", "198")]),
 ("The peace deal of 2005 collapsed.", R1, [("2005", "2005")]),
 ("The operation began on Dec. 28 and ended three days later.", R1, [("Dec. 28", "2016-12-28")]),
 ("The ship sank at 3 a.m. local time on Saturday.", R1, [("3 a.m.", "2017-01-07T03:00")]),
 ("The curfew starts at 10 p.m. tonight.", R1, [("10 p.m.", "2017-01-08T22:00")]),
 ("Results are due by the end of January.", R1, [("the end of January", "2017-01")]),
 ("The company said its 2016 profit doubled.", R1, [("2016", "2016")]),
 ("He will step down at the end of the month.", R1, [("the end of the month", "2017-01")]),
 ("The army withdrew in mid-December.", R1, [("mid-December", "2016-12")]),
 ("The troops arrived in late November.", R1, [("late November", "2016-11")]),
 ("The mission ends in March.", R1, [("March", "2017-03")]),
 ("Rebels held the town from June to September.", R1, [("June", "2016-06"), ("September", "2016-09")]),
 ("Monday's strike shut schools.", R1, [("Monday", "2017-01-02")]),
 ("The ruling was made public on Thursday evening.", R1, [("Thursday evening", "2017-01-05TEV")]),
 ("The 2018 World Cup will be held in Russia.", R1, [("2018", "2018")]),
 ("Three days ago, the town was shelled.", R1, [("Three days ago", "2017-01-05")]),
 ("The fighting killed 40 people over the past week.", R1, [("the past week", None)]),
 ("A year ago, the army controlled the city.", R1, [("A year ago", "2016")]),
 ("The vote took place on Jan. 3.", R1, [("Jan. 3", "2017-01-03")]),
 ("The match kicks off at 7:45 p.m. on Tuesday.", R1, [("7:45 p.m.", "2017-01-10T19:45")]),
 ("She was born on 4 July 1976.", R1, [("4 July 1976", "1976-07-04")]),
 ("The accord, signed on 2016-11-15, holds.", R1, [("2016-11-15", "2016-11-15")]),
 ("By 2020, the city will have a metro.", R1, [("2020", "2020")]),

 ("Police raided the house last night.", R2, [("last night", "2019-11-13TNI")]),
 ("The minister will speak this afternoon.", R2, [("this afternoon", "2019-11-14TAF")]),
 ("Elections will be held later this year.", R2, [("later this year", "2019")]),
 ("Earlier this year, the army launched an offensive.", R2, [("Earlier this year", "2019")]),
 ("The figures were released on Feb 5.", R2, [("Feb 5", "2019-02-05")]),
 ("The figures were released on 5th February.", R2, [("5th February", "2019-02-05")]),
 ("The plant opened in Sept 2019.", R2, [("Sept 2019", "2019-09")]),
 ("Profit fell in Q3.", R2, [("Q3", "2019-Q3")]),
 ("The talks will continue at the weekend.", R2, [("the weekend", "2019-W46-WE")]),
 ("The protest ended on the same day.", R2, [("the same day", None)]),
 ("The army will withdraw by the end of next week.", R2, [("next week", "2019-W47")]),
 ("The minister resigned on Monday, a day after the vote.", R2, [("Monday", "2019-11-11")]),
 ("The parliament voted on November 12.", R2, [("November 12", "2019-11-12")]),
 ("A referendum is planned for next spring.", R2, [("next spring", "2020-SP")]),
 ("Turnout was lower than in 2015.", R2, [("2015", "2015")]),
 ("The plan was first proposed in 2003-04.", R2, [("2003", None)]),
 ("Trading was halted for 20 minutes on Wednesday afternoon.", R2, [("Wednesday afternoon", "2019-11-13TAF")]),
 ("Prices have risen since last summer.", R2, [("last summer", "2018-SU")]),
 ("The treaty expires at the end of 2020.", R2, [("2020", "2020")]),
 ("The bill passed the Senate in a late-night vote on Tuesday.", R2, [("Tuesday", "2019-11-12")]),
 ("The gunmen struck shortly before midnight on Monday.", R2, [("midnight", "2019-11-11T00:00")]),
 ("The storm is forecast to make landfall on Saturday.", R2, [("Saturday", "2019-11-16")]),
 ("By Thursday morning, the fire had spread.", R2, [("Thursday morning", "2019-11-14TMO")]),
 ("He first took office in January 2017.", R2, [("January 2017", "2017-01")]),
 ("Half of the budget was spent in October.", R2, [("October", "2019-10")]),
 ("The team lost to Chile in the final on Sunday.", R2, [("Sunday", "2019-11-10")]),
 ("The new line opens in December.", R2, [("December", "2019-12")]),
 ("The offensive, launched in April, stalled.", R2, [("April", "2019-04")]),
 ("A verdict is expected on Dec. 2.", R2, [("Dec. 2", "2019-12-02")]),
 ("The army has been deployed there since 2013.", R2, [("2013", "2013")]),
]


@pytest.mark.parametrize("text,ref,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_date_table(text, ref, expected):
    got = [(f.text, f.value) for f in extract_facts(split_sentences([text]), ref) if f.kind == "date"]
    if not expected:
        assert got == []
    for sub, value in expected:
        if value is None:
            continue  # an anchored or durative expression: either way is acceptable here
        hit = [g for g in got if sub.lower() in g[0].lower() or g[0].lower() in sub.lower()]
        assert hit, (sub, got)
        assert hit[0][1] == value, (sub, got)

A = []  # (id, title, date, text, events)
S = ["RUS", "SUN"]

A.append(("own-4001", "Dollar Hits Postwar Low In Tokyo Despite Heavy Intervention", "1987-01-22", """TOKYO, Jan 22 - The dollar came under renewed attack in Tokyo today as dealers tested the resolve of the Bank of Japan, which intervened heavily for the third day running to stop the U.S. currency from falling below 150 yen.

Dealers said the central bank bought at least 1.5 billion dlrs in the morning alone, but an onslaught of selling by exporters and investment funds pushed the dollar to a postwar low of 150.40 yen before it recovered to close at 151.05.

"The market is at war with the central banks, and the market is winning," said a senior dealer at a trust bank. "Every time the Bank of Japan steps in, the speculators regroup and attack again."

The selling followed talks in Washington yesterday between Japanese Finance Minister Kiichi Miyazawa and U.S. Treasury Secretary James Baker, who agreed that exchange rates had moved far enough but announced no joint action.

Miyazawa told reporters after the meeting that the two countries would cooperate on exchange markets "as appropriate," a phrase dealers took as a sign that Washington was unwilling to defend the dollar.

The West German Bundesbank stayed out of the market, and the mark held firm at 1.81 to the dollar. Frankfurt dealers said the central bank council, which meets on Thursday, was unlikely to cut interest rates to relieve the pressure.

In London, sterling was caught in the crossfire, falling two pfennigs against the mark as traders dumped the pound on worries about oil prices. The Bank of England was reported to have bought sterling in small amounts.

Analysts said a fresh assault on the dollar was likely if U.S. trade figures due next week showed no improvement. "The Bank of Japan cannot hold the line forever," one said. "Its war chest is large, but it is not endless."

Japan's opposition Socialist Party attacked the government for failing to protect exporters and demanded an emergency session of the Diet's finance committee.

Bank of Japan governor Satoshi Sumita told a news conference that the bank would keep intervening whenever the market became disorderly. Finance Ministry officials said Tokyo would also press Bonn to stimulate its economy when finance ministers of the Group of Five meet in Paris next month. REUTER""", [
    (True, ["meeting", "visit"], ["JPN"], ["USA"], "talks in Washington yesterday between Japanese Finance Minister Kiichi Miyazawa", "1987-01-21", "past", {"location": {"country": "USA", "text": "Washington"}}),
    (False, ["agreement", "statement"], ["JPN", "USA"], ["JPN", "USA"], "who agreed that exchange rates had moved far enough but announced no joint action", "1987-01-21", "past", {}),
    (False, ["pledge", "cooperation"], ["JPN", "USA"], ["JPN", "USA"], "the two countries would cooperate on exchange markets", "1987-01-21", "planned", {"also_accept_null": True}),
    (False, ["appeal", "demand"], ["JPN"], ["DEU"], "Tokyo would also press Bonn to stimulate its economy", "1987-02", "planned", {}),
    (False, ["meeting"], [], [], "finance ministers of the Group of Five meet in Paris next month", "1987-02", "planned", {"note": "Group of Five, country-less"}),
]))

A.append(("own-4002", "Wall Street Bloodbath As Dow Crashes 508 Points", "1987-10-19", """NEW YORK, Oct 19 - Wall Street suffered the worst bloodbath in its history today as the Dow Jones industrial average crashed 508 points, or 22.6 pct, in a wave of panic selling that swept from Tokyo through London to New York.

Traders said the carnage was fed by computer-driven program selling, by fears of higher interest rates and by news that American warships had shelled an Iranian oil platform in the Gulf in retaliation for Friday's missile attack on a U.S.-flagged tanker.

The Pentagon said two destroyers fired on the Rostam platform early today after warning its crew to abandon it, and Navy commandos then destroyed a second platform nearby. Defence Secretary Caspar Weinberger said the action was "measured and appropriate" and that Washington sought no further confrontation with Iran.

Iran vowed to retaliate. Tehran radio said the Islamic Republic would "deliver a crushing response" to what it called American aggression.

On the trading floor the mood was that of a battlefield. "It was a massacre. There were no survivors, only casualties," said one floor broker, whose firm had been hit by margin calls from clients who lost their shirts.

Blue chips were slaughtered across the board. IBM plunged 31-3/4 to 103-1/4 and General Electric fell 11-3/8. Volume was a record 604 mln shares, and the ticker ran more than two hours late.

Treasury Secretary James Baker, who had attacked West Germany over the weekend for raising its interest rates, cut short a visit to Europe. Analysts said his remarks had torpedoed the Louvre accord on currencies and sent the dollar into a tailspin.

White House spokesman Marlin Fitzwater said President Reagan was watching the market closely but saw no cause for alarm.

Markets in London and Tokyo, already battered, were bracing for a fresh onslaught tomorrow. "Nobody wants to catch a falling knife," said a fund manager in Boston. "The bears have the field to themselves."

Some analysts said the Federal Reserve could be forced to step in and flood the banks with money if the rout spread to the bond market. REUTER""", [
    (True, ["shelling", "attack"], ["USA"], ["IRN"], "American warships had shelled an Iranian oil platform in the Gulf", "1987-10-19", "past", {"also_accept_null": True, "location": {"country": "IRN", "text": "the Gulf"}}),
    (False, ["attack"], ["IRN"], ["USA"], "Friday's missile attack on a U.S.-flagged tanker", "1987-10-16", "past", {"note": "attacker implied (Iran) from the retaliation"}),
    (False, ["shelling", "attack"], ["USA"], ["IRN"], "two destroyers fired on the Rostam platform early today", "1987-10-19", "past", {}),
    (False, ["attack"], ["USA"], ["IRN"], "Navy commandos then destroyed a second platform nearby", "1987-10-19", "past", {}),
    (False, ["statement"], ["USA"], ["IRN"], "Washington sought no further confrontation with Iran", "1987-10-19", "past", {"also_accept_null": True}),
    (True, ["threat"], ["IRN"], ["USA"], "Iran vowed to retaliate", "1987-10-19", "past", {"also_accept_null": True}),
    (False, ["threat", "accusation"], ["IRN"], ["USA"], "would \"deliver a crushing response\" to what it called American aggression", "1987-10-19", "past", {"also_accept_null": True}),
    (False, ["accusation"], ["USA"], ["DEU"], "had attacked West Germany over the weekend for raising its interest rates", "1987-W42", "past", {"note": "verbal criticism of a foreign central bank's policy"}),
    (False, ["visit"], ["USA"], [], "cut short a visit to Europe", None, "past", {}),
    (False, ["agreement"], [], [], "his remarks had torpedoed the Louvre accord on currencies", None, "past", {"note": "background mention of the Group of Seven accord"}),
]))

A.append(("own-4003", "Japanese Rice Farmers March Against U.S. Pressure", "1987-11-12", """TOKYO, Nov 12 - More than 20,000 rice farmers marched through central Tokyo today to demand that the government resist U.S. pressure to open Japan's rice market, in the biggest farm protest in the capital for a decade.

Waving banners reading "Not one grain" and "Defend our paddies," the farmers laid siege to the headquarters of the ruling Liberal Democratic Party before rallying in Hibiya Park. Police said the march was peaceful and no one was arrested.

The Central Union of Agricultural Cooperatives, the farm lobby known as Zenchu, said it would fight any concession "to the last grain" and warned members of parliament that farmers would punish them at the next election.

The protest came two days after U.S. Agriculture Secretary Richard Lyng warned Japanese Agriculture Minister Takashi Sato in Tokyo that Washington would take the rice issue to the world trade talks in Geneva unless Japan made an offer.

Sato told parliament yesterday that Japan would not import a single grain of foreign rice and that self-sufficiency was a matter of national security.

Farm leaders turned their fire on the Foreign Ministry, which they accuse of being ready to sacrifice rice to save exports of cars and electronics. "The ministry has already surrendered in its head," one speaker told the crowd.

Rice growers are the backbone of the party's support in the countryside, and its farm caucus has bombarded the office of Prime Minister Noboru Takeshita with petitions since he took office last week.

Japan imports almost no rice. Its farmers receive about four times the world price under a state purchase system that costs taxpayers more than 400 billion yen a year, and economists have long attacked it as a drain on consumers.

U.S. rice millers asked the administration last year to act against Japan under a trade law that allows retaliation, but their petition was turned down in October 1986.

Economists said Tokyo could avoid a damaging clash by offering to buy a small amount of American rice, but officials said no such step was planned.

Takeshita is to visit Washington in January for talks with President Reagan, and aides said trade would head the agenda. REUTER""", [
    (False, ["protest"], ["JPN"], ["JPN", "USA"], "More than 20,000 rice farmers marched through central Tokyo today", "1987-11-12", "past", {"quantity": {"value": 20000, "unit": "farmers", "approximate": True}, "note": "domestic farm protest"}),
    (True, ["threat", "demand"], ["USA"], ["JPN"], "Richard Lyng warned Japanese Agriculture Minister Takashi Sato in Tokyo", "1987-11-10", "past", {}),
    (False, ["meeting", "visit"], ["USA"], ["JPN"], "Richard Lyng warned Japanese Agriculture Minister Takashi Sato in Tokyo", "1987-11-10", "past", {}),
    (False, ["rejection", "statement"], ["JPN"], ["USA"], "Japan would not import a single grain of foreign rice", "1987-11-11", "past", {}),
    (False, ["rejection"], ["USA"], [], "their petition was turned down in October 1986", "1986-10", "past", {"note": "domestic trade petition"}),
    (True, ["visit", "meeting"], ["JPN"], ["USA"], "Takeshita is to visit Washington in January for talks with President Reagan", "1988-01", "planned", {}),
]))

A.append(("own-4004", "Fujitsu Drops Fairchild Bid After Washington Opposes Deal", "1987-03-17", """SAN FRANCISCO, March 17 - Fujitsu Ltd of Japan has abandoned its bid to take control of Fairchild Semiconductor Corp, ending a two-month battle that pitted Japan's largest computer maker against the Reagan administration, the companies said today.

Fujitsu had agreed in October to buy 80 pct of Fairchild from Schlumberger Ltd for about 200 mln dlrs, but the deal ran into a barrage of criticism from Commerce Secretary Malcolm Baldrige and Defence Secretary Caspar Weinberger, who said it would put a supplier of chips for American weapons under foreign control.

Japan's Ministry of International Trade and Industry said it regretted that politics had killed a commercial deal, and a spokesman said Tokyo had lodged a formal protest with the U.S. embassy on Monday.

On Wall Street, arbitrageurs who had bet on the deal were routed. Schlumberger shares fell 1-1/4 to 37-1/2 and analysts said the oil services group would now have to find another buyer or fight on alone with a unit that lost 100 mln dlrs last year.

Speculators said a corporate raider could now move in. National Semiconductor Corp, which launched a hostile raid on a smaller rival last year, was named as a possible suitor, although its chairman told reporters he had no plans to attack.

Fairchild's management, which fought off two takeover raids in the 1970s, said it would defend the company's independence. Analysts said a poison pill defence was unlikely because Schlumberger owns the whole unit.

Baldrige said he would raise the wider semiconductor dispute when he meets Trade Minister Hajime Tamura in Tokyo next month. Washington accuses Japanese chipmakers of dumping memory chips in third markets in breach of a 1986 agreement.

Congressional critics of Japan welcomed the outcome. Senator John Danforth said it was a shot across Tokyo's bows and that Congress would keep up the pressure.

In Tokyo, Fujitsu shares rose 20 yen to 1,020. A company spokesman said Fujitsu would keep its sales offensive in the American market and would look for a smaller target. REUTER""", [
    (False, ["rejection", "accusation"], ["USA"], ["JPN"], "the deal ran into a barrage of criticism from Commerce Secretary Malcolm Baldrige", None, "past", {"note": "government objection to a company deal"}),
    (True, ["protest", "accusation"], ["JPN"], ["USA"], "Tokyo had lodged a formal protest with the U.S. embassy on Monday", "1987-03-16", "past", {}),
    (True, ["meeting", "visit"], ["USA"], ["JPN"], "when he meets Trade Minister Hajime Tamura in Tokyo next month", "1987-04", "planned", {}),
    (False, ["accusation"], ["USA"], ["JPN"], "Washington accuses Japanese chipmakers of dumping memory chips in third markets", None, "ongoing", {}),
    (False, ["agreement"], ["USA", "JPN"], ["USA", "JPN"], "in breach of a 1986 agreement", "1986", "past", {}),
    (False, ["threat", "statement"], ["USA"], ["JPN"], "it was a shot across Tokyo's bows and that Congress would keep up the pressure", "1987-03-17", "past", {"also_accept_null": True, "note": "a senator's comment"}),
]))

A.append(("own-4005", "Keating Budget Wields Axe, Finds Aid For Ethiopia", "1987-09-15", """CANBERRA, Sept 15 - Treasurer Paul Keating tonight declared war on the budget deficit, bringing down a budget that takes the axe to spending on roads, housing and public service jobs and turns a deficit of 2.7 billion dlrs into a small surplus.

"This is the budget that breaks the back of the deficit," Keating told a packed House of Representatives. He said the government had won the battle against inflation only if it kept its nerve.

The opposition leader, John Howard, attacked the budget as "a con job" and said the Treasurer had raided the savings of pensioners to pay for his surplus. The Australian Democrats said they would fight the cuts in the Senate.

Defence spending rises 1.6 pct in real terms to 7.3 billion dlrs, with money for the first of a new class of submarines and for two frigates to be built with New Zealand. Defence Minister Kim Beazley said the navy's patrol boats would step up surveillance of the northern coast.

Foreign aid is cut by 3 pct overall, but Keating said Australia would give 25 mln dlrs in emergency food aid to Ethiopia, where drought threatens millions with famine.

Aid to Fiji, suspended after the military coup in May, stays frozen. Foreign Minister Bill Hayden told reporters Canberra would not resume aid until Fiji returned to constitutional rule.

Hayden, who held talks in Jakarta on Sunday with Indonesian Foreign Minister Mochtar Kusumaatmadja on Cambodia and the border with Papua New Guinea, said the region expected Australia to keep its commitments despite the cuts.

Business groups welcomed the surplus but attacked a new tax on fringe benefits, which they said would hit small companies. The razor gang of senior ministers spent four months drawing up the cuts.

Economists said the budget would strengthen the Australian dollar, which has been under siege since the collapse of commodity prices last year. The stock market was closed when the budget was brought down. REUTER""", [
    (True, ["aid", "pledge"], ["AUS"], ["ETH"], "Australia would give 25 mln dlrs in emergency food aid to Ethiopia", "1987-09-15", "planned", {"also_accept_null": True, "quantity": {"value": 25, "unit": "mln dlrs", "approximate": False}}),
    (False, ["sanction"], ["AUS"], ["FJI"], "Aid to Fiji, suspended after the military coup in May, stays frozen", "1987-05", "past", {"note": "background of the suspension; freeze ongoing"}),
    (True, ["sanction", "rejection", "threat"], ["AUS"], ["FJI"], "Canberra would not resume aid until Fiji returned to constitutional rule", "1987-09-15", "past", {"also_accept_null": True}),
    (False, ["coercion", "occupation"], ["FJI"], ["FJI"], "suspended after the military coup in May", "1987-05", "past", {"note": "the coup itself, background"}),
    (True, ["meeting", "visit"], ["AUS"], ["IDN"], "held talks in Jakarta on Sunday with Indonesian Foreign Minister Mochtar Kusumaatmadja", "1987-09-13", "past", {"location": {"country": "IDN", "text": "Jakarta"}}),
    (False, ["cooperation", "arms_transfer"], ["AUS"], ["NZL"], "two frigates to be built with New Zealand", None, "planned", {}),
    (False, ["deployment"], ["AUS"], [], "the navy's patrol boats would step up surveillance of the northern coast", None, "planned", {}),
]))

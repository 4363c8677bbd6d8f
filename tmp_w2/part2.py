A.append(("own-4006", "U.N. Assembly Again Demands Soviet Pullout From Afghanistan", "1987-11-10", """UNITED NATIONS, Nov 10 - The U.N. General Assembly today called for the immediate withdrawal of foreign troops from Afghanistan by 123 votes to 19, with 11 abstentions, the largest majority since the Soviet intervention in December 1979.

The resolution, sponsored by Pakistan and drafted in the careful language of earlier years, does not name the Soviet Union. Western diplomats said the margin was nonetheless a heavy blow to Moscow, which had lobbied hard among African and Latin American states.

Opening the debate on Monday, Pakistan's delegate Shah Nawaz accused Soviet and Afghan aircraft of bombing villages inside Pakistan more than 200 times this year. He said three million refugees had fled the fighting.

Soviet delegate Alexander Belonogov rejected the resolution as interference in Afghanistan's internal affairs and said Moscow would withdraw its troops only when outside support for the rebels ended.

Afghan Deputy Foreign Minister Shah Mohammad Dost told the assembly that Pakistan was waging an undeclared war against his country by arming and training the guerrillas.

The debate itself was a battle of statistics. Speakers fired figures on refugees, casualties and food shortages at one another, and the Soviet bloc delegates attacked the United States for what they called its double standards in Central America.

Diplomats said the vote would strengthen the hand of U.N. mediator Diego Cordovez, who is to resume indirect talks between Pakistan and Afghanistan in Geneva early next year. The last round ended in September without a timetable for a pullout.

The resolution's supporters said they had fought off an attempt by Soviet allies to water down the text, but several non-aligned states that voted for it last year abstained after intense lobbying. Nicaragua and India were among those that did not vote in favour.

In other business, the assembly elected five non-permanent members of the Security Council for 1988-89 after three rounds of balloting. Western diplomats said the contest had been fought with unusual bitterness.

U.S. delegate Vernon Walters said the vote showed that the world would not accept the occupation of a small country by a superpower. REUTER""", [
    (True, ["appeal", "demand"], [], ["RUS", "SUN", "AFG"], "called for the immediate withdrawal of foreign troops from Afghanistan by 123 votes to 19", "1987-11-10", "past", {"note": "General Assembly, country-less"}),
    (False, ["occupation", "deployment"], S, ["AFG"], "the Soviet intervention in December 1979", "1979-12", "past", {}),
    (True, ["accusation"], ["PAK"], S + ["AFG"], "accused Soviet and Afghan aircraft of bombing villages inside Pakistan", "1987-11-09", "past", {}),
    (False, ["airstrike", "attack"], S + ["AFG"], ["PAK"], "Soviet and Afghan aircraft of bombing villages inside Pakistan more than 200 times this year", "1987", "past", {}),
    (True, ["rejection"], S, [], "Soviet delegate Alexander Belonogov rejected the resolution as interference", "1987-11-10", "past", {"also_accept": ["1987-11-09"], "also_accept_null": True}),
    (False, ["withdrawal", "pledge"], S, ["AFG"], "Moscow would withdraw its troops only when outside support for the rebels ended", None, "possible", {}),
    (True, ["arms_transfer", "accusation"], ["PAK"], ["AFG"], "Pakistan was waging an undeclared war against his country by arming and training the guerrillas", "1987-11-10", "past", {"also_accept_null": True, "note": "reported speech of an action, coded as the action (guide convention 1); the charge itself as accusation"}),
    (False, ["attack", "clash"], ["PAK"], ["AFG"], "Pakistan was waging an undeclared war against his country", None, "ongoing", {"note": "figurative charge in reported speech"}),
    (False, ["accusation"], S, ["USA"], "the Soviet bloc delegates attacked the United States for what they called its double standards", "1987-11-10", "past", {"also_accept_null": True}),
    (False, ["mediation", "meeting"], [], ["PAK", "AFG"], "who is to resume indirect talks between Pakistan and Afghanistan in Geneva early next year", "1988", "planned", {"note": "U.N. mediator"}),
    (False, ["meeting"], ["PAK", "AFG"], ["PAK", "AFG"], "The last round ended in September without a timetable for a pullout", "1987-09", "past", {}),
    (False, ["accusation", "statement"], ["USA"], S, "the world would not accept the occupation of a small country by a superpower", "1987-11-10", "past", {"also_accept_null": True}),
]))

A.append(("own-4007", "Commonwealth Leaders Split With Thatcher On Sanctions", "1987-10-17", """VANCOUVER, Oct 17 - Commonwealth leaders ended their summit today with a communique that calls for wider sanctions against South Africa, but Britain again refused to join them, leaving Prime Minister Margaret Thatcher isolated for the second meeting running.

The communique, agreed after two days of what one delegate called trench warfare over a single paragraph, says 48 of the 49 member states believe economic pressure is the most effective weapon against apartheid.

Thatcher fought her corner alone. She told a news conference that sanctions would hurt black South Africans most and that Britain would not "join a battle that destroys the jobs of the people it is meant to help."

Zambian President Kenneth Kaunda accused Britain of propping up apartheid and said history would judge Thatcher harshly. Thatcher fired back that Zambia itself traded with Pretoria.

The leaders agreed to set up a committee of foreign ministers to monitor sanctions and to help the front-line states cut their dependence on South African ports. Canadian Prime Minister Brian Mulroney, the host, pledged 20 mln Canadian dlrs to help repair the Beira rail line in Mozambique.

The summit also accepted that Fiji's membership had lapsed when its military ruler, Colonel Sitiveni Rabuka, declared the islands a republic this month. Officials said Fiji could apply to rejoin once it had a constitution acceptable to all members.

Outside the conference centre, about 300 anti-apartheid demonstrators held a noisy but peaceful protest, and police said two people were detained for blocking a road.

Delegates said the bruising debate had overshadowed discussion of debt, trade and the environment. A planned assault on farm protectionism in the communique was watered down at the request of several members.

Thatcher's aides said she had won the argument if not the vote. "She took on forty-eight of them and came out unscathed," one said.

The next summit will be held in Malaysia in 1989. REUTER""", [
    (False, ["meeting"], [], [], "Commonwealth leaders ended their summit today", "1987-10-17", "past", {"note": "Commonwealth, country-less"}),
    (True, ["appeal", "demand", "sanction"], [], ["ZAF"], "a communique that calls for wider sanctions against South Africa", "1987-10-17", "past", {"note": "Commonwealth, country-less"}),
    (True, ["rejection"], ["GBR"], ["ZAF"], "Britain again refused to join them", "1987-10-17", "past", {"also_accept_null": True}),
    (False, ["rejection", "statement"], ["GBR"], ["ZAF"], "Britain would not \"join a battle that destroys the jobs", "1987-10-17", "past", {"also_accept_null": True}),
    (True, ["accusation"], ["ZMB"], ["GBR"], "Zambian President Kenneth Kaunda accused Britain of propping up apartheid", "1987-10-17", "past", {"also_accept_null": True}),
    (False, ["accusation"], ["GBR"], ["ZMB"], "Thatcher fired back that Zambia itself traded with Pretoria", "1987-10-17", "past", {"also_accept_null": True}),
    (False, ["agreement", "cooperation"], [], [], "The leaders agreed to set up a committee of foreign ministers to monitor sanctions", "1987-10-17", "past", {"also_accept_null": True}),
    (True, ["aid", "pledge"], ["CAN"], ["MOZ"], "pledged 20 mln Canadian dlrs to help repair the Beira rail line in Mozambique", "1987-10-17", "past", {"also_accept_null": True, "quantity": {"value": 20, "unit": "mln Canadian dlrs", "approximate": False}}),
    (False, ["sanction"], [], ["FJI"], "The summit also accepted that Fiji's membership had lapsed", "1987-10-17", "past", {"also_accept_null": True}),
    (False, ["protest"], ["CAN"], ["ZAF"], "about 300 anti-apartheid demonstrators held a noisy but peaceful protest", "1987-10-17", "past", {"also_accept_null": True}),
    (False, ["meeting"], ["MYS"], [], "The next summit will be held in Malaysia in 1989", "1989", "planned", {}),
    (False, ["coercion"], ["CAN"], ["CAN"], "police said two people were detained for blocking a road", "1987-10-17", "past", {"also_accept_null": True}),
]))

A.append(("own-4008", "Gulf War Risk Rates Soar After Attacks On Tankers", "1987-09-08", """LONDON, Sept 8 - War risk insurance rates for tankers trading in the Gulf rose sharply today after Iranian gunboats attacked a Norwegian tanker off Dubai on Sunday, the third such attack in a week, Lloyd's underwriters said.

Underwriters said the premium for a seven-day voyage to Kuwait rose to 0.5 pct of a ship's value from 0.375 pct, while cover for calls at Iran's Kharg Island terminal now costs up to 0.75 pct. "Owners are being hit from both sides," one broker said.

The Norwegian ship, the 220,000-tonne Fernland, was set on fire by rocket-propelled grenades but reached Fujairah under its own power. No one was hurt, her owners said in Oslo.

In Washington, the Pentagon said U.S. warships had begun escorting a fifth convoy of reflagged Kuwaiti tankers through the Strait of Hormuz on Monday.

The Joint War Risks Committee, which advises Lloyd's, has not changed the boundaries of the Gulf war zone since 1984. Brokers said the committee would meet next week and could extend the zone to cover the Gulf of Oman.

Shipowners say they are under fire from insurers and charterers at once. Freight rates for Gulf voyages have failed to keep pace with premiums, and several Greek owners have withdrawn their ships from the Kharg shuttle.

"It is a war of attrition," said a spokesman for the International Association of Independent Tanker Owners. "The underwriters are winning it and the owners are paying for it."

Some underwriters fear a repeat of 1984, when attacks on shipping pushed losses so high that several syndicates pulled out of the market. Insurers paid out more than 400 mln dlrs in Gulf claims that year.

Marine insurers are also fighting a price war on ordinary hull cover, where rates have fallen by a third since 1985 as new capacity flooded into London.

Brokers said a U.S.-Iranian clash in the lower Gulf would send premiums through the roof. Iran has warned that it will hit back at any country that helps Iraq. REUTER""", [
    (True, ["attack"], ["IRN"], ["NOR"], "Iranian gunboats attacked a Norwegian tanker off Dubai on Sunday", "1987-09-06", "past", {"location": {"country": "ARE", "text": "off Dubai"}}),
    (False, ["attack"], ["IRN"], [], "the third such attack in a week", "1987-W36", "past", {}),
    (False, ["attack"], ["IRN"], ["NOR"], "was set on fire by rocket-propelled grenades", "1987-09-06", "past", {"also_accept_null": True}),
    (True, ["cooperation", "deployment"], ["USA"], ["KWT"], "warships had begun escorting a fifth convoy of reflagged Kuwaiti tankers", "1987-09-07", "past", {}),
    (False, ["attack"], [], [], "when attacks on shipping pushed losses so high", "1984", "past", {}),
    (False, ["clash"], ["USA", "IRN"], ["USA", "IRN"], "a U.S.-Iranian clash in the lower Gulf would send premiums through the roof", None, "possible", {}),
    (False, ["threat"], ["IRN"], [], "Iran has warned that it will hit back at any country that helps Iraq", None, "past", {}),
]))

A.append(("own-4009", "Amnesty Report Lists Torture Cases In Turkey", "1987-12-01", """LONDON, Dec 1 - Amnesty International said today that torture remained widespread in Turkish police stations and prisons, seven years after the military took power, and listed more than 200 cases it said it had documented since 1984.

The London-based human rights group's 60-page report said detainees had been beaten on the soles of their feet, given electric shocks and hung by their arms. It named 12 prisoners who it said had died in custody since 1985.

The report said soldiers raided villages in the southeast in 1986 during operations against Kurdish separatist guerrillas and detained hundreds of men, some of whom were tortured. It said at least 50 people were still held without trial.

In Ankara, the Foreign Ministry rejected the report as biased and said Turkey had made torture a crime and punished officers who broke the law. A spokesman said 62 policemen had been convicted since 1983.

Danish Foreign Minister Uffe Ellemann-Jensen said he would raise the report with Turkish Foreign Minister Vahit Halefoglu when they meet in Brussels next week. Denmark has led criticism of Turkey's rights record within the European Community since Ankara applied to join in April.

Amnesty said it had repeatedly asked the Turkish authorities for permission to send a mission to visit prisons, but had received no answer. It urged the government to ratify the European convention against torture, which Turkey signed in January.

The report also criticised the use of the death penalty. It said military courts had passed more than 300 death sentences since 1980, of which 50 had been carried out, although no one has been executed since 1984.

Turkish human rights lawyers welcomed the report but said it understated the problem. "The battle against torture is being lost in the police stations," said one Istanbul lawyer who has defended many political prisoners.

The government of Prime Minister Turgut Ozal, which won re-election last month, has promised to strengthen the rights of detainees. Ozal told parliament in his programme speech last week that Turkey would meet "the highest European standards." REUTER""", [
    (False, ["accusation"], [], ["TUR"], "torture remained widespread in Turkish police stations and prisons", "1987-12-01", "past", {"note": "Amnesty International, country-less"}),
    (False, ["coercion", "occupation"], ["TUR"], ["TUR"], "seven years after the military took power", "1980", "past", {}),
    (False, ["coercion"], ["TUR"], ["TUR"], "detainees had been beaten on the soles of their feet", None, "past", {"note": "undated background abuse"}),
    (False, ["attack", "coercion"], ["TUR"], ["TUR"], "soldiers raided villages in the southeast in 1986", "1986", "past", {"note": "past domestic operations, background"}),
    (False, ["coercion"], ["TUR"], ["TUR"], "at least 50 people were still held without trial", None, "ongoing", {}),
    (True, ["rejection"], ["TUR"], [], "the Foreign Ministry rejected the report as biased", "1987-12-01", "past", {"also_accept_null": True}),
    (True, ["meeting"], ["DNK"], ["TUR"], "he would raise the report with Turkish Foreign Minister Vahit Halefoglu when they meet in Brussels next week", "1987-W50", "planned", {}),
    (False, ["accusation"], ["DNK"], ["TUR"], "Denmark has led criticism of Turkey's rights record within the European Community", None, "ongoing", {}),
    (False, ["appeal"], [], ["TUR"], "It urged the government to ratify the European convention against torture", "1987-12-01", "past", {"also_accept_null": True, "note": "Amnesty"}),
    (False, ["agreement"], ["TUR"], [], "which Turkey signed in January", "1987-01", "past", {}),
    (False, ["appeal", "cooperation"], ["TUR"], [], "since Ankara applied to join in April", "1987-04", "past", {"note": "application to the European Community"}),
    (False, ["appeal"], [], ["TUR"], "Amnesty said it had repeatedly asked the Turkish authorities for permission", None, "past", {"note": "Amnesty"}),
    (False, ["coercion"], ["TUR"], ["TUR"], "more than 300 death sentences since 1980, of which 50 had been carried out", "1980", "past", {"note": "domestic executions, background"}),
    (False, ["pledge"], ["TUR"], ["TUR"], "has promised to strengthen the rights of detainees", None, "past", {}),
]))

A.append(("own-4010", "Profile - Savimbi, Angola's Rebel In A Three-Piece Suit", "1987-10-06", """JAMBA, Angola, Oct 6 - Jonas Savimbi, the bearded rebel leader who has fought Angola's Marxist government for 12 years, likes to receive visitors in a three-piece suit with a pearl-handled pistol on his hip.

In an interview at his bush headquarters in the far southeast, the 53-year-old head of UNITA said his guerrillas had shot down an Angolan MiG-23 fighter near the Lomba river on Sunday and were holding back a government offensive on Mavinga.

"They attack with Soviet tanks and Cuban pilots, and they are losing," he said, tapping a map. The claim could not be confirmed independently.

In Luanda, the government accused South Africa on Monday of sending two battalions across the Namibian border to help UNITA defend Mavinga. Pretoria did not comment.

Savimbi is a born fighter and a born performer. The son of a railway stationmaster, he studied in Portugal and Switzerland and speaks seven languages. He shot to international fame in the 1970s and has since waged a relentless charm offensive in Western capitals.

His critics call him a ruthless commander who purges rivals. His admirers in Washington call him a freedom fighter, and the Reagan administration has sent his forces Stinger anti-aircraft missiles since last year, U.S. officials have said.

UNITA claims to control a third of Angola's territory and to field 60,000 men. Western military analysts put the figure closer to 30,000.

Savimbi attacks Marxism in the language of a politics professor and quotes Mao on guerrilla war in the next breath. "I was trained in China. I know how the other side thinks," he said.

His headquarters at Jamba, a town of thunderous generators and neat thatched huts, has a hospital, schools and a parade ground where recruits drill with captured rifles.

Asked about peace, Savimbi said he was ready for talks with the government at any time, but not while 37,000 Cuban troops remained in Angola. "When the Cubans go, we will sit down the next day," he said. REUTER""", [
    (False, ["clash"], ["AGO"], ["AGO"], "who has fought Angola's Marxist government for 12 years", None, "ongoing", {"note": "UNITA coded AGO; background"}),
    (True, ["attack"], ["AGO"], ["AGO"], "his guerrillas had shot down an Angolan MiG-23 fighter near the Lomba river on Sunday", "1987-10-04", "past", {"note": "UNITA coded AGO"}),
    (False, ["clash", "attack"], ["AGO"], ["AGO"], "were holding back a government offensive on Mavinga", "1987-10-06", "ongoing", {"also_accept_null": True}),
    (False, ["attack"], ["AGO", "CUB"], ["AGO"], "They attack with Soviet tanks and Cuban pilots", None, "ongoing", {}),
    (True, ["accusation"], ["AGO"], ["ZAF"], "the government accused South Africa on Monday of sending two battalions", "1987-10-05", "past", {}),
    (False, ["deployment"], ["ZAF"], ["AGO"], "sending two battalions across the Namibian border to help UNITA defend Mavinga", "1987-10-05", "past", {"also_accept_null": True}),
    (True, ["arms_transfer"], ["USA"], ["AGO"], "the Reagan administration has sent his forces Stinger anti-aircraft missiles since last year", "1986", "ongoing", {"also_accept_null": True}),
    (False, ["occupation"], ["AGO"], ["AGO"], "UNITA claims to control a third of Angola's territory", None, "ongoing", {}),
    (False, ["pledge", "meeting"], ["AGO"], ["AGO"], "Savimbi said he was ready for talks with the government at any time", None, "possible", {}),
    (False, ["deployment"], ["CUB"], ["AGO"], "not while 37,000 Cuban troops remained in Angola", None, "ongoing", {}),
]))

A.append(("own-4011", "Shuttle Fleet Readies For Return As Soviet Test Draws Protest", "1987-10-02", """CAPE CANAVERAL, Oct 2 - NASA engineers today fired the redesigned booster rocket of the space shuttle for two minutes in a Utah test stand, the last major hurdle before the fleet returns to flight next June, 20 months after the Challenger disaster.

The booster roared through its full burn and the joint that failed on Challenger held, officials said. "It was a direct hit. Every target we set was met," said program manager Royce Mitchell.

The space agency has been fighting a long battle to restore its credibility since seven astronauts died when Challenger exploded 73 seconds after launch in January 1986.

The test came as the State Department said the United States had protested to Moscow on Thursday about a Soviet missile test in which two unarmed warheads splashed down in the Pacific about 500 miles northwest of Hawaii.

A spokeswoman said the test area was uncomfortably close to American territory and that Washington had asked the Soviet embassy for an explanation. Moscow had announced the test zone in advance to shipping, as required.

At the Kennedy Space Center, technicians are stacking the boosters for the first flight, and the launch team has been drilled in a new abort procedure that would let the crew bail out over the ocean.

The shuttle will carry a communications satellite and, on later flights, experiments for the Strategic Defence Initiative, the Pentagon's anti-missile programme. Critics in Congress have attacked plans to use one in four flights for military payloads.

An unmanned Delta rocket carrying a weather satellite is due to blast off from the Cape on Monday. The Air Force, which lost a Titan rocket in an explosion last year, is to resume launches of its own heavy rockets in the spring.

The Soviet Union, which launched its giant Energia booster in May, has pressed ahead while the American programme was grounded. Western analysts say Moscow could fly a reusable shuttle of its own next year.

Mitchell said the agency had won the war against its own complacency. "We have shot down every problem the investigators found," he said. REUTER""", [
    (True, ["protest", "accusation"], ["USA"], S, "the United States had protested to Moscow on Thursday about a Soviet missile test", "1987-10-01", "past", {}),
    (False, ["military_exercise"], S, [], "two unarmed warheads splashed down in the Pacific about 500 miles northwest of Hawaii", "1987-10-01", "past", {"also_accept_null": True, "note": "the missile test itself"}),
    (False, ["demand", "appeal"], ["USA"], S, "Washington had asked the Soviet embassy for an explanation", "1987-10-01", "past", {"also_accept_null": True}),
]))

A.append(("own-4012", "Helderberg Inquiry Says Fire Began In Cargo Hold", "1987-12-09", """PORT LOUIS, Dec 9 - A fire broke out in the main deck cargo hold of the South African Airways Boeing 747 that plunged into the Indian Ocean last month, killing all 159 people on board, investigators said today.

Chief investigator Judge Cecil Margo told a news conference that debris recovered from the sea showed signs of intense heat, but there was no evidence yet of a bomb or of an attack on the aircraft. "We have ruled nothing out and nothing in," he said.

The Helderberg, flying from Taipei to Johannesburg, crashed on November 28 about 250 km northeast of Mauritius after the crew reported smoke in the cabin. Flight recorders lie in water almost five km deep.

South African Transport Minister Eli Louw flew to Mauritius on Tuesday for talks with Prime Minister Anerood Jugnauth on the search, the first visit by a South African minister since Mauritius became independent in 1968.

The United States has sent a Navy team with a deep-diving robot to help recover the recorders, the U.S. embassy in Pretoria said. The team is due to begin work next week from a chartered ship.

Investigators said the pattern of wreckage suggested the aircraft broke up on impact rather than in the air. Search vessels have picked up bodies and more than 100 pieces of debris, some of them badly burned.

Relatives of the victims, most of them South African and Taiwanese, have bombarded the airline with questions about the cargo, and a group of Taiwanese families has hired lawyers to fight for compensation.

The airline has denied that the aircraft carried explosives or munitions. It said the cargo included computers, electronic parts and sports goods.

The crash is the worst in the airline's history. It comes at a time when the carrier is already fighting to keep its routes open against boycotts by several countries over apartheid.

Margo said the inquiry would take at least a year. "This is a battle against the ocean as much as anything," he said. REUTER""", [
    (False, ["attack"], [], ["ZAF"], "there was no evidence yet of a bomb or of an attack on the aircraft", None, "possible", {"negated": True}),
    (True, ["visit", "meeting"], ["ZAF"], ["MUS"], "Eli Louw flew to Mauritius on Tuesday for talks with Prime Minister Anerood Jugnauth", "1987-12-08", "past", {"location": {"country": "MUS", "text": "Mauritius"}}),
    (True, ["aid", "cooperation"], ["USA"], ["ZAF"], "The United States has sent a Navy team with a deep-diving robot to help recover the recorders", "1987-12-09", "past", {"also_accept_null": True}),
    (False, ["sanction"], [], ["ZAF"], "against boycotts by several countries over apartheid", None, "ongoing", {}),
]))

A.append(("own-4013", "Colombia Sends Cocaine Baron Lehder To U.S. Hours After Capture", "1987-02-05", """BOGOTA, Feb 5 - Colombia extradited accused cocaine baron Carlos Lehder Rivas to the United States last night, hours after police captured him in a raid on a ranch near Medellin, the Justice Ministry said today.

Lehder, 37, one of the reputed leaders of the Medellin cartel, was flown to Tampa, Florida, aboard a U.S. Drug Enforcement Administration plane. He faces charges of smuggling tons of cocaine into the United States.

Police said an informer led them to the ranch, where Lehder and 14 bodyguards surrendered without firing a shot. Officers seized rifles, grenades and radio equipment.

U.S. Attorney General Edwin Meese praised the Colombian government, saying the extradition was "a major victory in the war on drugs" and proof that Bogota was fighting the traffickers.

The drug barons have declared war on the state. Their gunmen killed Justice Minister Rodrigo Lara Bonilla in 1984, and more than 20 judges have been murdered since. Last year the supreme court struck down the extradition treaty with Washington, but President Virgilio Barco has used emergency powers to keep sending suspects north.

In a statement read on a Medellin radio station, a group calling itself the Extraditables threatened to kill "one judge for every Colombian sent abroad." Police said they had stepped up protection for members of the judiciary.

Lehder, the son of a German engineer, once ran his own island in the Bahamas as a transit base for smuggling aircraft and founded a political party that attacked the extradition treaty as a betrayal of Colombian sovereignty.

Colombian newspapers called the capture a turning point, but several columnists said the cartel had an army of smugglers and would quickly fill the gap. "For every general who falls, ten captains are waiting," wrote one.

Police also raided three laboratories in the eastern jungle this week and destroyed more than two tons of cocaine paste, the Justice Ministry said.

Barco is due in Washington later this month for talks with President Reagan on drugs and trade, officials said. REUTER""", [
    (True, ["cooperation", "coercion"], ["COL"], ["USA", "COL"], "Colombia extradited accused cocaine baron Carlos Lehder Rivas to the United States last night", "1987-02-04", "past", {}),
    (False, ["coercion"], ["COL"], ["COL"], "police captured him in a raid on a ranch near Medellin", "1987-02-04", "past", {"note": "domestic arrest"}),
    (True, ["support"], ["USA"], ["COL"], "Edwin Meese praised the Colombian government", "1987-02-05", "past", {"also_accept_null": True}),
    (False, ["attack"], ["COL"], ["COL"], "Their gunmen killed Justice Minister Rodrigo Lara Bonilla in 1984", "1984", "past", {"note": "drug gang murder, background"}),
    (False, ["coercion"], ["COL"], ["COL"], "Officers seized rifles, grenades and radio equipment", "1987-02-04", "past", {"note": "domestic police action"}),
    (False, ["cooperation", "coercion"], ["COL"], ["USA"], "has used emergency powers to keep sending suspects north", None, "ongoing", {}),
    (False, ["threat"], ["COL"], ["COL"], "threatened to kill \"one judge for every Colombian sent abroad.\"", "1987-02-05", "past", {"also_accept_null": True, "note": "drug gang threat, domestic"}),
    (False, ["coercion"], ["COL"], ["COL"], "Police also raided three laboratories in the eastern jungle this week", "1987-W06", "past", {"note": "domestic police action"}),
    (False, ["agreement"], ["COL", "USA"], ["COL", "USA"], "the supreme court struck down the extradition treaty with Washington", "1986", "past", {}),
    (True, ["visit", "meeting"], ["COL"], ["USA"], "Barco is due in Washington later this month for talks with President Reagan", "1987-02", "planned", {}),
]))

A.append(("own-4014", "Five Years On, Falklands Veterans Remember As Buenos Aires Presses Claim", "1987-04-02", """BUENOS AIRES, April 2 - Thousands of Argentine veterans of the Falklands war marched through the capital today to mark the fifth anniversary of the landing on the islands, as President Raul Alfonsin called on Britain to negotiate their future.

In a speech at a ceremony in the naval base of Puerto Belgrano, Alfonsin said Argentina would never give up its claim to the islands it calls the Malvinas, but would pursue it "only by peaceful means." He urged Britain to sit down and talk about sovereignty.

In London, a Foreign Office spokesman rejected the call and said sovereignty was not negotiable. Britain has offered talks on fishing and trade links only.

Argentine troops landed at Port Stanley on April 2, 1982, and held the islands for 74 days until a British task force retook them in June. The war cost the lives of 649 Argentines and 255 Britons.

Veterans laid wreaths at a monument in San Martin square for the 368 sailors who died when a British submarine sank the cruiser General Belgrano. Many of the marchers wore their old combat jackets, and some carried banners attacking the military junta that sent them to war.

"We were boys with bad boots fighting a war the generals lost in their offices," said one former conscript, who lost a leg to a mine on Mount Longdon.

Britain now keeps about 2,000 troops on the islands and has built a 400 mln stg airport at Mount Pleasant, which Argentina calls a provocation. Argentina says the garrison and a fishing zone Britain declared last October threaten the peace of the South Atlantic.

The anniversary passed quietly in Port Stanley, where islanders held a service of thanksgiving. Governor Gordon Jewkes said the islanders' wish to stay British had not changed.

Alfonsin, who faces a restless army at home over the trials of officers for abuses under military rule, has made the islands a symbol of his effort to bring the armed forces under civilian control. REUTER""", [
    (False, ["protest"], ["ARG"], [], "Thousands of Argentine veterans of the Falklands war marched through the capital today", "1987-04-02", "past", {"note": "commemorative march, domestic"}),
    (True, ["appeal"], ["ARG"], ["GBR"], "President Raul Alfonsin called on Britain to negotiate their future", "1987-04-02", "past", {}),
    (False, ["appeal"], ["ARG"], ["GBR"], "He urged Britain to sit down and talk about sovereignty", "1987-04-02", "past", {"also_accept_null": True}),
    (False, ["pledge", "statement"], ["ARG"], ["GBR"], "would pursue it \"only by peaceful means.\"", "1987-04-02", "past", {"also_accept_null": True}),
    (True, ["rejection"], ["GBR"], ["ARG"], "a Foreign Office spokesman rejected the call and said sovereignty was not negotiable", "1987-04-02", "past", {"also_accept_null": True}),
    (False, ["pledge", "meeting"], ["GBR"], ["ARG"], "Britain has offered talks on fishing and trade links only", None, "past", {}),
    (False, ["occupation"], ["ARG"], ["GBR"], "Argentine troops landed at Port Stanley on April 2, 1982", "1982-04-02", "past", {"note": "anniversary background"}),
    (False, ["occupation", "attack"], ["GBR"], ["ARG"], "until a British task force retook them in June", "1982-06", "past", {}),
    (False, ["attack"], ["GBR"], ["ARG"], "when a British submarine sank the cruiser General Belgrano", "1982-05", "past", {}),
    (False, ["deployment"], ["GBR"], ["ARG"], "Britain now keeps about 2,000 troops on the islands", None, "ongoing", {}),
    (False, ["accusation"], ["ARG"], ["GBR"], "which Argentina calls a provocation", None, "ongoing", {}),
    (False, ["accusation", "threat"], ["ARG"], ["GBR"], "Argentina says the garrison and a fishing zone Britain declared last October threaten the peace", None, "ongoing", {}),
    (False, ["blockade", "sanction"], ["GBR"], ["ARG"], "a fishing zone Britain declared last October", "1986-10", "past", {}),
]))

A.append(("own-4015", "Kubrick's Vietnam Film Opens As Hanoi Agrees To Receive Envoy", "1987-06-26", """NEW YORK, June 26 - Stanley Kubrick's "Full Metal Jacket," which opens in American cinemas today, is a film of two halves: a savage assault on the way the Marine Corps turns recruits into killers, and a chilling account of street fighting in the battle for Hue in 1968.

The first half belongs to Lee Ermey, a former drill instructor who bombards his platoon with a torrent of abuse that would make a sergeant blush. His war of nerves with a slow-witted recruit ends in a bathroom with a rifle.

The second half follows a military journalist into the ruined city, where a squad is pinned down by a sniper. Kubrick shot the battle scenes in a disused gasworks in east London, and the explosions, the smoke and the burning palm trees are remarkably convincing.

Kubrick does not take sides. He attacks no one and defends nothing, and some viewers will find the film cold. But its final march, in which the Marines sing the Mickey Mouse theme as Hue burns, is unforgettable.

The film arrives a year after Oliver Stone's "Platoon" won the Academy Award for best picture and at a time when Washington and Hanoi are cautiously discussing the war's unfinished business.

In Bangkok, Vietnamese diplomats said on Wednesday that Hanoi would receive President Reagan's special envoy, retired General John Vessey, in August for talks on the 2,400 American servicemen still listed as missing.

The State Department welcomed the decision. A spokesman said the United States would not discuss aid or diplomatic ties until Vietnam withdrew its troops from Cambodia.

Veterans' groups, who have fought for years to keep the missing on the national agenda, said they would judge Hanoi by results. "We have heard promises before," said one.

Warner Brothers, which has bombarded television with advertisements for the film, said advance bookings were strong. Kubrick, who has not visited the United States for years, did not attend the premiere.

"Full Metal Jacket" runs 116 minutes and is rated R for violence and language. REUTER""", [
    (False, ["clash"], ["USA", "VNM"], ["USA", "VNM"], "the battle for Hue in 1968", "1968", "past", {"note": "historical battle portrayed in a film"}),
    (True, ["meeting", "visit"], ["VNM"], ["USA"], "Hanoi would receive President Reagan's special envoy, retired General John Vessey, in August", "1987-08", "planned", {}),
    (False, ["support"], ["USA"], ["VNM"], "The State Department welcomed the decision", "1987-06-26", "past", {"also_accept_null": True}),
    (True, ["rejection", "demand"], ["USA"], ["VNM"], "the United States would not discuss aid or diplomatic ties until Vietnam withdrew its troops from Cambodia", "1987-06-26", "past", {"also_accept_null": True}),
    (False, ["occupation", "deployment"], ["VNM"], ["KHM"], "until Vietnam withdrew its troops from Cambodia", None, "ongoing", {}),
    (False, ["meeting"], ["USA", "VNM"], ["USA", "VNM"], "Washington and Hanoi are cautiously discussing the war's unfinished business", None, "ongoing", {}),
]))

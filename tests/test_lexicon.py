"""The lexicon battery: event verbs, phrasal verbs and event nouns of wire copy, one short sentence each.

Each case is a sentence between known actors (countries, capitals, leaders, roles) and what it must give, at the
country + root level that `dyad evaluate` scores at: "RUS UKR 19" (a Russian source, a Ukrainian target, an event of
CAMEO root 19; "11|17" accepts either root), or "!18" (no event of root 18: figurative, negated, hypothetical uses).
A positive case passes when the sentence gives at least that triple; other events may come with it.

The battery was written from how wire copy reports each root, then checked against the codebook of the ninth
session's end: WORK_LIST holds the cases that failed then (the work list of the verbs/*_lexicon.yaml entries).
STILL_MISSED holds those that still fail (strict xfail: a case that starts to pass must leave the list). Several of
them are actor or engine questions rather than missing words (a named group's country, "a suicide bomber" with no
country named, a code the codebook chose on purpose such as 201 for deported refugees).

Run ``python tests/test_lexicon.py`` for the pass rate by root and the failures.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DAY = dt.date(2024, 6, 15)

# (sentence, expectation)
CASES: list[tuple[str, str]] = [
    # 01 statements
    ('Russia brushed off the allegations made by Ukraine.', 'RUS UKR 01|12'),
    ('The Kremlin shrugged off criticism from Washington.', 'RUS USA 01|12'),
    ('Beijing played down the dispute with Manila.', 'CHN PHL 01'),
    ('Iran disavowed the attack on the Israeli embassy.', 'IRN ISR 01'),
    ('Hamas claimed responsibility for the rocket attack on Israel.', 'PSE ISR 01|19'),
    ('Erdogan expressed sympathy to Greece after the earthquake.', 'TUR GRC 01|05'),
    ('Putin refused to comment on the talks with Ukraine.', 'RUS UKR 01|12'),
    ('Pakistan sought to downplay tensions with India.', 'PAK IND 01'),
    ('Moscow rebuffed claims by Kyiv that its troops used chemical weapons.', 'RUS UKR 01|12'),
    ('Seoul voiced optimism about talks with Tokyo.', 'KOR JPN 01'),
    # 02 appeals
    ('Germany implored Russia to return to the negotiating table.', 'DEU RUS 02'),
    ('Pope Francis pleaded with Israel to spare civilians in Gaza.', 'VAT ISR 02'),
    ('Japan pressed China to release the detained Japanese businessman.', 'JPN CHN 02|10'),
    ('Egypt lobbied Washington to push for a ceasefire in Gaza.', 'EGY USA 02'),
    ('Zelensky appealed for more air defence systems from Germany.', 'UKR DEU 02'),
    ('Kenya beseeched the United Nations to send more aid to Somalia.', 'KEN IGO 02'),
    ('Macron exhorted China to use its influence with Russia.', 'FRA CHN 02'),
    ('Brazil petitioned the United Nations to investigate the killings.', 'BRA IGO 02'),
    ('The European Union nudged Serbia to recognise Kosovo.', 'IGO SRB 02'),
    ('Qatar prodded Hamas to accept the ceasefire proposal.', 'QAT PSE 02'),
    ('Ukraine sought more weapons from the United States.', 'UKR USA 02'),
    ('Lebanon requested help from France to rebuild the port.', 'LBN FRA 02'),
    # 03 intents
    ('China vowed to deepen cooperation with Russia.', 'CHN RUS 03'),
    ('Germany pledged to send more tanks to Ukraine.', 'DEU UKR 03'),
    ('Japan signalled readiness to hold talks with North Korea.', 'JPN PRK 03'),
    ('India offered to mediate between Russia and Ukraine.', 'IND RUS 03'),
    ('Turkey expressed willingness to host talks between Russia and Ukraine.', 'TUR RUS 03'),
    ('Saudi Arabia committed to investing billions in Egypt.', 'SAU EGY 03'),
    ('Biden promised Zelensky more air defence systems.', 'USA UKR 03'),
    ('Britain earmarked 500 million pounds in military aid for Ukraine.', 'GBR UKR 03|07'),
    ('Poland volunteered to host the peace summit with Ukraine.', 'POL UKR 03|04'),
    # 04 consultations, visits, mediation
    ('Blinken huddled with Netanyahu in Jerusalem.', 'USA ISR 04'),
    ('Macron conferred with Scholz on the crisis.', 'FRA DEU 04'),
    ('Putin sat down with Xi Jinping in Beijing.', 'RUS CHN 04'),
    ('Lavrov rang his Turkish counterpart to discuss the grain deal.', 'RUS TUR 04'),
    ('Kishida dialled Yoon Suk Yeol after the missile launch.', 'JPN KOR 04'),
    ('Erdogan touched down in Baghdad for talks with Iraqi leaders.', 'TUR IRQ 04'),
    ('Modi arrived in Moscow on a two-day visit.', 'IND RUS 04'),
    ('Scholz flew to Beijing for talks with Chinese leaders.', 'DEU CHN 04'),
    ('Blinken travelled to Cairo to meet Egyptian officials.', 'USA EGY 04'),
    ('Egypt brokered talks between Israel and Hamas.', 'EGY ISR 04'),
    ('Qatar facilitated the exchange of prisoners between Russia and Ukraine.', 'QAT RUS 04'),
    ('Turkey coordinated the prisoner exchange between Russia and the United States.', 'TUR RUS 04'),
    ('Norway mediated between Venezuela and its opposition.', 'NOR VEN 04'),
    ('Sikorski hosted his Ukrainian counterpart in Warsaw.', 'POL UKR 04'),
    ('China and Brazil held consultations on the war in Ukraine.', 'CHN BRA 04'),
    ('Armenia and Azerbaijan negotiated a peace treaty.', 'ARM AZE 04|05'),
    ('Guterres received the Iranian foreign minister at UN headquarters.', 'IGO IRN 04'),
    # 05 diplomatic cooperation
    ('Macron lauded Italy for its role in the rescue.', 'FRA ITA 05'),
    ('Putin hailed his friendship with Xi Jinping.', 'RUS CHN 05'),
    ('Biden commended Qatar for its mediation.', 'USA QAT 05'),
    ('Zelensky paid tribute to Poland for sheltering refugees.', 'UKR POL 05'),
    ('Xi Jinping applauded Brazil for its stance on Ukraine.', 'CHN BRA 05'),
    ('Erdogan stood by Qatar in its dispute with Saudi Arabia.', 'TUR QAT 05'),
    ('Saudi Arabia restored diplomatic ties with Iran.', 'SAU IRN 05'),
    ('Spain formally recognised the State of Palestine.', 'ESP PSE 05'),
    ('Japan and the Philippines inked a defence pact.', 'JPN PHL 05|06'),
    ('India and the United Arab Emirates sealed a free trade agreement.', 'IND ARE 05|06'),
    ('Germany apologised to Namibia for colonial-era atrocities.', 'DEU NAM 05'),
    ('Australia expressed gratitude to Japan for its support.', 'AUS JPN 05'),
    ("Pakistan voiced support for China's position on Taiwan.", 'PAK CHN 05'),
    ('Hungary sided with Russia in the dispute over energy.', 'HUN RUS 05'),
    ('Kenya reopened its embassy in Somalia.', 'KEN SOM 05'),
    # 06 material cooperation
    ('Russia and Iran held joint naval drills.', 'RUS IRN 06'),
    ('The United States shared intelligence with Israel on Hamas leaders.', 'USA ISR 06'),
    ('France extradited a Rwandan genocide suspect to Rwanda.', 'FRA RWA 06'),
    ('Spain handed over a suspected drug lord to the United States.', 'ESP USA 06|08'),
    ("China invested heavily in Pakistan's ports.", 'CHN PAK 06'),
    ('Russia supplied drones to Iran.', 'RUS IRN 06|07'),
    ('Germany trained Ukrainian troops.', 'DEU UKR 06|07'),
    ('South Korea and Japan conducted joint exercises.', 'KOR JPN 06'),
    ('Turkey teamed up with Qatar to rebuild Gaza.', 'TUR QAT 06'),
    # 07 aid
    ('Japan airlifted tents and blankets to Turkey.', 'JPN TUR 07'),
    ('Britain disbursed 100 million pounds in aid to Sudan.', 'GBR SDN 07'),
    ('China donated vaccines to Cambodia.', 'CHN KHM 07'),
    ('The World Food Programme delivered food to Sudan.', 'IGO SDN 07'),
    ("The United States bankrolled Ukraine's war effort.", 'USA UKR 07'),
    ('Canada granted asylum to a Saudi dissident.', 'CAN SAU 07'),
    ('Germany gave shelter to Afghan refugees.', 'DEU AFG 07'),
    ('India rushed relief supplies to Sri Lanka.', 'IND LKA 07'),
    ("Saudi Arabia deposited $3 billion in Pakistan's central bank.", 'SAU PAK 07'),
    ('The United States shipped Patriot missiles to Ukraine.', 'USA UKR 07'),
    ('Qatar funded salaries in Gaza.', 'QAT PSE 07'),
    ('Turkey evacuated wounded Palestinians from Gaza.', 'TUR PSE 07'),
    # 08 yielding
    ('Iran freed a French citizen held for two years.', 'IRN FRA 08'),
    ('Russia handed back the bodies of Ukrainian soldiers.', 'RUS UKR 08'),
    ('Venezuela let go of two American prisoners.', 'VEN USA 08'),
    ("The United States lifted sanctions on Venezuela's oil sector.", 'USA VEN 08'),
    ('The European Union eased sanctions on Syria.', 'IGO SYR 08'),
    ('Israel pulled its troops out of Khan Younis.', 'ISR PSE 08'),
    ('Russia withdrew its forces from Kherson.', 'RUS UKR 08'),
    ('Israel reopened the Kerem Shalom crossing into Gaza.', 'ISR PSE 08'),
    ('Azerbaijan allowed Russian peacekeepers to leave Nagorno-Karabakh.', 'AZE RUS 08'),
    ('Israel agreed to a truce with Hezbollah.', 'ISR LBN 08|03'),
    ('North Korea repatriated the bodies of American soldiers.', 'PRK USA 08'),
    ('Ethiopia pardoned jailed Eritrean journalists.', 'ETH ERI 08'),
    ('Iran conceded to demands from the United Nations nuclear agency.', 'IRN IGO 08'),
    ('Belarus pardoned a jailed Polish journalist.', 'BLR POL 08'),
    # 09 investigations
    ('Poland probed the sabotage blamed on Russia.', 'POL RUS 09'),
    ("The International Criminal Court opened an investigation into Israel's conduct in Gaza.", 'IGO ISR 09'),
    ('French prosecutors launched an inquiry into the Russian cyberattack.', 'FRA RUS 09'),
    ('Germany investigated suspected Chinese spies.', 'DEU CHN 09'),
    ('Britain looked into allegations of Russian interference.', 'GBR RUS 09'),
    ('The United Nations sent investigators to examine killings by Ethiopian troops.', 'IGO ETH 09'),
    ("Canada is investigating India's role in the killing of a Sikh leader.", 'CAN IND 09'),
    # 10 demands
    ('Ukraine insisted that Russia withdraw all its troops.', 'UKR RUS 10'),
    ('China called for Japan to stop dumping water into the sea.', 'CHN JPN 10|02'),
    ('Poland pressed Belarus to release the jailed journalist.', 'POL BLR 10|02'),
    ('Iran demanded compensation from Britain.', 'IRN GBR 10'),
    ('Turkey told Sweden to crack down on Kurdish militants.', 'TUR SWE 10'),
    ('Israel ordered Hamas to free the hostages.', 'ISR PSE 10'),
    ('Washington pushed Israel to allow more aid into Gaza.', 'USA ISR 10|02'),
    ('Pakistan sought the extradition of an Indian agent from Canada.', 'PAK CAN 10|02'),
    # 11 disapproval
    ('Beijing lashed out at Washington over arms sales to Taiwan.', 'CHN USA 11'),
    ('Erdogan hit out at Israel over the Gaza offensive.', 'TUR ISR 11'),
    ('Zelensky slammed Hungary for blocking aid.', 'UKR HUN 11'),
    ('Moscow blasted NATO for its military buildup.', 'RUS IGO 11'),
    ('Pyongyang berated Seoul for its drills with Washington.', 'PRK KOR 11'),
    ('Lula chided Israel over the killing of aid workers.', 'BRA ISR 11'),
    ('Brazil rebuked Israel for blocking aid to Gaza.', 'BRA ISR 11'),
    ('Beijing took aim at Tokyo over its defence spending.', 'CHN JPN 11'),
    ('India blamed Pakistan for the attack in Kashmir.', 'IND PAK 11'),
    ('Kyiv faulted Berlin for delays in weapons deliveries.', 'UKR DEU 11'),
    ('Ukraine sued Russia at the International Court of Justice.', 'UKR RUS 11'),
    ('Iran lodged a complaint with the United Nations against Israel.', 'IRN ISR 11'),
    ('A Russian court convicted an American journalist of espionage.', 'RUS USA 11|17'),
    ('Iran filed a protest with Switzerland over the detentions.', 'IRN CHE 11'),
    ("Germany voiced concern over China's support for Russia.", 'DEU CHN 11'),
    ("France expressed dismay at Algeria's decision.", 'FRA DZA 11'),
    ('Lavrov mocked Macron over his remarks on troops.', 'RUS FRA 11'),
    ('Tehran scolded London over its sanctions.', 'IRN GBR 11'),
    ('The Philippines accused China of ramming its coast guard vessel.', 'PHL CHN 11'),
    ('Poland pointed the finger at Russia for the arson attacks.', 'POL RUS 11'),
    ('Israel charged that Iran had armed Hezbollah.', 'ISR IRN 11'),
    ('Ukraine indicted Russian soldiers for war crimes.', 'UKR RUS 11|17'),
    ('A Moscow court sentenced a Ukrainian soldier to 20 years in prison.', 'RUS UKR 11|17'),
    # 12 rejection
    ('Israel spurned the ceasefire plan put forward by Egypt.', 'ISR EGY 12'),
    ("Moscow turned down Kyiv's proposal for talks.", 'RUS UKR 12'),
    ('China dismissed the ruling by the Hague tribunal.', 'CHN IGO 12'),
    ('Russia vetoed a United Nations resolution on Ukraine.', 'RUS IGO 12'),
    ("Hamas balked at Israel's demands.", 'PSE ISR 12'),
    ("India snubbed Pakistan's invitation to the summit.", 'IND PAK 12'),
    ('Venezuela defied the United States by holding the vote.', 'VEN USA 12'),
    ("Serbia refused Kosovo's request for talks.", 'SRB XKX 12'),
    ('Tehran rebuffed the demands of the European Union.', 'IRN IGO 12'),
    ('North Korea ignored warnings from South Korea.', 'PRK KOR 12'),
    ("Hungary blocked the European Union's aid package for Ukraine.", 'HUN IGO 12|16'),
    # 13 threats
    ('Iran vowed to retaliate against Israel.', 'IRN ISR 13'),
    ('Russia vowed revenge on Ukraine for the attack.', 'RUS UKR 13'),
    ('China warned the Philippines of consequences.', 'CHN PHL 13'),
    ('Kim Jong Un threatened South Korea with nuclear annihilation.', 'PRK KOR 13'),
    ('Putin gave Ukraine an ultimatum to withdraw from four regions.', 'RUS UKR 13'),
    ('Trump threatened to slap tariffs on Mexico.', 'USA MEX 13'),
    ('Turkey threatened a new offensive against Kurdish fighters in Syria.', 'TUR SYR 13'),
    ('Hezbollah promised to avenge the killing by Israel.', 'LBN ISR 13'),
    ('Israel warned Hezbollah that it would respond forcefully.', 'ISR LBN 13'),
    ('Azerbaijan issued a warning to Armenia.', 'AZE ARM 13'),
    # 14 protests
    ('Thousands of Kenyans protested against the government in Nairobi.', 'KEN KEN 14'),
    ('Protesters rallied outside the Israeli embassy in London.', 'GBR ISR 14'),
    ('Students marched on parliament in Belgrade.', 'SRB SRB 14'),
    ('Iranians staged a sit-in outside the French embassy in Tehran.', 'IRN FRA 14'),
    ('Hundreds of Armenians blocked roads in Yerevan to protest against the government.', 'ARM ARM 14'),
    ('Thousands took to the streets of Tbilisi to protest against the foreign agents law.', 'GEO GEO 14'),
    ('Demonstrators picketed the Russian embassy in Warsaw.', 'POL RUS 14'),
    ('Jailed activists went on hunger strike in Bahrain.', 'BHR BHR 14'),
    ('Farmers rioted in Paris over fuel taxes.', 'FRA FRA 14'),
    # 15 force posture
    ('Russia massed troops on the border with Ukraine.', 'RUS UKR 15'),
    ('China put its forces on high alert near Taiwan.', 'CHN TWN 15'),
    ('North Korea paraded missiles near the border with South Korea.', 'PRK KOR 15'),
    ('Israel called up reservists ahead of an offensive in Lebanon.', 'ISR LBN 15'),
    ('India deployed additional troops to the border with China.', 'IND CHN 15'),
    ('China staged war games around Taiwan.', 'CHN TWN 15'),
    ('Iran mobilised its forces along the border with Afghanistan.', 'IRN AFG 15'),
    ('Russia stationed nuclear weapons in Belarus.', 'RUS BLR 15|06'),
    ('The United States sent an aircraft carrier to the eastern Mediterranean.', '!19'),
    # 16 reduced relations
    ('Niger severed diplomatic ties with Ukraine.', 'NER UKR 16'),
    ('Colombia broke off relations with Israel.', 'COL ISR 16'),
    ('Israel recalled its ambassador from Spain.', 'ISR ESP 16'),
    ('Russia expelled two Moldovan diplomats.', 'RUS MDA 16|17'),
    ('Mali kicked out French troops.', 'MLI FRA 16'),
    ('The United States slapped sanctions on Chinese firms.', 'USA CHN 16'),
    ('Britain imposed sanctions on Iranian commanders.', 'GBR IRN 16'),
    ('The European Union blacklisted Russian oligarchs.', 'IGO RUS 16'),
    ('Washington froze the assets of Russian banks.', 'USA RUS 16|17'),
    ('Japan banned imports of Russian coal.', 'JPN RUS 16'),
    ('China halted imports of Japanese seafood.', 'CHN JPN 16'),
    ('The United States cut off aid to Niger.', 'USA NER 16'),
    ('Germany suspended military aid to Israel.', 'DEU ISR 16'),
    ('Burkina Faso ordered French diplomats to leave the country.', 'BFA FRA 16|17'),
    ('Algeria downgraded its ties with Spain.', 'DZA ESP 16'),
    ('Sweden shut its embassy in Tehran.', 'SWE IRN 16'),
    ('India pulled out of the talks with Pakistan.', 'IND PAK 16'),
    ('Russia walked away from the grain deal with Ukraine.', 'RUS UKR 16'),
    ('The United States tightened export controls on China.', 'USA CHN 16'),
    ('Israel withheld tax revenues from the Palestinian Authority.', 'ISR PSE 16'),
    ('Poland closed its border with Belarus.', 'POL BLR 16'),
    ('Kuwait declared an Iranian diplomat persona non grata.', 'KWT IRN 16|17'),
    # 17 coercion
    ('Iran seized a British oil tanker.', 'IRN GBR 17'),
    ('Israeli police raided the offices of Al Jazeera.', 'ISR QAT 17'),
    ('Russian authorities searched the homes of Ukrainian activists.', 'RUS UKR 17'),
    ('Moscow confiscated the assets of German companies.', 'RUS DEU 17'),
    ('Russia nationalised the Russian subsidiaries of Danish brewer Carlsberg.', 'RUS DNK 17'),
    ('China detained a Japanese businessman.', 'CHN JPN 17'),
    ('Iran jailed a Swedish diplomat.', 'IRN SWE 17'),
    ('Belarus locked up a Polish journalist.', 'BLR POL 17'),
    ('Turkey deported hundreds of Syrian refugees.', 'TUR SYR 17'),
    ('Pakistan expelled thousands of Afghan migrants.', 'PAK AFG 17|16'),
    ('Russia put an American reporter on trial.', 'RUS USA 17|11'),
    # 18 assault
    ('Iran executed a British-Iranian dual national.', 'IRN GBR 18|17'),
    # 17 coercion
    ('Israeli troops demolished Palestinian homes in the West Bank.', 'ISR PSE 17'),
    ('Egypt imposed a curfew in Sinai.', 'EGY EGY 17'),
    ('Thailand declared martial law in Bangkok.', 'THA THA 17'),
    ('Iranian police cracked down on women protesters.', 'IRN IRN 17'),
    # 11 disapproval
    ("Venezuela's crackdown on the opposition drew condemnation from Brazil.", 'BRA VEN 11'),
    # 17 coercion
    ("China hacked into Taiwan's government networks.", 'CHN TWN 17'),
    ("Russian hackers breached the German parliament's computers.", 'RUS DEU 17'),
    ('Chinese authorities rounded up Uyghur activists.', 'CHN CHN 17'),
    ('Russia froze the accounts of American companies.', 'RUS USA 17|16'),
    # 16 reduced relations
    ('Saudi Arabia barred Qatari citizens from entering the kingdom.', 'SAU QAT 16|17'),
    # 18 assault
    ('A man struck Danish Prime Minister Mette Frederiksen in Copenhagen.', 'DNK DNK 18'),
    ('A Serbian man punched a Kosovo police officer.', 'SRB XKX 18'),
    ('A gunman shot Slovak Prime Minister Robert Fico.', 'SVK SVK 18'),
    ('Russian agents poisoned a Ukrainian spy chief.', 'RUS UKR 18'),
    ('Hamas took Israeli civilians hostage.', 'PSE ISR 18'),
    ('Pirates from Somalia hijacked an Indian ship.', 'SOM IND 18'),
    ('Gunmen abducted Chinese workers in Pakistan.', 'PAK CHN 18'),
    ('Russian soldiers tortured Ukrainian prisoners of war.', 'RUS UKR 18'),
    ('Israeli settlers attacked Palestinian farmers.', 'ISR PSE 18|19'),
    ('A Taliban suicide bomber struck a Pakistani army convoy.', 'AFG PAK 18'),
    ('Assailants assassinated a Haitian judge.', 'HTI HTI 18'),
    ('A mob lynched a Pakistani tourist in Afghanistan.', 'AFG PAK 18'),
    ('Iranian agents plotted to murder an Israeli diplomat.', '!18'),
    # 19 fighting
    ('Russia pounded Kharkiv with missiles.', 'RUS UKR 19'),
    ('Israel bombarded Gaza overnight.', 'ISR PSE 19'),
    ('Ukrainian drones hit an oil refinery in Russia.', 'UKR RUS 19'),
    ('Russian forces captured the Ukrainian town of Avdiivka.', 'RUS UKR 19'),
    ('Israeli warplanes struck targets in Lebanon.', 'ISR LBN 19'),
    ('Azerbaijan launched an offensive against Armenian forces.', 'AZE ARM 19'),
    ("Sudan's army clashed with the Rapid Support Forces in Khartoum.", 'SDN SDN 19'),
    ('Pakistani troops exchanged fire with Afghan forces.', 'PAK AFG 19'),
    ('Russian missiles rained down on Kyiv.', 'RUS UKR 19'),
    ('Israel carried out airstrikes on Syria.', 'ISR SYR 19'),
    ('Houthi rebels fired missiles at a British ship.', 'YEM GBR 19'),
    ('Ukraine shot down Russian drones over Kyiv.', 'UKR RUS 19'),
    ('Israel besieged the city of Rafah.', 'ISR PSE 19'),
    ("Russia blockaded Ukraine's Black Sea ports.", 'RUS UKR 19'),
    ('India occupied disputed territory claimed by China.', 'IND CHN 19'),
    ('Russia violated the ceasefire with Ukraine.', 'RUS UKR 19'),
    ('Israeli tanks rolled into Rafah.', 'ISR PSE 19'),
    ('Turkey targeted Kurdish militants in northern Iraq.', 'TUR IRQ 19'),
    ("Russia's shelling of Kherson killed three people.", 'RUS UKR 19|18'),
    ("Ukraine's incursion into Russia's Kursk region surprised Moscow.", 'UKR RUS 19'),
    # 20 mass violence
    ('Rebels massacred villagers in eastern Congo.', 'COD COD 20|18'),
    ("Sudan's paramilitary forces carried out ethnic cleansing in Darfur.", 'SDN SDN 20'),
    ("Myanmar's army razed Rohingya villages.", 'MMR MMR 20|17'),
    ('Gunmen slaughtered dozens of villagers in Burkina Faso.', 'BFA BFA 20|18'),
    # negatives: figurative, negated, hypothetical uses of the same words
    ('Britain struck a trade deal with Australia.', '!18'),
    ("Japan's exports hit a record high.", '!19'),
    ('The storm hit Cuba on Tuesday.', '!19'),
    ('Iran did not seize the British tanker.', '!17'),
    ('Russia could expel more Polish diplomats.', '!16'),
    ('China may impose sanctions on Lithuania.', '!16'),
    ('France denied that it had recalled its ambassador from Algeria.', '!16'),
    ('The rally for Ukraine drew thousands in Berlin.', '!14'),
    ('India slammed the door on a trade pact with China.', '!11'),
    ('Germany never sent tanks to Ukraine.', '!07'),
    ('The price of oil struck a new low.', '!18'),
    ("Prices soared after Russia hit Ukraine's grain exports with sanctions.", '!19'),
    ("Australia's bowlers struck early against England.", '!18'),
    ('Turkey would never hand over Swedish nationals.', '!08'),
    ('Israel did not withdraw its troops from Gaza.', '!08'),
    ('China will not recall its ambassador from Lithuania.', '!16'),
    # more phrasal verbs and event nouns (mixed roots)
    ('The expulsion of Russian diplomats by Poland angered Moscow.', 'POL RUS 16|17'),
    ("Israel's raid on the Jenin refugee camp killed five Palestinians.", 'ISR PSE 17|18|19'),
    ('Chinese police carried out a raid on the offices of a Hong Kong newspaper.', 'CHN HKG 17'),
    ("Iran's seizure of a Greek tanker drew condemnation from Athens.", 'GRC IRN 11'),
    ("Russia's arrest of an American reporter angered Washington.", 'RUS USA 17'),
    ('Beijing took Taiwanese fishermen into custody.', 'CHN TWN 17'),
    ('Russian border guards hauled in two Estonian citizens for questioning.', 'RUS EST 17'),
    ('Venezuela put an opposition leader behind bars.', 'VEN VEN 17'),
    ('Mali booted out the French ambassador.', 'MLI FRA 16'),
    ('Niger kicked out the United Nations mission.', 'NER IGO 16'),
    ('Moscow walked away from the nuclear treaty with Washington.', 'RUS USA 16'),
    ('Iran did not withhold oil payments from Iraq.', '!16'),
    ('The Philippine president hit back at China over the water cannon attack.', 'PHL CHN 11'),
    ('Lula rounded on Israel over the war in Gaza.', 'BRA ISR 11'),
    ('Erdogan railed against Israel at a rally in Istanbul.', 'TUR ISR 11'),
    ('Trump took a swipe at Canada over trade.', 'USA CAN 11'),
    ("Beijing poured scorn on the Philippines' claims.", 'CHN PHL 11'),
    ("The Kremlin brushed aside Kyiv's call for a ceasefire.", 'RUS UKR 12'),
    ('Tehran ignored warnings from Washington.', 'IRN USA 12'),
    ('Israel shot down a proposal by Egypt.', 'ISR EGY 12'),
    ('Russia and China signed a strategic partnership with each other.', '!16'),
    ('Vietnam signed a comprehensive strategic partnership with Australia.', 'VNM AUS 05|06'),
    ('India inked a framework with the United States on defence.', 'IND USA 05|06'),
    ('A Cairo court upheld the prison sentence against an Egyptian activist.', 'EGY EGY 11'),
    ('Jordan banned all activities of the Muslim Brotherhood.', 'JOR JOR 17'),
    ('The World Food Programme handed out food and water to Sudanese refugees.', 'IGO SDN 07'),
    ('Chinese coast guard officers boarded a Philippine supply boat.', 'CHN PHL 17'),
    ('Russian missiles rained down on Kharkiv overnight.', 'RUS UKR 19'),
    ('An al-Shabaab suicide bomber struck a Somali army base.', 'SOM SOM 18'),
    ('A man punched Serbian President Aleksandar Vucic in Belgrade.', 'SRB SRB 18'),
    ('A French protester slapped President Emmanuel Macron.', 'FRA FRA 18|14'),
    ('Erdogan touched down in Budapest for talks with Viktor Orban.', 'TUR HUN 04'),
    ('Modi landed in Kyiv on a one-day visit.', 'IND UKR 04'),
    ('The United Arab Emirates facilitated a prisoner swap between Russia and Ukraine.', 'ARE RUS 04'),
    ('Saudi Arabia arranged the exchange of prisoners between Russia and the United States.', 'SAU RUS 04'),
    ('Pakistan appealed for help from China after the floods.', 'PAK CHN 02'),
    ('Kenya asked for support from the African Union.', 'KEN IGO 02'),
    ("Xi Jinping hailed China's friendship with Pakistan.", 'CHN PAK 05'),
    ('Israel reopened the border crossing into Gaza.', 'ISR PSE 08'),
    ('Japan played down tensions with China.', 'JPN CHN 01'),
    ('Hezbollah disavowed the rocket attack on Israel.', 'LBN ISR 01'),
    # negatives: figurative, negated, hypothetical uses of the same words
    ('Russian voters punched their ballots on Sunday.', '!18'),
    ('The minister struck a conciliatory tone with Beijing.', '!18'),
    ('Rising prices hit Nigerian households hard.', '!18'),
    ('Shoppers boarded a ferry to Helsinki.', '!17'),
    ('Poland did not kick out the Belarusian diplomats.', '!16'),
    ("The court threw out Ukraine's case against Russia.", '!16'),
    ('Criticism rained down on the French government.', '!19'),
]

# Failed on the codebook before the *_lexicon.yaml entries (ninth session's end, 2196ca5).
WORK_LIST: frozenset[str] = frozenset({
    'A Cairo court upheld the prison sentence against an Egyptian activist.',
    'A man struck Danish Prime Minister Mette Frederiksen in Copenhagen.',
    'Assailants assassinated a Haitian judge.',
    'Azerbaijan allowed Russian peacekeepers to leave Nagorno-Karabakh.',
    'Beijing played down the dispute with Manila.',
    "Beijing poured scorn on the Philippines' claims.",
    'Beijing took aim at Tokyo over its defence spending.',
    'Belarus locked up a Polish journalist.',
    'Belarus pardoned a jailed Polish journalist.',
    'China dismissed the ruling by the Hague tribunal.',
    'Chinese coast guard officers boarded a Philippine supply boat.',
    'Chinese police carried out a raid on the offices of a Hong Kong newspaper.',
    'Egypt imposed a curfew in Sinai.',
    'Egypt lobbied Washington to push for a ceasefire in Gaza.',
    'Erdogan touched down in Baghdad for talks with Iraqi leaders.',
    'Erdogan touched down in Budapest for talks with Viktor Orban.',
    'Ethiopia pardoned jailed Eritrean journalists.',
    "Germany voiced concern over China's support for Russia.",
    "Hamas balked at Israel's demands.",
    'Hezbollah disavowed the rocket attack on Israel.',
    "Hungary blocked the European Union's aid package for Ukraine.",
    'India inked a framework with the United States on defence.',
    'India occupied disputed territory claimed by China.',
    'Iran disavowed the attack on the Israeli embassy.',
    'Iran executed a British-Iranian dual national.',
    'Iran mobilised its forces along the border with Afghanistan.',
    'Iranian agents plotted to murder an Israeli diplomat.',
    'Israel charged that Iran had armed Hezbollah.',
    'Israel reopened the Kerem Shalom crossing into Gaza.',
    'Israel reopened the border crossing into Gaza.',
    'Israel shot down a proposal by Egypt.',
    'Israel withheld tax revenues from the Palestinian Authority.',
    'Japan played down tensions with China.',
    'Jordan banned all activities of the Muslim Brotherhood.',
    'Kenya asked for support from the African Union.',
    'Lavrov rang his Turkish counterpart to discuss the grain deal.',
    'Lula rounded on Israel over the war in Gaza.',
    'Macron exhorted China to use its influence with Russia.',
    'Mali booted out the French ambassador.',
    'Mali kicked out French troops.',
    'Moscow walked away from the nuclear treaty with Washington.',
    "Myanmar's army razed Rohingya villages.",
    'Niger kicked out the United Nations mission.',
    'North Korea ignored warnings from South Korea.',
    'Pakistan expelled thousands of Afghan migrants.',
    'Pakistan sought to downplay tensions with India.',
    'Poland closed its border with Belarus.',
    'Poland probed the sabotage blamed on Russia.',
    'Putin hailed his friendship with Xi Jinping.',
    'Qatar facilitated the exchange of prisoners between Russia and Ukraine.',
    'Qatar funded salaries in Gaza.',
    'Russia nationalised the Russian subsidiaries of Danish brewer Carlsberg.',
    'Russia stationed nuclear weapons in Belarus.',
    'Russia vetoed a United Nations resolution on Ukraine.',
    'Russia walked away from the grain deal with Ukraine.',
    'Russian agents poisoned a Ukrainian spy chief.',
    'Russian authorities searched the homes of Ukrainian activists.',
    'Russian border guards hauled in two Estonian citizens for questioning.',
    'Russian missiles rained down on Kharkiv overnight.',
    'Russian missiles rained down on Kyiv.',
    'Saudi Arabia arranged the exchange of prisoners between Russia and the United States.',
    'Saudi Arabia committed to investing billions in Egypt.',
    'Sweden shut its embassy in Tehran.',
    'Tehran ignored warnings from Washington.',
    'The Philippine president hit back at China over the water cannon attack.',
    'The United Arab Emirates facilitated a prisoner swap between Russia and Ukraine.',
    'The United Nations sent investigators to examine killings by Ethiopian troops.',
    'The World Food Programme handed out food and water to Sudanese refugees.',
    'Thousands took to the streets of Tbilisi to protest against the foreign agents law.',
    'Trump took a swipe at Canada over trade.',
    'Turkey coordinated the prisoner exchange between Russia and the United States.',
    'Turkey deported hundreds of Syrian refugees.',
    'Turkey expressed willingness to host talks between Russia and Ukraine.',
    'Turkey targeted Kurdish militants in northern Iraq.',
    "Ukraine's incursion into Russia's Kursk region surprised Moscow.",
    'Venezuela let go of two American prisoners.',
    'Venezuela put an opposition leader behind bars.',
    'Vietnam signed a comprehensive strategic partnership with Australia.',
    "Xi Jinping hailed China's friendship with Pakistan.",
    'Zelensky appealed for more air defence systems from Germany.',
    'Zelensky paid tribute to Poland for sheltering refugees.',
})

# Still failing: strict xfail.
STILL_MISSED: frozenset[str] = frozenset({
    'Assailants assassinated a Haitian judge.',
    'Azerbaijan allowed Russian peacekeepers to leave Nagorno-Karabakh.',
    'China dismissed the ruling by the Hague tribunal.',
    'Chinese police carried out a raid on the offices of a Hong Kong newspaper.',
    'Egypt imposed a curfew in Sinai.',
    'Egypt lobbied Washington to push for a ceasefire in Gaza.',
    "Germany voiced concern over China's support for Russia.",
    "Hungary blocked the European Union's aid package for Ukraine.",
    'India occupied disputed territory claimed by China.',
    'Iran executed a British-Iranian dual national.',
    'Iranian agents plotted to murder an Israeli diplomat.',
    'Israel charged that Iran had armed Hezbollah.',
    'Israel reopened the Kerem Shalom crossing into Gaza.',
    'Jordan banned all activities of the Muslim Brotherhood.',
    'Lavrov rang his Turkish counterpart to discuss the grain deal.',
    "Myanmar's army razed Rohingya villages.",
    'Pakistan expelled thousands of Afghan migrants.',
    'Poland closed its border with Belarus.',
    'Poland probed the sabotage blamed on Russia.',
    'Qatar funded salaries in Gaza.',
    'Russia nationalised the Russian subsidiaries of Danish brewer Carlsberg.',
    'Russia stationed nuclear weapons in Belarus.',
    'Russia vetoed a United Nations resolution on Ukraine.',
    'Russian authorities searched the homes of Ukrainian activists.',
    'Russian border guards hauled in two Estonian citizens for questioning.',
    'Saudi Arabia committed to investing billions in Egypt.',
    'The United Nations sent investigators to examine killings by Ethiopian troops.',
    'Thousands took to the streets of Tbilisi to protest against the foreign agents law.',
    'Turkey deported hundreds of Syrian refugees.',
    'Turkey expressed willingness to host talks between Russia and Ukraine.',
    'Turkey targeted Kurdish militants in northern Iraq.',
    "Ukraine's incursion into Russia's Kursk region surprised Moscow.",
    'Venezuela let go of two American prisoners.',
    'Zelensky paid tribute to Poland for sheltering refugees.',
})


def code(coder, sentence: str) -> list[tuple[str, str, str]]:
    from coding.records import Article

    result = coder.code_article(Article("lexicon", sentence, DAY))
    return sorted({(e.source[:3], e.target[:3], e.action[:2]) for e in result.events})


def passes(got: list[tuple[str, str, str]], expectation: str) -> bool:
    if expectation.startswith("!"):
        return not any(root == expectation[1:] for _, _, root in got)
    source, target, roots = expectation.split()
    return any(s == source and t == target and r in roots.split("|") for s, t, r in got)


def test_cases_are_well_formed():
    assert len(CASES) >= 200
    texts = [t for t, _ in CASES]
    assert len(set(texts)) == len(texts), "a sentence is written twice"
    assert WORK_LIST <= set(texts) and STILL_MISSED <= WORK_LIST
    for _, expectation in CASES:
        if expectation.startswith("!"):
            assert len(expectation) == 3 and expectation[1:].isdigit()
        else:
            source, target, roots = expectation.split()
            assert len(source) == len(target) == 3
            assert all(len(r) == 2 and r.isdigit() for r in roots.split("|"))


@pytest.mark.model
def test_battery_cases_that_passed_before_still_pass(cameo_coder):
    """The cases the codebook coded before this work: a regression check, one test for all of them."""
    broken = [(t, e, got) for t, e in CASES if t not in WORK_LIST for got in [code(cameo_coder, t)] if not passes(got, e)]
    assert not broken, "\n".join(f"{t} | {e} | {got}" for t, e, got in broken)


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence,expectation",
    [
        pytest.param(t, e, marks=pytest.mark.xfail(strict=True, reason="still missed")) if t in STILL_MISSED else (t, e)
        for t, e in CASES
        if t in WORK_LIST
    ],
)
def test_work_list(cameo_coder, sentence: str, expectation: str) -> None:
    got = code(cameo_coder, sentence)
    assert passes(got, expectation), got


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    from collections import Counter

    from coding.codebook.loader import load_codebook
    from coding.engine import Coder
    from coding.nlp import load_model

    coder = Coder(load_codebook(REPO / "codebooks" / "cameo"), load_model())
    ok, total = Counter(), Counter()
    for text, expectation in CASES:
        root = "neg" if expectation.startswith("!") else expectation.split()[2][:2]
        got = code(coder, text)
        total[root] += 1
        if passes(got, expectation):
            ok[root] += 1
        else:
            print(f"FAIL {text} | {expectation} | {got}")
    print(f"{sum(ok.values())}/{len(CASES)} pass")
    print(" ".join(f"{r}:{ok[r]}/{total[r]}" for r in sorted(total)))

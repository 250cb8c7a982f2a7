"""Write codebooks/cameo/actors/countries.yaml: every ISO 3166-1 country and territory, plus Kosovo (XKX).

Codes and official names come from pycountry; short names, aliases, adjectives, demonyms and capitals are the table
below. Run: ``.venv/bin/python tools/make_countries.py``.

Table format, one country a line: ``CODE | name | aliases | adjectives | demonyms | capitals [# comment]``, list items
separated by ``;``. A comment is written above the entry in the YAML: say there why a word is left out.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pycountry

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "codebooks" / "cameo" / "actors" / "countries.yaml"

# Never taken from pycountry as an alias: ambiguous between two countries.
SKIP_ALIASES = {"Congo"}

TABLE = """
ABW | Aruba | | Aruban | Arubans | Oranjestad
AFG | Afghanistan | | Afghan | Afghans | Kabul
AGO | Angola | | Angolan | Angolans | Luanda
AIA | Anguilla | | Anguillan | Anguillans | # capital The Valley left out: a common phrase
ALA | Åland Islands | Aland Islands; Åland; Aland | | | Mariehamn
ALB | Albania | | Albanian | Albanians | Tirana; Tirane
AND | Andorra | | Andorran | Andorrans | Andorra la Vella
ARE | United Arab Emirates | UAE; U.A.E. | Emirati | Emiratis | Abu Dhabi # "Emirates" left out: also the airline
ARG | Argentina | | Argentine; Argentinian; Argentinean | Argentines; Argentinians | Buenos Aires
ARM | Armenia | | Armenian | Armenians | Yerevan
ASM | American Samoa | | American Samoan | American Samoans | Pago Pago
ATA | Antarctica | | | |
ATF | French Southern Territories | French Southern and Antarctic Lands | | |
ATG | Antigua and Barbuda | Antigua | Antiguan | Antiguans | # St. John's left out: also the capital of Newfoundland
AUS | Australia | Commonwealth of Australia | Australian | Australians | Canberra
AUT | Austria | | Austrian | Austrians | Vienna
AZE | Azerbaijan | | Azerbaijani; Azeri | Azerbaijanis; Azeris | Baku
BDI | Burundi | | Burundian | Burundians | Gitega; Bujumbura
BEL | Belgium | | Belgian | Belgians | # Brussels left out: in the news it mostly stands for the EU
BEN | Benin | | Beninese | | Porto-Novo; Cotonou
BES | Bonaire, Sint Eustatius and Saba | Caribbean Netherlands; Bonaire; Sint Eustatius | | | Kralendijk
BFA | Burkina Faso | Burkina | Burkinabe; Burkinabè | | Ouagadougou
BGD | Bangladesh | | Bangladeshi | Bangladeshis | Dhaka; Dacca
BGR | Bulgaria | | Bulgarian | Bulgarians | Sofia
BHR | Bahrain | | Bahraini | Bahrainis | Manama
BHS | Bahamas | The Bahamas | Bahamian | Bahamians | Nassau
BIH | Bosnia and Herzegovina | Bosnia; Bosnia-Herzegovina; Bosnia-Hercegovina | Bosnian | Bosnians | Sarajevo
BLM | Saint Barthélemy | Saint Barthelemy; St. Barthélemy; St. Barts | | | Gustavia
BLR | Belarus | Byelorussia; Belorussia | Belarusian; Belarussian; Byelorussian | Belarusians | Minsk
BLZ | Belize | | Belizean | Belizeans | Belmopan
BMU | Bermuda | | Bermudian | Bermudians | # Hamilton left out: a Canadian city and a surname
BOL | Bolivia | | Bolivian | Bolivians | La Paz; Sucre
BRA | Brazil | | Brazilian | Brazilians | Brasilia; Brasília
BRB | Barbados | | Barbadian; Bajan | Barbadians | Bridgetown
BRN | Brunei | Brunei Darussalam | Bruneian | Bruneians | Bandar Seri Begawan
BTN | Bhutan | | Bhutanese | | Thimphu
BVT | Bouvet Island | | | |
BWA | Botswana | | Botswanan | Batswana | Gaborone
CAF | Central African Republic | | Central African | Central Africans | Bangui # "CAR" left out: the word "car"
CAN | Canada | | Canadian | Canadians | Ottawa
CCK | Cocos (Keeling) Islands | Cocos Islands; Keeling Islands | | |
CHE | Switzerland | | Swiss | | Bern; Berne
CHL | Chile | | Chilean | Chileans | Santiago
CHN | China | PRC; mainland China | Chinese | | Beijing; Peking; Zhongnanhai
CIV | Côte d'Ivoire | Cote d'Ivoire; Ivory Coast | Ivorian | Ivorians | Yamoussoukro; Abidjan
CMR | Cameroon | | Cameroonian | Cameroonians | Yaounde; Yaoundé
COD | Democratic Republic of the Congo | Democratic Republic of Congo; DR Congo; DRC; D.R.C.; Congo-Kinshasa; Zaire | Congolese | | Kinshasa # plain "Congo" is given to neither Congo; "Congolese" to the DRC, far more often meant
COG | Republic of the Congo | Republic of Congo; Congo-Brazzaville | | | Brazzaville # "Congolese" is given to the DRC
COK | Cook Islands | | | Cook Islanders | Avarua
COL | Colombia | | Colombian | Colombians | Bogota; Bogotá
COM | Comoros | | Comoran; Comorian | Comorans; Comorians | Moroni
CPV | Cabo Verde | Cape Verde | Cape Verdean; Cabo Verdean | Cape Verdeans | Praia
CRI | Costa Rica | | Costa Rican | Costa Ricans | San José # "San Jose" without the accent left out: a Californian city
CUB | Cuba | | Cuban | Cubans | Havana
CUW | Curaçao | Curacao | | | Willemstad
CXR | Christmas Island | | | | Flying Fish Cove
CYM | Cayman Islands | Caymans | Caymanian | Caymanians | # George Town left out: also Penang's capital
CYP | Cyprus | | Cypriot | Cypriots | Nicosia
CZE | Czechia | Czech Republic | Czech | Czechs | Prague
DEU | Germany | | German | Germans | Berlin
DJI | Djibouti | | Djiboutian | Djiboutians | # the capital shares the country's name
DMA | Dominica | | | | Roseau # "Dominican" is given to the Dominican Republic
DNK | Denmark | | Danish | Danes | Copenhagen
DOM | Dominican Republic | | Dominican | Dominicans | Santo Domingo
DZA | Algeria | | Algerian | Algerians | Algiers
ECU | Ecuador | | Ecuadorian; Ecuadorean | Ecuadorians | Quito
EGY | Egypt | | Egyptian | Egyptians | Cairo
ERI | Eritrea | | Eritrean | Eritreans | Asmara
ESH | Western Sahara | | Sahrawi; Saharawi | Sahrawis | # no capital: the territory is disputed
ESP | Spain | | Spanish | Spaniards | Madrid
EST | Estonia | | Estonian | Estonians | Tallinn
ETH | Ethiopia | | Ethiopian | Ethiopians | Addis Ababa
FIN | Finland | | Finnish | Finns | Helsinki
FJI | Fiji | | Fijian | Fijians | Suva
FLK | Falkland Islands | Falklands; Malvinas; Islas Malvinas | | Falkland Islanders | # Stanley left out: a given name and surname
FRA | France | | French | | Paris; Élysée; Elysee; Élysée Palace; Elysee Palace
FRO | Faroe Islands | Faroes; Faeroe Islands | Faroese | | Tórshavn; Torshavn
FSM | Micronesia | | Micronesian | Micronesians | Palikir
GAB | Gabon | | Gabonese | | Libreville
GBR | United Kingdom | Britain; Great Britain; UK; U.K.; England; Scotland; Wales; Northern Ireland | British | Britons; Brits | London; Downing Street; Whitehall
GEO | Georgia | Republic of Georgia; Sakartvelo | Georgian | Georgians | Tbilisi # "Georgia" collides with the US state; kept: the country has no other short name
GGY | Guernsey | Bailiwick of Guernsey | | | St Peter Port
GHA | Ghana | | Ghanaian | Ghanaians | Accra
GIB | Gibraltar | | Gibraltarian | Gibraltarians |
GIN | Guinea | Guinea-Conakry | Guinean | Guineans | Conakry # the longer names (Guinea-Bissau, Equatorial Guinea, Papua New Guinea) must win
GLP | Guadeloupe | | | | Basse-Terre
GMB | Gambia | The Gambia | Gambian | Gambians | Banjul
GNB | Guinea-Bissau | Guinea Bissau | Bissau-Guinean | Bissau-Guineans | Bissau
GNQ | Equatorial Guinea | | Equatoguinean; Equatorial Guinean | Equatoguineans | Malabo
GRC | Greece | | Greek; Hellenic | Greeks | Athens
GRD | Grenada | | Grenadian | Grenadians | # St. George's left out: many places share it
GRL | Greenland | | Greenlandic | Greenlanders | Nuuk
GTM | Guatemala | | Guatemalan | Guatemalans | Guatemala City
GUF | French Guiana | Guyane | French Guianese | | # Cayenne left out: the pepper
GUM | Guam | | Guamanian | Guamanians | Hagåtña; Hagatna
GUY | Guyana | | Guyanese | | # Georgetown left out: a Washington neighbourhood and university
HKG | Hong Kong | Hong Kong SAR | | Hongkongers |
HMD | Heard Island and McDonald Islands | Heard Island | | |
HND | Honduras | | Honduran | Hondurans | Tegucigalpa
HRV | Croatia | | Croatian; Croat | Croatians; Croats | Zagreb
HTI | Haiti | | Haitian | Haitians | Port-au-Prince
HUN | Hungary | | Hungarian | Hungarians | Budapest
IDN | Indonesia | | Indonesian | Indonesians | Jakarta
IMN | Isle of Man | | Manx | | # Douglas left out: a given name and surname
IND | India | Bharat | Indian | Indians | New Delhi; Delhi
IOT | British Indian Ocean Territory | Chagos Islands; Chagos Archipelago | | |
IRL | Ireland | Republic of Ireland; Eire; Éire | Irish | | Dublin
IRN | Iran | Persia | Iranian | Iranians | Tehran; Teheran # "Persian" left out: the Persian Gulf
IRQ | Iraq | | Iraqi | Iraqis | Baghdad
ISL | Iceland | | Icelandic | Icelanders | Reykjavik; Reykjavík
ISR | Israel | | Israeli | Israelis | Jerusalem # Jerusalem: the seat of Israel's government; its status is disputed (see codebooks/README.md)
ITA | Italy | | Italian | Italians | Rome
JAM | Jamaica | | Jamaican | Jamaicans | # Kingston left out: also Norfolk Island's capital and towns in Canada and the UK
JEY | Jersey | Bailiwick of Jersey | | | St Helier # "Jersey" collides with New Jersey and the garment; kept as the only short name
JOR | Jordan | | Jordanian | Jordanians | Amman # "Jordan" is also a given name and a river; kept
JPN | Japan | | Japanese | | Tokyo
KAZ | Kazakhstan | Kazakstan | Kazakh; Kazakhstani | Kazakhs; Kazakhstanis | Astana; Nur-Sultan
KEN | Kenya | | Kenyan | Kenyans | Nairobi
KGZ | Kyrgyzstan | Kirghizia | Kyrgyz; Kyrgyzstani | Kyrgyzstanis | Bishkek
KHM | Cambodia | Kampuchea | Cambodian | Cambodians | Phnom Penh # "Khmer" left out: Khmer Rouge
KIR | Kiribati | | I-Kiribati | | Tarawa; South Tarawa
KNA | Saint Kitts and Nevis | St. Kitts and Nevis; St Kitts and Nevis; St. Kitts | Kittitian | Kittitians | Basseterre
KOR | South Korea | Republic of Korea; ROK | South Korean | South Koreans | Seoul # plain "Korea" and "Korean" are given to neither Korea
KWT | Kuwait | | Kuwaiti | Kuwaitis | Kuwait City
LAO | Laos | Lao PDR | Lao; Laotian | Laotians | Vientiane
LBN | Lebanon | | Lebanese | | Beirut
LBR | Liberia | | Liberian | Liberians | Monrovia
LBY | Libya | | Libyan | Libyans | Tripoli
LCA | Saint Lucia | St. Lucia; St Lucia | Saint Lucian; St. Lucian | Saint Lucians | Castries
LIE | Liechtenstein | | | Liechtensteiners | Vaduz
LKA | Sri Lanka | Ceylon | Sri Lankan | Sri Lankans | Colombo; Sri Jayawardenepura Kotte
LSO | Lesotho | | Basotho | | Maseru
LTU | Lithuania | | Lithuanian | Lithuanians | Vilnius
LUX | Luxembourg | | Luxembourgish | Luxembourgers | # the capital shares the country's name
LVA | Latvia | | Latvian | Latvians | Riga
MAC | Macao | Macau; Macao SAR | Macanese | |
MAF | Saint Martin | St. Martin; Collectivity of Saint Martin | | | Marigot
MAR | Morocco | | Moroccan | Moroccans | Rabat
MCO | Monaco | | Monegasque; Monégasque | Monegasques |
MDA | Moldova | | Moldovan | Moldovans | Chisinau; Chişinău; Chișinău
MDG | Madagascar | | Malagasy | | Antananarivo
MDV | Maldives | The Maldives | Maldivian | Maldivians | Malé # "Male" without the accent left out: a common English word
MEX | Mexico | | Mexican | Mexicans | Mexico City
MHL | Marshall Islands | | Marshallese | | Majuro
MKD | North Macedonia | Macedonia; Former Yugoslav Republic of Macedonia; FYROM | North Macedonian; Macedonian | North Macedonians; Macedonians | Skopje # "Macedonia" also names a Greek region
MLI | Mali | | Malian | Malians | Bamako
MLT | Malta | | Maltese | | Valletta
MMR | Myanmar | Burma | Burmese | | Naypyidaw; Naypyitaw; Nay Pyi Taw
MNE | Montenegro | | Montenegrin | Montenegrins | Podgorica
MNG | Mongolia | | Mongolian | Mongolians | Ulaanbaatar; Ulan Bator
MNP | Northern Mariana Islands | Northern Marianas | | | Saipan
MOZ | Mozambique | | Mozambican | Mozambicans | Maputo
MRT | Mauritania | | Mauritanian | Mauritanians | Nouakchott
MSR | Montserrat | | Montserratian | Montserratians | Brades
MTQ | Martinique | | Martinican | Martinicans | Fort-de-France
MUS | Mauritius | | Mauritian | Mauritians | Port Louis
MWI | Malawi | | Malawian | Malawians | Lilongwe
MYS | Malaysia | | Malaysian | Malaysians | Kuala Lumpur; Putrajaya
MYT | Mayotte | | Mahoran | Mahorans | Mamoudzou
NAM | Namibia | | Namibian | Namibians | Windhoek
NCL | New Caledonia | | New Caledonian | New Caledonians | Nouméa; Noumea
NER | Niger | | Nigerien | Nigeriens | Niamey
NFK | Norfolk Island | | | | # Kingston left out: also Jamaica's capital
NGA | Nigeria | | Nigerian | Nigerians | Abuja
NIC | Nicaragua | | Nicaraguan | Nicaraguans | Managua
NIU | Niue | | Niuean | Niueans | Alofi
NLD | Netherlands | The Netherlands; Holland | Dutch | | Amsterdam # The Hague left out: in the news it mostly stands for the ICC and ICJ
NOR | Norway | | Norwegian | Norwegians | Oslo
NPL | Nepal | | Nepalese; Nepali | Nepalis | Kathmandu
NRU | Nauru | | Nauruan | Nauruans | Yaren
NZL | New Zealand | Aotearoa | | New Zealanders | Wellington # "Kiwi" left out: the fruit and the bird
OMN | Oman | | Omani | Omanis | Muscat
PAK | Pakistan | | Pakistani | Pakistanis | Islamabad
PAN | Panama | | Panamanian | Panamanians | Panama City
PCN | Pitcairn | Pitcairn Islands | | Pitcairn Islanders | Adamstown
PER | Peru | | Peruvian | Peruvians | Lima
PHL | Philippines | The Philippines | Philippine; Filipino | Filipinos | Manila
PLW | Palau | | Palauan | Palauans | Ngerulmud
PNG | Papua New Guinea | | Papua New Guinean | Papua New Guineans | Port Moresby
POL | Poland | | Polish | Poles | Warsaw # "Polish" and "Poles" are also common words; kept, they are wanted only when capitalised
PRI | Puerto Rico | | Puerto Rican | Puerto Ricans | # San Juan left out: many places share it
PRK | North Korea | DPRK; D.P.R.K. | North Korean | North Koreans | Pyongyang
PRT | Portugal | | Portuguese | | Lisbon
PRY | Paraguay | | Paraguayan | Paraguayans | Asuncion; Asunción
PSE | Palestine | Palestinian territories; occupied Palestinian territories; West Bank; Gaza; Gaza Strip | Palestinian | Palestinians | Ramallah # PSE covers the West Bank and Gaza (see codebooks/README.md)
PYF | French Polynesia | Tahiti | French Polynesian; Tahitian | French Polynesians; Tahitians | Papeete
QAT | Qatar | | Qatari | Qataris | Doha
REU | Réunion | Reunion | | | Saint-Denis
ROU | Romania | Rumania | Romanian | Romanians | Bucharest
RUS | Russia | Russian Federation | Russian | Russians | Moscow; Kremlin # "Kremlin" stands for the government as a capital does
RWA | Rwanda | | Rwandan; Rwandese | Rwandans | Kigali
SAU | Saudi Arabia | KSA | Saudi; Saudi Arabian | Saudis | Riyadh
SDN | Sudan | | Sudanese | | Khartoum; Port Sudan # Port Sudan: seat of the army-led government since 2023
SEN | Senegal | | Senegalese | | Dakar
SGP | Singapore | | Singaporean | Singaporeans |
SGS | South Georgia and the South Sandwich Islands | South Georgia | | | # the longer phrase must win over "Georgia"
SHN | Saint Helena, Ascension and Tristan da Cunha | Saint Helena; St Helena; St. Helena; Ascension Island; Tristan da Cunha | Saint Helenian | Saint Helenians | # Jamestown left out: the Virginia settlement
SJM | Svalbard and Jan Mayen | Svalbard; Jan Mayen | | | Longyearbyen
SLB | Solomon Islands | Solomons | | Solomon Islanders | Honiara
SLE | Sierra Leone | | Sierra Leonean | Sierra Leoneans | Freetown
SLV | El Salvador | | Salvadoran; Salvadorean | Salvadorans | San Salvador # "Salvador" alone left out: a Brazilian city
SMR | San Marino | | Sammarinese | |
SOM | Somalia | | Somali | Somalis | Mogadishu
SPM | Saint Pierre and Miquelon | St. Pierre and Miquelon | | | Saint-Pierre
SRB | Serbia | | Serbian; Serb | Serbians; Serbs | Belgrade
SSD | South Sudan | | South Sudanese | | Juba
STP | Sao Tome and Principe | São Tomé and Príncipe | Santomean | Santomeans | São Tomé; Sao Tome
SUR | Suriname | Surinam | Surinamese | | Paramaribo
SVK | Slovakia | Slovak Republic | Slovak; Slovakian | Slovaks | Bratislava
SVN | Slovenia | | Slovenian; Slovene | Slovenians; Slovenes | Ljubljana
SWE | Sweden | | Swedish | Swedes | Stockholm
SWZ | Eswatini | Swaziland | Swazi | Swazis | Mbabane; Lobamba
SXM | Sint Maarten | St. Maarten | | | Philipsburg
SYC | Seychelles | The Seychelles | Seychellois | | # Victoria left out: a given name, an Australian state and a Canadian city
SYR | Syria | | Syrian | Syrians | Damascus
TCA | Turks and Caicos Islands | Turks and Caicos | | | Cockburn Town
TCD | Chad | | Chadian | Chadians | N'Djamena; Ndjamena # "Chad" is also a given name; kept
TGO | Togo | | Togolese | | Lome; Lomé
THA | Thailand | Siam | Thai | Thais | Bangkok
TJK | Tajikistan | | Tajik; Tajikistani | Tajiks; Tajikistanis | Dushanbe
TKL | Tokelau | | Tokelauan | Tokelauans |
TKM | Turkmenistan | | Turkmen | | Ashgabat; Ashkhabad
TLS | Timor-Leste | East Timor | Timorese; East Timorese | | Dili
TON | Tonga | | Tongan | Tongans | Nuku'alofa; Nukualofa
TTO | Trinidad and Tobago | Trinidad | Trinidadian; Tobagonian | Trinidadians | Port of Spain; Port-of-Spain
TUN | Tunisia | | Tunisian | Tunisians | Tunis
TUR | Turkey | Türkiye; Turkiye; Republic of Türkiye | Turkish | Turks | Ankara # "Turks" must lose to the longer "Turks and Caicos"
TUV | Tuvalu | | Tuvaluan | Tuvaluans | Funafuti
TWN | Taiwan | Republic of China | Taiwanese | | Taipei # coded TWN as its own actor (see codebooks/README.md)
TZA | Tanzania | | Tanzanian | Tanzanians | Dodoma; Dar es Salaam
UGA | Uganda | | Ugandan | Ugandans | Kampala
UKR | Ukraine | | Ukrainian | Ukrainians | Kyiv; Kiev
UMI | United States Minor Outlying Islands | U.S. Minor Outlying Islands | | |
URY | Uruguay | | Uruguayan | Uruguayans | Montevideo
USA | United States | United States of America; U.S.; US; U.S.A.; America | American; U.S. | Americans | Washington; White House # "US" is also the pronoun and "Washington" the state: both wanted only as written
UZB | Uzbekistan | | Uzbek; Uzbekistani | Uzbeks | Tashkent
VAT | Vatican | Holy See; Vatican City; Vatican City State | | |
VCT | Saint Vincent and the Grenadines | St. Vincent and the Grenadines; St Vincent | Vincentian | Vincentians | Kingstown
VEN | Venezuela | | Venezuelan | Venezuelans | Caracas
VGB | British Virgin Islands | BVI | | | Road Town
VIR | United States Virgin Islands | U.S. Virgin Islands; US Virgin Islands | | | Charlotte Amalie
VNM | Vietnam | Viet Nam | Vietnamese | | Hanoi
VUT | Vanuatu | | Ni-Vanuatu | | Port Vila
WLF | Wallis and Futuna | | | | Mata-Utu
WSM | Samoa | Western Samoa | Samoan | Samoans | Apia
YEM | Yemen | | Yemeni | Yemenis | Sanaa; Sana'a # Sanaa is held by the Houthis; the recognised government sits in Aden, left out as ambiguous
ZAF | South Africa | | South African | South Africans | Pretoria
ZMB | Zambia | | Zambian | Zambians | Lusaka
ZWE | Zimbabwe | | Zimbabwean | Zimbabweans | Harare
XKX | Kosovo | Republic of Kosovo | Kosovar; Kosovan | Kosovars | Pristina; Prishtina; Priština # XKX: the user-assigned code the EU and IMF use (see codebooks/README.md)
"""


# Cities often in the news that stand for their country (not its government): "Russian forces shelled Kharkiv" →
# UKR. Capitals are in the table. Left out: names that are common words or belong to other places too (Nice,
# Reading, Rafah of Egypt), and places whose country is disputed (Crimea, Sevastopol, Stepanakert).
CITIES = {
    "UKR": ["Kharkiv", "Kharkov", "Odesa", "Odessa", "Mariupol", "Bucha", "Irpin", "Kherson", "Zaporizhzhia",
            "Dnipro", "Lviv", "Bakhmut", "Avdiivka", "Donetsk", "Luhansk", "Mykolaiv", "Sumy", "Kramatorsk",
            "Pokrovsk", "Chernihiv", "Zhytomyr", "Vinnytsia", "Poltava", "Kryvyi Rih", "Chasiv Yar", "Toretsk",
            "Vuhledar", "Sievierodonetsk", "Severodonetsk", "Lysychansk", "Melitopol", "Berdiansk", "Enerhodar",
            "Izium", "Kupiansk", "Kostiantynivka", "Sloviansk", "Ternopil", "Rivne", "Lutsk", "Uzhhorod",
            "Ivano-Frankivsk", "Khmelnytskyi", "Cherkasy", "Kropyvnytskyi", "Donbas", "Donbass", "Kharkiv region",
            "Zaporizhzhia region"],
    "RUS": ["Vladivostok", "Kursk", "Belgorod", "St Petersburg", "Saint Petersburg", "Yekaterinburg", "Rostov", "Novorossiysk",
            "Kaliningrad", "Bryansk", "Voronezh", "Kazan", "Novosibirsk", "Lipetsk", "Smolensk", "Murmansk", "Sochi",
            "Krasnodar", "Tatarstan", "Chechnya", "Dagestan", "Grozny", "Makhachkala", "Saratov", "Volgograd",
            "Nizhny Novgorod", "Oryol", "Kaluga", "Pskov", "Sudzha", "Taganrog", "Siberia"],
    "PSE": ["Gaza City", "Rafah", "Khan Younis", "Jenin", "Nablus", "Hebron", "Jabalia", "Deir al-Balah",
            "Beit Lahia", "Beit Hanoun", "Nuseirat", "Bureij", "Tulkarm", "Qalqilya", "Bethlehem", "Jericho",
            "Mawasi", "al-Mawasi"],
    "ISR": ["Tel Aviv", "Haifa", "Ashkelon", "Sderot", "Eilat", "Beersheba", "Nazareth", "Netanya", "Ashdod",
            "Herzliya", "Dimona", "Kiryat Shmona", "Metula", "Nir Oz", "Kfar Aza", "Beeri"],
    "LBN": ["Tyre", "Sidon", "Nabatieh", "Baalbek", "Dahiyeh", "Marjayoun", "Bint Jbeil", "Khiam"],
    "SYR": ["Aleppo", "Idlib", "Homs", "Raqqa", "Deir ez-Zor", "Latakia", "Daraa", "Hama", "Qamishli", "Kobani",
            "Hasakah", "Manbij", "Sweida", "Suwayda", "Tartus", "Afrin", "Douma", "Ghouta", "Palmyra", "Quneitra"],
    "IRQ": ["Mosul", "Basra", "Kirkuk", "Erbil", "Fallujah", "Ramadi", "Tikrit", "Najaf", "Sulaimaniyah",
            "Sulaymaniyah", "Karbala", "Samarra", "Baqubah", "Nasiriyah", "Sinjar", "Anbar", "Ain al-Asad"],
    "YEM": ["Aden", "Hodeidah", "Taiz", "Marib", "Saada", "Mukalla"],
    "SDN": ["Omdurman", "El Fasher", "Geneina", "Port Sudan", "Nyala", "Darfur", "Kordofan", "North Kordofan",
            "South Kordofan", "El Obeid", "Wad Madani", "Kassala", "El Geneina", "Zamzam", "Kadugli", "North Darfur",
            "South Darfur", "West Darfur"],
    "AFG": ["Kandahar", "Herat", "Mazar-i-Sharif", "Jalalabad", "Helmand", "Kunduz", "Ghazni", "Khost", "Nangarhar",
            "Kunar", "Bagram"],
    "PAK": ["Lahore", "Karachi", "Peshawar", "Quetta", "Rawalpindi", "Balochistan", "Khyber Pakhtunkhwa",
            "Waziristan", "North Waziristan", "Bannu", "Gwadar", "Faisalabad", "Multan", "Sialkot"],
    "IND": ["Jammu", "Mumbai", "Kolkata", "Srinagar", "Chennai", "Bangalore", "Bengaluru", "Manipur", "Ahmedabad", "Pune",
            "Jaipur", "Lucknow", "Patna", "Amritsar", "Pahalgam", "Imphal", "Assam", "Kerala", "Gujarat"],
    "CHN": ["Shanghai", "Wuhan", "Guangzhou", "Shenzhen", "Xinjiang", "Tibet", "Chengdu", "Chongqing", "Tianjin",
            "Nanjing", "Hangzhou", "Xiamen", "Fujian", "Guangdong", "Hainan", "Urumqi", "Lhasa", "Harbin", "Dalian",
            "Qingdao"],
    "TWN": ["Kaohsiung", "Taichung", "Tainan", "Kinmen"],
    "KOR": ["Busan", "Incheon", "Gwangju", "Daegu", "Pyeongtaek"],
    "IRN": ["Isfahan", "Esfahan", "Natanz", "Tabriz", "Mashhad", "Shiraz", "Bandar Abbas", "Fordow", "Bushehr",
            "Ahvaz", "Kermanshah", "Zahedan", "Qom", "Karaj"],
    "TUR": ["Istanbul", "Izmir", "Antalya", "Gaziantep", "Diyarbakir", "Hatay", "Kahramanmaras", "Adana", "Bursa",
            "Konya", "Incirlik"],
    "EGY": ["Alexandria", "Sharm el-Sheikh", "Port Said"],
    "LBY": ["Benghazi", "Misrata", "Sirte", "Derna", "Tobruk", "Zawiya"],
    "MLI": ["Timbuktu", "Gao", "Kidal", "Mopti", "Menaka", "Segou", "Kayes", "Tessalit"],
    "NGA": ["Lagos", "Kano", "Maiduguri", "Kaduna", "Borno", "Zamfara", "Katsina", "Benue", "Port Harcourt",
            "Sokoto", "Yobe", "Adamawa", "Ibadan"],
    "ETH": ["Mekelle", "Tigray", "Amhara", "Oromia", "Bahir Dar", "Gondar", "Lalibela"],
    "SOM": ["Kismayo", "Baidoa", "Puntland", "Jubaland", "Beledweyne"],
    "COD": ["Goma", "Bukavu", "Kisangani", "Lubumbashi", "Ituri", "North Kivu", "South Kivu", "Bunia", "Uvira",
            "Rutshuru", "Masisi"],
    "MMR": ["Yangon", "Rangoon", "Mandalay", "Rakhine", "Sagaing", "Lashio", "Myitkyina", "Sittwe", "Shan state",
            "Kachin state"],
    "QAT": ["Al Udeid"],
    "SAU": ["Jeddah", "Mecca", "Dhahran", "Abqaiq"],
    "ARE": ["Dubai", "Sharjah"],
    "USA": ["Camp David", "Mar-a-Lago", "New York", "Los Angeles", "Chicago", "Houston", "San Francisco", "Miami", "Seattle", "Boston",
            "Philadelphia", "Atlanta", "Dallas", "Detroit", "Minneapolis", "Denver", "Las Vegas", "San Diego",
            "Baltimore", "New Orleans", "Honolulu", "Pearl Harbor", "Texas", "California", "Florida", "Arizona",
            "Ohio", "Michigan", "Pennsylvania", "Illinois", "Alaska", "Hawaii", "Minnesota", "Oregon", "Louisiana",
            "Tennessee"],
    "GBR": ["Manchester", "Birmingham", "Liverpool", "Glasgow", "Edinburgh", "Belfast", "Cardiff", "Leeds",
            "Bristol", "Southport", "Sheffield"],
    "FRA": ["Marseille", "Lyon", "Strasbourg", "Bordeaux", "Toulouse", "Calais", "Lille", "Nantes", "Corsica"],
    "DEU": ["Munich", "Hamburg", "Frankfurt", "Cologne", "Dresden", "Leipzig", "Stuttgart", "Dusseldorf",
            "Düsseldorf", "Magdeburg", "Solingen", "Mannheim"],
    "GEO": ["Batumi"],
    "COL": ["Medellin", "Medellín", "Cali", "Cucuta", "Cúcuta", "Catatumbo", "Barranquilla"],
    "MEX": ["Tijuana", "Ciudad Juarez", "Guadalajara", "Monterrey", "Culiacan", "Chihuahua", "Michoacan",
            "Michoacán", "Tamaulipas", "Acapulco", "Cancun", "Cancún", "Veracruz", "Oaxaca", "Chiapas", "Jalisco",
            "Reynosa", "Matamoros", "Nuevo Laredo", "Sinaloa"],
    "NER": ["Agadez", "Tillaberi", "Tillabéri", "Diffa", "Zinder", "Tahoua", "Maradi"],
    "BFA": ["Djibo", "Ouahigouya", "Barsalogho"],
    "MOZ": ["Cabo Delgado", "Mocimboa da Praia"],
    "CMR": ["Bamenda", "Buea", "Douala"],
    "KEN": ["Mombasa", "Kisumu", "Garissa", "Lamu"],
    "ZAF": ["Johannesburg", "Cape Town", "Durban"],
    "PRK": ["Kaesong", "Wonsan", "Sinuiju", "Yongbyon"],
    "JPN": ["Osaka", "Okinawa", "Hiroshima", "Nagasaki", "Fukushima", "Hokkaido", "Sapporo", "Kyoto", "Yokohama"],
    "BGD": ["Chittagong", "Chattogram", "Cox's Bazar", "Sylhet"],
    "THA": ["Chiang Mai", "Phuket", "Pattani", "Narathiwat"],
    "PHL": ["Mindanao", "Marawi", "Cebu", "Davao"],
    "IDN": ["Aceh", "Bali", "Surabaya", "Makassar"],
    "VNM": ["Ho Chi Minh City", "Da Nang", "Haiphong"],
    "HTI": ["Cap-Haitien", "Cap-Haïtien", "Petion-Ville", "Pétion-Ville", "Cite Soleil", "Cité Soleil"],
    "VEN": ["Maracaibo", "Zulia"],
    "ECU": ["Guayaquil"],
    "BRA": ["Rio de Janeiro", "Sao Paulo", "São Paulo", "Manaus"],
    "ESP": ["Barcelona", "Catalonia", "Seville"],
    "ITA": ["Milan", "Naples", "Venice", "Lampedusa", "Sicily", "Palermo", "Turin"],
    "CAN": ["Toronto", "Vancouver", "Montreal", "Quebec", "Alberta"],
    "AUS": ["Sydney", "Melbourne", "Brisbane"],
    "JOR": ["Aqaba", "Zarqa"],
    "GRC": ["Thessaloniki", "Lesbos", "Crete"],
    "POL": ["Krakow", "Gdansk", "Rzeszow", "Wroclaw"],
}


def split(cell: str) -> list[str]:
    return [item.strip() for item in cell.split(";") if item.strip()]


def parse_table() -> dict[str, dict]:
    rows: dict[str, dict] = {}
    for line in TABLE.strip().splitlines():
        body, _, comment = line.partition("#")
        cells = [cell.strip() for cell in body.split("|")]
        cells += [""] * (6 - len(cells))
        code, name, aliases, adjectives, demonyms, capitals = cells[:6]
        rows[code] = {
            "name": name,
            "aliases": split(aliases),
            "adjectives": split(adjectives),
            "demonyms": split(demonyms),
            "capitals": split(capitals),
            "comment": comment.strip(),
        }
    return rows


def clean_official(name: str) -> str | None:
    """pycountry names worth an alias: not inverted ("Korea, Republic of") and without a parenthesis."""
    name = re.sub(r"^the ", "", name)
    return None if ("," in name or "(" in name or name in SKIP_ALIASES) else name


def scalar(text: str) -> str:
    return json.dumps(text, ensure_ascii=False) if re.search(r"[:#,\[\]{}\"]|^['&*!|>%@`-]", text) else text


def render(rows: dict[str, dict]) -> str:
    out = [
        "# yaml-language-server: $schema=../../schema/countries.schema.json",
        "# Every ISO 3166-1 country and territory, and Kosovo (XKX). Generated by tools/make_countries.py; edit its",
        "# table and rerun it. Words left out on purpose (capitals that are common words or other places' names) are",
        "# noted above their country. Terms are matched as phrases; a longer phrase wins over a shorter one inside it.",
    ]
    for code, row in rows.items():
        out.append("")
        if row["comment"]:
            out.append(f"# {row['comment']}")
        out.append(f"- code: {code}")
        out.append(f"  name: {scalar(row['name'])}")
        for key in ("aliases", "adjectives", "demonyms", "capitals"):
            out.append(f"  {key}: [{', '.join(scalar(item) for item in row[key])}]")
        if CITIES.get(code):
            out.append(f"  cities: [{', '.join(scalar(item) for item in CITIES[code])}]")
    return "\n".join(out) + "\n"


def main() -> None:
    table = parse_table()
    iso = {c.alpha_3: c for c in pycountry.countries}
    missing = sorted(set(iso) - set(table))
    unknown = sorted(set(table) - set(iso) - {"XKX"})
    if missing or unknown:
        raise SystemExit(f"table out of step with pycountry: missing {missing}, not ISO {unknown}")
    rows: dict[str, dict] = {}
    for code in sorted(table, key=lambda c: (c == "XKX", c)):
        row = table[code]
        country = iso.get(code)
        if country is not None:
            for extra in (getattr(country, "official_name", None), country.name):
                extra = extra and clean_official(extra)
                if extra and extra != row["name"] and extra not in row["aliases"]:
                    row["aliases"].append(extra)
        rows[code] = row
    OUT.write_text(render(rows), encoding="utf-8")
    print(f"wrote {OUT.relative_to(REPO)}: {len(rows)} countries and territories")


if __name__ == "__main__":
    main()

"""Build the place-name lists ``en.places.json`` and ``de.places.json``.

Mention detection claims a known place before it looks for company names, so a
place never becomes an organisation ("bonds from a bank in Ecuador").  The
hand-written ``place_names`` of ``<lang>.mentions.json`` stay as they are; the
files written here are read in addition (``dealgraph.mentions.lexicon``).

What goes in, per language:

* every country and territory name of CLDR, as the installed ``babel`` package
  ships it (``babel.Locale(lang).territories``), without the numeric world
  regions ("001", "150", ...) and without the codes in ``SKIP_CODES`` (pseudo
  locales, "Unknown Region", the EU, the UN);
* forms derived from those names: the part outside and inside parentheses
  ("Myanmar (Burma)"), the name without "SAR China" / "Sonderverwaltungsregion",
  "&" written out, "St." written out, a straight apostrophe for a curly one;
* ``ALT_COUNTRY_NAMES``: the CLDR short and variant forms babel does not ship
  ("UK", "Czech Republic", "Ivory Coast", "Elfenbeinküste") and a few more
  usual ones ("Holland", "England", "Schottland");
* ``CONTINENTS`` and ``SUBDIVISIONS``: continents and large regions, US states
  (German spelling where German differs: "Kalifornien"), Canadian provinces,
  German Länder, Austrian Länder, Swiss cantons;
* ``CITIES``, written from general knowledge: the capitals of the world's
  countries, about the 150 largest cities of the world, about 200 cities of
  Germany, 30 of Austria, 30 of Switzerland, 100 of the US, plus other large
  European cities and towns that are well-known company seats ("Walldorf",
  "Oberursel", "Waltham"), each in the usual spelling of the language
  ("München"/"Munich", "Mailand"/"Milan", "Peking"/"Beijing");
* in English every name with diacritics also without them ("Dusseldorf",
  "Sao Paulo"); in German the same for non-German diacritics only.

What stays out (and is printed):

* ``EXCLUDE`` / ``EXCLUDE_BY_LANG``: names that are also common given names or
  surnames, companies and brands, or ordinary words of the language, where a
  place claim would break a name or a sentence ("Jordan", "Georgia", "Essen");
* a name that is exactly the name or an alias of an entity in the gazetteer
  (``entities.curated.jsonl``, ``entities.listed.jsonl``);
* a single-word name with ``wordfreq.zipf_frequency(name.lower(), lang) >= 4.0``
  unless it is a country, territory, continent or state-level region (those
  are kept), already one of the hand-written ``place_names`` of the language
  (dropping it here would not take it out of the lexicon), or in the reviewed
  ``KEEP_FREQUENT`` list of cities that are frequent only as places
  ("Barcelona", "Chemnitz"); the kept ones are printed too;
* a name the project's tokenizer cuts differently from the lexicon
  (``words_of``), since it could never match ("Frankfurt (Oder)").

The output is sorted and deterministic for a given babel and wordfreq version.

Usage::

    python scripts/build_places.py [--output-dir DIR]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LEXICONS = ROOT / "src" / "dealgraph" / "lexicons"
LANGS = ("en", "de")
COMMON_WORD_ZIPF = 4.0

#: CLDR territory codes that are not places a text would name as a location.
SKIP_CODES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"})

#: Never a place in either language: a claim would break a person's or a
#: company's name or an ordinary word.
EXCLUDE: frozenset[str] = frozenset(
    {
        # given names and surnames
        "Adelaide", "Aurora", "Austin", "Chad", "Chandler", "Charlotte", "Diego Garcia", "Eugene",
        "Florence", "Fontana", "Garland", "Georgia", "Gilbert", "Henderson", "Irvine", "Irving",
        "Jackson", "Jordan", "Kingston", "Lincoln", "Madison", "Orlando", "Phoenix", "Raleigh",
        "Regina", "Rosario", "Saint Paul", "Salvador", "Santiago", "Sofia", "St. Paul", "Stockton",
        "Uri", "Victoria", "Virginia", "Wellington",
        # companies and brands
        "Amazon", "Amazonas", "Bellevue", "Bethesda", "Brunswick", "Chesapeake", "Corona", "Emirates",
        "Hartford", "Kawasaki", "Kobe", "Mesa", "Santa Clara", "Sapporo",
        # ordinary words (English or German)
        "Anchorage", "Baden", "Bath", "Bergen", "Boulder", "Buffalo", "Essen", "Halle", "Hamm", "Hof",
        "Jersey", "Lauf", "Man", "Marl", "Mobile", "Nice", "Providence", "Queens", "Reading",
        "Riverside", "Sitten", "Split", "Wedding", "Zug",
    }
)  # fmt: skip

EXCLUDE_BY_LANG: dict[str, frozenset[str]] = {
    "en": frozenset(
        {
            "Canton",  # canton (Guangzhou is listed)
            "Cork",  # cork
            "Reunion",  # reunion ("Réunion" is kept)
            "Turkey",  # the bird
            "US",  # "us" once casefolded
            "Worms",  # worms
        }
    ),
    "de": frozenset(
        {
            "Bünde",  # Bünde: alliances
            "Frechen",  # frech
            "Jura",  # Jura: law studies
            "Kamen",  # kamen: came
            "Langen",  # langen
            "Porto",  # Porto: postage
            "Schlieren",  # Schlieren: streaks
            "Siegen",  # siegen: to win
            "Wedel",  # Wedel: whisk
            "Weiden",  # Weiden: pastures, willows
            "Wels",  # Wels: catfish
        }
    ),
}

#: Single-word cities at or above ``COMMON_WORD_ZIPF`` that are frequent because
#: they are well-known places, not because they are words or names: kept. The
#: others the Zipf test catches are dropped ("Male", "Löwen", "Kanton", "Hagen").
KEEP_FREQUENT: dict[str, frozenset[str]] = {
    "en": frozenset(
        {
            "Baltimore", "Barcelona", "Birmingham", "Bristol", "Cambridge", "Edinburgh", "Glasgow",
            "Jerusalem", "Leeds", "Liverpool", "Manchester", "Manhattan", "Melbourne", "Milwaukee",
            "Newcastle", "Oxford", "Portland", "Xi'an",
        }
    ),
    "de": frozenset(
        {
            "Athen", "Bamberg", "Chemnitz", "Erlangen", "Göttingen", "Istanbul", "Jena", "Jerusalem",
            "Koblenz", "Konstanz", "Leverkusen", "Lübeck", "Marburg", "Mönchengladbach", "Offenbach",
            "Oldenburg", "Osnabrück", "Paderborn", "Trier", "Tübingen", "Venedig", "Weimar",
        }
    ),
}  # fmt: skip

# Tables: one place a line, "English forms | German forms", forms separated by
# ";". A line without "|" is spelt the same in both languages.

#: CLDR short/variant forms babel does not ship, and other usual country names.
ALT_COUNTRY_NAMES = """
Bosnia | Bosnien
Britain; Great Britain; UK | Großbritannien; Britannien
Brunei
Burma; Myanmar | Birma; Burma; Myanmar
Cape Verde; Cabo Verde | Kap Verde; Kapverden; Cabo Verde
Congo; Republic of the Congo; Congo-Brazzaville | Kongo; Republik Kongo; Kongo-Brazzaville
Democratic Republic of the Congo; DR Congo; Congo-Kinshasa | Demokratische Republik Kongo; DR Kongo
Czech Republic | Tschechische Republik
East Timor | Osttimor
England
Holland
Hong Kong | Hongkong
Ivory Coast; Côte d'Ivoire | Elfenbeinküste; Côte d'Ivoire
Korea; Republic of Korea | Korea; Republik Korea
Kyrgyzstan | Kirgistan; Kirgisistan
Macau; Macao | Macau; Macao
Macedonia | Mazedonien
Moldova | Moldau; Moldawien; Republik Moldau
Northern Ireland | Nordirland
Palestine | Palästina
Russian Federation | Russische Föderation
Scotland | Schottland
Swaziland | Swasiland
Trinidad
USA; United States of America; America | USA; Vereinigte Staaten von Amerika; Amerika
Vatican | Vatikan
Wales
| Weißrussland
"""

CONTINENTS = """
Africa | Afrika
Antarctica | Antarktis; Antarktika
Asia | Asien
Australia | Australien
Europe | Europa
North America | Nordamerika
South America | Südamerika
Central America | Mittelamerika; Zentralamerika
Latin America | Lateinamerika
Oceania | Ozeanien
Middle East | Nahost; Naher Osten; Nahen Osten
Southeast Asia | Südostasien
Scandinavia | Skandinavien
# regions that are no name's last word ("NetStream Baltics" and "X Benelux" are companies)
Midwest | Mittlerer Westen; Mittleren Westen
Balkans | Balkan
Silicon Valley
Bay Area
New England | Neuengland
South West
North West
North East
South East
East Anglia
"""

SUBDIVISIONS = """
# US states
Alabama
Alaska
Arizona
Arkansas
California | Kalifornien; California
Colorado
Connecticut
Delaware
District of Columbia
Florida
Georgia
Hawaii
Idaho
Illinois
Indiana
Iowa
Kansas
Kentucky
Louisiana
Maine
Maryland
Massachusetts
Michigan
Minnesota
Mississippi
Missouri
Montana
Nebraska
Nevada
New Hampshire
New Jersey
New Mexico | New Mexico; Neumexiko
New York
North Carolina | North Carolina; Nord-Carolina; Nordkarolina
North Dakota | North Dakota; Norddakota; Nord-Dakota
Ohio
Oklahoma
Oregon
Pennsylvania | Pennsylvania; Pennsylvanien
Rhode Island
South Carolina | South Carolina; Süd-Carolina; Südkarolina
South Dakota | South Dakota; Süddakota; Süd-Dakota
Tennessee
Texas
Utah
Vermont
Virginia | Virginia; Virginien
Washington
West Virginia | West Virginia; West-Virginia; Westvirginia
Wisconsin
Wyoming
# Canadian provinces and territories
Alberta
British Columbia | British Columbia; Britisch-Kolumbien
Manitoba
New Brunswick | New Brunswick; Neubraunschweig
Newfoundland and Labrador; Newfoundland | Neufundland und Labrador; Neufundland
Northwest Territories | Nordwest-Territorien
Nova Scotia | Nova Scotia; Neuschottland
Nunavut
Ontario
Prince Edward Island | Prince Edward Island; Prinz-Edward-Insel
Quebec; Québec | Québec; Quebec
Saskatchewan
Yukon
# German Länder
Baden-Württemberg
Bavaria | Bayern
Berlin
Brandenburg
Bremen
Hamburg
Hesse | Hessen
Lower Saxony | Niedersachsen
Mecklenburg-Western Pomerania; Mecklenburg-Vorpommern | Mecklenburg-Vorpommern
North Rhine-Westphalia | Nordrhein-Westfalen
Rhineland-Palatinate | Rheinland-Pfalz
Saarland
Saxony | Sachsen
Saxony-Anhalt | Sachsen-Anhalt
Schleswig-Holstein
Thuringia | Thüringen
# Austrian Länder
Burgenland
Carinthia | Kärnten
Lower Austria | Niederösterreich
Salzburg
Styria | Steiermark
Tyrol; Tirol | Tirol
Upper Austria | Oberösterreich
Vienna | Wien
Vorarlberg
# Swiss cantons
Aargau
Appenzell Ausserrhoden
Appenzell Innerrhoden
Basel-Landschaft; Basel-Land | Basel-Landschaft; Baselland
Basel-Stadt
Bern; Berne | Bern
Fribourg | Freiburg
Geneva | Genf
Glarus
Graubünden; Grisons | Graubünden
Jura
Lucerne | Luzern
Neuchâtel | Neuenburg
Nidwalden
Obwalden
Schaffhausen
Schwyz
Solothurn
St. Gallen
Thurgau
Ticino | Tessin
Uri
Valais | Wallis
Vaud | Waadt
Zug
Zurich; Zürich | Zürich
"""

CITIES = """
# capitals of the world's countries
Kabul
Tirana
Algiers | Algier
Andorra la Vella
Luanda
Buenos Aires
Yerevan | Jerewan; Eriwan
Canberra
Vienna | Wien
Baku
Nassau
Manama
Dhaka | Dhaka; Dakka
Bridgetown
Minsk
Brussels | Brüssel
Belmopan
Porto-Novo
Thimphu
La Paz; Sucre
Sarajevo
Gaborone
Brasília; Brasilia
Bandar Seri Begawan
Sofia
Ouagadougou
Gitega
Phnom Penh
Yaoundé | Jaunde; Yaoundé
Ottawa
Praia
Bangui
N'Djamena
Santiago; Santiago de Chile
Beijing | Peking
Bogotá
Moroni
Brazzaville
Kinshasa
San José
Yamoussoukro
Zagreb
Havana | Havanna
Nicosia | Nikosia
Prague | Prag
Copenhagen | Kopenhagen
Djibouti | Dschibuti
Roseau
Santo Domingo
Quito
Cairo | Kairo
San Salvador
Malabo
Asmara
Tallinn
Mbabane
Addis Ababa | Addis Abeba
Suva
Helsinki
Paris
Libreville
Banjul
Tbilisi | Tiflis
Berlin
Accra
Athens | Athen
Guatemala City | Guatemala-Stadt
Conakry
Bissau
Georgetown
Port-au-Prince
Tegucigalpa
Budapest
Reykjavik; Reykjavík
New Delhi | Neu-Delhi
Jakarta
Tehran | Teheran
Baghdad | Bagdad
Dublin
Jerusalem
Rome | Rom
Kingston
Tokyo | Tokio
Amman
Astana
Nairobi
Tarawa
Kuwait City | Kuwait-Stadt
Bishkek | Bischkek
Vientiane
Riga
Beirut
Maseru
Monrovia
Tripoli | Tripolis
Vaduz
Vilnius
Luxembourg City | Luxemburg-Stadt
Antananarivo
Lilongwe
Kuala Lumpur
Malé
Bamako
Valletta
Majuro
Nouakchott
Port Louis
Mexico City | Mexiko-Stadt
Palikir
Chișinău; Chisinau | Chișinău; Chisinau; Kischinau
Ulaanbaatar; Ulan Bator | Ulaanbaatar; Ulan Bator; Ulan-Bator
Podgorica
Rabat
Maputo
Naypyidaw
Windhoek
Kathmandu
Amsterdam
The Hague | Den Haag
Wellington
Managua
Niamey
Abuja
Pyongyang | Pjöngjang
Skopje
Oslo
Muscat | Maskat
Islamabad
Panama City | Panama-Stadt
Port Moresby
Asunción
Lima
Manila
Warsaw | Warschau
Lisbon | Lissabon
Doha
Bucharest | Bukarest
Moscow | Moskau
Kigali
Castries
Apia
San Marino
Riyadh | Riad
Dakar
Belgrade | Belgrad
Victoria
Freetown
Singapore | Singapur
Bratislava | Bratislava; Pressburg
Ljubljana | Ljubljana; Laibach
Honiara
Mogadishu | Mogadischu
Pretoria; Cape Town | Pretoria; Kapstadt
Seoul
Juba
Madrid
Colombo
Khartoum | Khartum
Paramaribo
Stockholm
Bern; Berne | Bern
Damascus | Damaskus
Taipei | Taipeh
Dushanbe | Duschanbe
Dodoma
Bangkok
Dili
Lomé
Port of Spain
Tunis
Ankara
Ashgabat | Aschgabat
Funafuti
Kampala
Kyiv; Kiev | Kiew; Kyjiw
Abu Dhabi
London
Washington
Montevideo
Tashkent | Taschkent
Port Vila
Vatican City | Vatikanstadt
Caracas
Hanoi
Sanaa
Lusaka
Harare
Pristina | Pristina; Priština
# largest cities of the world (capitals above)
Shanghai
Chongqing
Guangzhou; Canton | Guangzhou; Kanton
Shenzhen
Tianjin
Chengdu
Wuhan
Hangzhou
Nanjing
Xi'an
Suzhou
Dongguan
Foshan
Shenyang
Harbin
Qingdao
Dalian
Zhengzhou
Jinan
Changsha
Kunming
Hefei
Xiamen
Ningbo
Wuxi
Fuzhou
Mumbai; Bombay | Mumbai; Bombay
Delhi
Bangalore; Bengaluru
Kolkata; Calcutta | Kolkata; Kalkutta
Chennai
Hyderabad
Ahmedabad
Pune
Surat
Jaipur
Lucknow
Kanpur
Nagpur
Indore
Noida
Gurgaon; Gurugram
Osaka
Yokohama
Nagoya
Sapporo
Kobe
Kyoto | Kyoto; Kioto
Fukuoka
Kawasaki
Hiroshima
Sendai
Busan
Incheon
Daegu
Karachi | Karatschi
Lahore
Faisalabad
Rawalpindi
Chittagong
Surabaya
Bandung
Medan
Quezon City
Davao
Cebu
Ho Chi Minh City; Saigon | Ho-Chi-Minh-Stadt; Saigon
Yangon; Rangoon | Yangon; Rangun
Istanbul
Izmir
Bursa
Antalya
Jeddah | Dschidda
Dubai
Sharjah | Schardscha
Tel Aviv
Haifa
Isfahan
Mashhad
Tabriz | Täbris
Basra
Lagos
Kano
Ibadan
Alexandria | Alexandria; Alexandrien
Casablanca
Johannesburg
Durban
Abidjan
Dar es Salaam
Kumasi
São Paulo
Rio de Janeiro
Belo Horizonte
Salvador
Fortaleza
Recife
Porto Alegre
Curitiba
Manaus
Guadalajara
Monterrey
Puebla
Tijuana
Medellín
Cali
Guayaquil
Maracaibo
Córdoba
Rosario
Toronto
Montreal; Montréal
Vancouver
Calgary
Edmonton
Winnipeg
Quebec City | Québec-Stadt
Saint Petersburg; St. Petersburg | Sankt Petersburg; St. Petersburg
Novosibirsk | Nowosibirsk
Yekaterinburg | Jekaterinburg
Kazan | Kasan
Kharkiv | Charkiw
Odesa; Odessa | Odessa
Lviv | Lwiw; Lemberg
Dnipro
Sydney
Melbourne
Brisbane
Perth
Adelaide
Auckland
Christchurch
# other large cities of Europe
Barcelona
Milan | Mailand
Naples | Neapel
Turin
Marseille | Marseille; Marseilles
Lyon
Toulouse
Nice | Nizza
Bordeaux
Lille
Nantes
Strasbourg | Straßburg
Rennes
Grenoble
Montpellier
Kraków; Krakow | Krakau
Wrocław; Wroclaw | Breslau
Łódź; Lodz
Poznań; Poznan | Posen
Gdańsk; Gdansk | Danzig
Katowice | Kattowitz
Brno | Brünn
Ostrava
Cluj-Napoca
Plovdiv
Varna
Debrecen
Košice | Košice; Kaschau
Novi Sad
Split
Thessaloniki | Thessaloniki; Saloniki
Rotterdam
Utrecht
Eindhoven
Groningen
Antwerp | Antwerpen
Ghent | Gent
Liège | Lüttich
Leuven | Löwen
Charleroi
Aarhus
Odense
Gothenburg | Göteborg
Malmö
Uppsala
Tampere
Espoo
Turku
Bergen
Trondheim
Stavanger
Manchester
Birmingham
Liverpool
Leeds
Glasgow
Edinburgh
Bristol
Sheffield
Newcastle; Newcastle upon Tyne; Newcastle-upon-Tyne
Cardiff
Belfast
Nottingham
Leicester
Southampton
Aberdeen
Oxford
Cambridge
Milton Keynes
Canary Wharf
Cork
Porto
Seville | Sevilla
Valencia
Bilbao
Málaga
Zaragoza | Saragossa
Palma
Genoa | Genua
Florence | Florenz
Bologna
Venice | Venedig
Palermo
Bari
Verona
Catania
Monaco
# Germany
Berlin
Hamburg
Munich; München | München
Cologne; Köln | Köln
Frankfurt; Frankfurt am Main | Frankfurt; Frankfurt am Main
Stuttgart
Düsseldorf
Leipzig
Dortmund
Essen
Bremen
Dresden
Hanover; Hannover | Hannover
Nuremberg; Nürnberg | Nürnberg
Duisburg
Bochum
Wuppertal
Bielefeld
Bonn
Münster
Mannheim
Karlsruhe
Augsburg
Wiesbaden
Mönchengladbach
Gelsenkirchen
Aachen
Braunschweig; Brunswick | Braunschweig
Kiel
Chemnitz
Halle
Magdeburg
Freiburg; Freiburg im Breisgau
Krefeld
Mainz
Lübeck
Erfurt
Oberhausen
Rostock
Kassel
Hagen
Potsdam
Saarbrücken
Hamm
Ludwigshafen; Ludwigshafen am Rhein
Oldenburg
Mülheim an der Ruhr; Mülheim
Osnabrück
Leverkusen
Darmstadt
Heidelberg
Solingen
Herne
Neuss
Regensburg
Paderborn
Ingolstadt
Offenbach; Offenbach am Main
Fürth
Würzburg
Ulm
Heilbronn
Pforzheim
Wolfsburg
Göttingen
Bottrop
Reutlingen
Koblenz
Recklinghausen
Bremerhaven
Erlangen
Bergisch Gladbach
Remscheid
Jena
Trier
Salzgitter
Moers
Siegen
Hildesheim
Cottbus
Gütersloh
Kaiserslautern
Witten
Hanau
Schwerin
Gera
Esslingen; Esslingen am Neckar
Ludwigsburg
Iserlohn
Düren
Zwickau
Flensburg
Tübingen
Ratingen
Villingen-Schwenningen
Lünen
Konstanz; Constance | Konstanz
Marl
Worms
Velbert
Minden
Dessau-Roßlau; Dessau
Neumünster
Norderstedt
Delmenhorst
Wilhelmshaven
Viersen
Gladbeck
Dorsten
Rheine
Detmold
Troisdorf
Castrop-Rauxel
Arnsberg
Bamberg
Lüneburg
Bayreuth
Landshut
Brandenburg an der Havel
Bocholt
Aschaffenburg
Celle
Kempten
Fulda
Lippstadt
Aalen
Dinslaken
Herford
Kerpen
Rüsselsheim; Rüsselsheim am Main
Weimar
Sindelfingen
Neuwied
Plauen
Dormagen
Neubrandenburg
Grevenbroich
Rosenheim
Herten
Bergheim
Friedrichshafen
Schwäbisch Gmünd
Schwäbisch Hall
Garbsen
Wesel
Hürth
Offenburg
Stralsund
Unna
Greifswald
Langenfeld
Göppingen
Euskirchen
Sankt Augustin
Hameln; Hamelin | Hameln
Stolberg
Görlitz
Eschweiler
Meerbusch
Hilden
Frankfurt an der Oder; Frankfurt (Oder)
Pulheim
Waiblingen
Baden-Baden
Langenhagen
Nordhorn
Lingen
Bad Homburg; Bad Homburg vor der Höhe
Wetzlar
Ahlen
Frechen
Ibbenbüren
Goslar
Bad Salzuflen
Wolfenbüttel
Passau
Emden
Speyer
Kleve
Cuxhaven
Gummersbach
Schweinfurt
Erftstadt
Böblingen
Ravensburg
Willich
Rastatt
Peine
Lörrach
Heidenheim; Heidenheim an der Brenz
Alsdorf
Hattingen
Bünde
Elmshorn
Gießen
Marburg
Leonberg
Freising
Straubing
Frankenthal
Landau
Neustadt an der Weinstraße
Memmingen
Kaufbeuren
Erding
Dachau
Fürstenfeldbruck
Germering
Neu-Ulm
Ingelheim; Ingelheim am Rhein
Hennef
Monheim am Rhein
Bergkamen
Kamen
Coburg
Ansbach
Amberg
Weiden
Hof
Suhl
Eisenach
Gotha
Nordhausen
Halberstadt
Wernigerode
Stendal
Lutherstadt Wittenberg; Wittenberg
Merseburg
Weißenfels
Naumburg
Bautzen
Freiberg
Pirna
Meißen; Meissen | Meißen
Zittau
Eberswalde
Oranienburg
Falkensee
Neuruppin
Wismar
Güstrow
Langen
Wedel
Siegburg
Kronberg; Kronberg im Taunus
Hofheim am Taunus
Bad Vilbel
# German towns known as company seats
Walldorf
Herzogenaurach
Neckarsulm
Eschborn
Oberursel
Unterföhring
Ismaning
Garching
Oberkochen
Dingolfing
Montabaur
Leinfelden-Echterdingen
Planegg
Martinsried
Pullach
Grünwald
Unterschleißheim
Weissach
Zuffenhausen
Sindelfingen
Biberach an der Riss; Biberach
Gerlingen
Künzelsau
Heidenheim
Gütersloh
Bad Nauheim
# Austria
Vienna | Wien
Graz
Linz
Salzburg
Innsbruck
Klagenfurt; Klagenfurt am Wörthersee
Villach
Wels
Sankt Pölten; St. Pölten
Dornbirn
Wiener Neustadt
Steyr
Feldkirch
Bregenz
Leonding
Klosterneuburg
Baden
Wolfsberg
Leoben
Krems; Krems an der Donau
Traun
Amstetten
Lustenau
Kapfenberg
Mödling
Hallein
Kufstein
Traiskirchen
Schwechat
Braunau am Inn; Braunau
Stockerau
Saalfelden
Ansfelden
Tulln
Hohenems
Spittal an der Drau
Telfs
Bludenz
Bad Ischl
Eisenstadt
Gmunden
Wörgl
Schwaz
Lienz
Kitzbühel
Zell am See
Bruck an der Mur
# Switzerland
Zurich; Zürich | Zürich
Geneva | Genf
Basel; Basle | Basel
Lausanne
Bern; Berne | Bern
Winterthur
Lucerne | Luzern
St. Gallen
Lugano
Biel; Bienne | Biel
Thun
Köniz
La Chaux-de-Fonds
Fribourg | Freiburg im Üechtland
Schaffhausen
Chur
Vernier
Neuchâtel | Neuenburg
Uster
Sion | Sitten
Lancy
Emmen
Yverdon-les-Bains
Zug
Kriens
Rapperswil-Jona
Dübendorf
Dietikon
Montreux
Frauenfeld
Wetzikon
Baar
Meyrin
Wädenswil
Carouge
Riehen
Allschwil
Renens
Kreuzlingen
Aarau
Bülach
Olten
Horgen
Nyon
Vevey
Schlieren
Solothurn
Bellinzona
Locarno
Davos
Zermatt
St. Moritz
Liestal
Herisau
Schwyz
Altdorf
Pfäffikon
Rotkreuz
# United States
New York; New York City | New York; New York City
Los Angeles
Chicago
Houston
Phoenix
Philadelphia
San Antonio
San Diego
Dallas
San Jose
Austin
Jacksonville
Fort Worth
Columbus
Charlotte
Indianapolis
San Francisco
Seattle
Denver
Nashville
Oklahoma City
El Paso
Boston
Portland
Las Vegas
Detroit
Memphis
Louisville
Baltimore
Milwaukee
Albuquerque
Tucson
Fresno
Sacramento
Kansas City
Mesa
Atlanta
Omaha
Colorado Springs
Raleigh
Long Beach
Virginia Beach
Miami
Oakland
Minneapolis
Tulsa
Tampa
Arlington
New Orleans
Wichita
Cleveland
Bakersfield
Aurora
Anaheim
Honolulu
Santa Ana
Riverside
Corpus Christi
Lexington
Henderson
Stockton
Saint Paul; St. Paul
Cincinnati
St. Louis
Pittsburgh
Greensboro
Lincoln
Anchorage
Plano
Orlando
Irvine
Newark
Durham
Chula Vista
Toledo
Fort Wayne
Jersey City
Chandler
Madison
Lubbock
Scottsdale
Reno
Buffalo
Gilbert
Glendale
North Las Vegas
Winston-Salem
Chesapeake
Norfolk
Fremont
Garland
Irving
Hialeah
Richmond
Boise
Spokane
Baton Rouge
Tacoma
San Bernardino
Modesto
Fontana
Des Moines
Santa Clarita
Fayetteville
Oxnard
Rochester
Grand Rapids
Huntsville
Salt Lake City
Tallahassee
Knoxville
Worcester
Providence
Fort Lauderdale
Chattanooga
Tempe
Sioux Falls
Peoria
Hartford
New Haven
Ann Arbor
Princeton
Pasadena
Berkeley
Santa Monica
Burbank
Brooklyn
Manhattan
Bronx
Staten Island
Long Island
# US towns known as company seats
Palo Alto
Menlo Park
Mountain View
Cupertino
Sunnyvale
Santa Clara
Redwood City
South San Francisco
San Mateo
Foster City
Redmond
Bellevue
Armonk
Waltham
Stamford
Greenwich
Bentonville
Round Rock
Beaverton
Chapel Hill
Bethesda
Thousand Oaks
"""


def parse_table(text: str, lang: str) -> Iterator[str]:
    """The forms of one language in a table of "English | German" lines."""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        en, sep, de = line.partition("|")
        forms = (de if sep else en) if lang == "de" else en
        for form in forms.split(";"):
            if form.strip():
                yield " ".join(form.split())


_PAREN = re.compile(r"^(.*?)\s*\(([^)]*)\)\s*$")


def territory_names(lang: str) -> dict[str, str]:
    """CLDR territory names from babel, without numeric world regions and ``SKIP_CODES``."""
    from babel import Locale

    return {
        code: name
        for code, name in Locale(lang).territories.items()
        if not code.isdigit() and code not in SKIP_CODES
    }


def territory_forms(name: str, lang: str) -> Iterator[str]:
    """A CLDR name and the forms derived from it."""
    forms = [name]
    paren = _PAREN.match(name)
    if paren:  # "Myanmar (Burma)"
        forms = [paren.group(1), paren.group(2)]
    out = []
    for form in forms:
        form = re.sub(r"\s+SAR China$", "", form)
        form = re.sub(r"^Sonderverwaltungsregion\s+", "", form)
        out.append(form)
        if "&" in form:
            out.append(form.replace("&", "and" if lang == "en" else "und"))
        if form.startswith("St. "):
            out.append(("Saint " if lang == "en" else "Sankt ") + form[4:])
    for form in out:
        yield form
        if "’" in form:
            yield form.replace("’", "'")


_GERMAN_LETTERS = "äöüÄÖÜß"


def strip_diacritics(name: str, keep: str = "") -> str:
    """``name`` without diacritics ("Düsseldorf" -> "Dusseldorf"), keeping the letters in ``keep``."""
    out = []
    for ch in name:
        if ch in keep:
            out.append(ch)
        elif ch == "ß":
            out.append("ss")
        elif ch in "Łł":
            out.append("L" if ch == "Ł" else "l")
        else:
            out.append("".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)))
    return "".join(out)


def with_ascii_forms(names: Iterable[str], lang: str) -> set[str]:
    keep = _GERMAN_LETTERS if lang == "de" else ""
    out = set()
    for name in names:
        out.add(name)
        out.add(strip_diacritics(name, keep))
    return out


def gazetteer_names() -> set[str]:
    """Casefolded names and aliases of every gazetteer entity."""
    out: set[str] = set()
    for file in ("entities.curated.jsonl", "entities.listed.jsonl"):
        path = LEXICONS / file
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    entry = json.loads(line)
                    out.add(entry["name"].casefold())
                    out.update(a.casefold() for a in entry.get("aliases", ()))
    return out


def hand_written_places(lang: str) -> set[str]:
    with (LEXICONS / f"{lang}.mentions.json").open(encoding="utf-8") as handle:
        return set(json.load(handle)["place_names"])


def tokenizes_as_lexicon(name: str, lang: str) -> bool:
    """Whether the tokenizer cuts ``name`` into the words the lexicon stores for it."""
    from dealgraph.text.phrases import words_of
    from dealgraph.text.tokenize import tokens

    return tuple(name[a:b].casefold() for a, b in tokens(name, lang)) == words_of(name)


def build(lang: str, gazetteer: set[str]) -> tuple[list[str], dict[str, list[str]]]:
    """The sorted places of ``lang`` and, by reason, the candidates left out."""
    from wordfreq import zipf_frequency

    from dealgraph.text.phrases import words_of

    regions: set[str] = set()
    for name in territory_names(lang).values():
        regions.update(territory_forms(name, lang))
    for table in (ALT_COUNTRY_NAMES, CONTINENTS, SUBDIVISIONS):
        regions.update(parse_table(table, lang))
    regions = with_ascii_forms(regions, lang)
    cities = with_ascii_forms(parse_table(CITIES, lang), lang) - regions
    hand = hand_written_places(lang)
    excluded = EXCLUDE | EXCLUDE_BY_LANG[lang]

    dropped: dict[str, list[str]] = {
        "excluded": [],
        "gazetteer": [],
        "common word": [],
        "tokenizer": [],
        "KEPT despite Zipf": [],
    }
    places = []
    for name in sorted(regions | cities):
        if name in excluded:
            dropped["excluded"].append(name)
        elif name.casefold() in gazetteer:
            dropped["gazetteer"].append(name)
        elif not tokenizes_as_lexicon(name, lang):
            dropped["tokenizer"].append(name)
        else:
            zipf = zipf_frequency(name.lower(), lang)
            if name in cities and name not in hand and len(words_of(name)) == 1 and zipf >= COMMON_WORD_ZIPF:
                if name not in KEEP_FREQUENT[lang]:
                    dropped["common word"].append(f"{name} ({zipf:.2f})")
                    continue
                dropped["KEPT despite Zipf"].append(f"{name} ({zipf:.2f})")
            places.append(name)
    return places, dropped


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output-dir", type=Path, default=LEXICONS)
    args = parser.parse_args(argv)

    import babel

    gazetteer = gazetteer_names()
    for lang in LANGS:
        places, dropped = build(lang, gazetteer)
        source = (
            f"scripts/build_places.py: CLDR territory names (babel {babel.__version__}) with derived and "
            "alternative forms, continents, US states, Canadian provinces, German and Austrian Länder, "
            "Swiss cantons, and capitals and large cities (world, Germany, Austria, Switzerland, US) "
            "written from general knowledge; names that are common given names, companies or ordinary "
            f"words left out (explicit list, gazetteer names, wordfreq Zipf >= {COMMON_WORD_ZIPF} for "
            "single-word cities)"
        )
        path = args.output_dir / f"{lang}.places.json"
        with path.open("w", encoding="utf-8") as handle:
            json.dump({"source": source, "places": places}, handle, ensure_ascii=False, indent=1)
            handle.write("\n")
        shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
        print(f"{lang}: {len(places)} places -> {shown}")
        for reason, names in dropped.items():
            if names:
                label = reason if reason.startswith("KEPT") else f"dropped ({reason})"
                print(f"  {label}, {len(names)}: {', '.join(names)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

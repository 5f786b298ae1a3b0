// Our own name tables for the built-in gazetteer and the type rules (written for dyad, not taken from
// any corpus).
import type { EntityType } from '../types.js';

const list = (names: string) =>
  names
    .split('|')
    .map((name) => name.trim())
    .filter(Boolean);

export const LEXICON: Readonly<Partial<Record<EntityType, readonly string[]>>> = {
  GPE: list(`Abu Dhabi|Abuja|Accra|Addis Ababa|Algiers|Amman|Amsterdam|Ankara|Antananarivo|Ashgabat|Asmara|Astana|
    Asuncion|Athens|Baghdad|Baku|Bamako|Bangkok|Bangui|Banjul|Beijing|Beirut|Belgrade|Berlin|Bern|Bishkek|Bogota|
    Brasilia|Bratislava|Brussels|Bucharest|Budapest|Buenos Aires|Bujumbura|Cairo|Canberra|Caracas|Chisinau|Colombo|
    Conakry|Copenhagen|Dakar|Damascus|Dhaka|Djibouti|Doha|Dublin|Dushanbe|Freetown|Gaborone|Georgetown|Guatemala City|
    Hanoi|Harare|Havana|Helsinki|Islamabad|Jakarta|Jerusalem|Juba|Kabul|Kampala|Kathmandu|Khartoum|Kiev|Kyiv|Kigali|
    Kinshasa|Kuala Lumpur|Kuwait City|La Paz|Libreville|Lilongwe|Lima|Lisbon|Ljubljana|Lome|London|Luanda|Lusaka|
    Madrid|Malabo|Managua|Manama|Manila|Maputo|Maseru|Mexico City|Minsk|Mogadishu|Monrovia|Montevideo|Moscow|
    Muscat|Nairobi|Nassau|Naypyidaw|N'Djamena|New Delhi|Niamey|Nicosia|Nouakchott|Oslo|Ottawa|Ouagadougou|Panama City|
    Paramaribo|Paris|Phnom Penh|Podgorica|Port-au-Prince|Port Moresby|Prague|Pretoria|Pristina|Pyongyang|Quito|Rabat|
    Reykjavik|Riga|Riyadh|Rome|Sanaa|San Jose|San Salvador|Santiago|Santo Domingo|Sarajevo|Seoul|Singapore|Skopje|
    Sofia|Stockholm|Sucre|Taipei|Tallinn|Tashkent|Tbilisi|Tegucigalpa|Tehran|Teheran|Tel Aviv|Thimphu|Tirana|Tokyo|
    Tripoli|Tunis|Ulan Bator|Ulaanbaatar|Vaduz|Valletta|Vienna|Vientiane|Vilnius|Warsaw|Washington|Wellington|Windhoek|
    Yamoussoukro|Yangon|Rangoon|Yaounde|Yerevan|Zagreb|
    New York|Los Angeles|Chicago|Houston|Philadelphia|Phoenix|San Antonio|San Diego|Dallas|San Francisco|Boston|
    Seattle|Denver|Detroit|Atlanta|Miami|Baltimore|Cleveland|Pittsburgh|St. Louis|New Orleans|Las Vegas|Minneapolis|
    Toronto|Montreal|Vancouver|Sydney|Melbourne|Brisbane|Perth|Auckland|Johannesburg|Cape Town|Durban|Lagos|Kano|
    Mombasa|Alexandria|Casablanca|Benghazi|Aleppo|Homs|Idlib|Raqqa|Mosul|Basra|Kirkuk|Erbil|Fallujah|Ramadi|Tikrit|
    Gaza|Gaza City|Ramallah|Hebron|Nablus|Bethlehem|Haifa|Istanbul|Izmir|Tabriz|Isfahan|Mashhad|Karachi|Lahore|
    Peshawar|Quetta|Rawalpindi|Kandahar|Herat|Mumbai|Bombay|Kolkata|Calcutta|Chennai|Madras|Bangalore|Hyderabad|
    Shanghai|Guangzhou|Shenzhen|Hong Kong|Macau|Chongqing|Tianjin|Wuhan|Nanjing|Chengdu|Lhasa|Urumqi|Osaka|Kyoto|
    Yokohama|Nagoya|Hiroshima|Nagasaki|Okinawa|Busan|Pusan|Incheon|Daegu|Gwangju|Pyeongchang|Panmunjom|Kaesong|
    Ho Chi Minh City|Saigon|Surabaya|Bali|Aceh|Mindanao|St. Petersburg|Vladivostok|Novosibirsk|Yekaterinburg|
    Sochi|Grozny|Kharkiv|Kharkov|Odessa|Donetsk|Luhansk|Sevastopol|Frankfurt|Munich|Hamburg|Cologne|Bonn|Milan|
    Naples|Turin|Venice|Florence|Barcelona|Valencia|Seville|Marseille|Lyon|Geneva|Zurich|Strasbourg|Manchester|
    Liverpool|Birmingham|Glasgow|Edinburgh|Belfast|Cardiff|Rotterdam|The Hague|Antwerp|Gdansk|Krakow|Sao Paulo|
    Rio de Janeiro|Medellin|Cali|Guadalajara|Monterrey|Tijuana|Juarez|Mecca|Medina|Jeddah|Dubai|Aden|Hodeidah|
    Kashmir|Tibet|Xinjiang|Chechnya|Crimea|Donbas|Kosovo|Darfur|Kurdistan|West Bank|Gaza Strip|Puerto Rico|Greenland|
    Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|
    Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|
    Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|
    Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|
    Wisconsin|Wyoming|Ontario|Quebec|British Columbia|Alberta|Manitoba|Nova Scotia|Queensland|New South Wales|
    Tasmania|Bavaria|Scotland|Wales|England|Northern Ireland|Catalonia|Flanders|Wallonia|Punjab|Sindh|
    Balochistan|Bengal|Kerala|Gujarat|Taiwan|North Korea|South Korea|Soviet Union|USSR|Yugoslavia|Czechoslovakia|Britain|Great Britain`),
  LOC: list(`Africa|Asia|Europe|North America|South America|Latin America|Central America|Antarctica|Oceania|
    Eurasia|Middle East|Near East|Far East|Southeast Asia|South Asia|Central Asia|East Asia|Western Europe|
    Eastern Europe|Central Europe|Scandinavia|Balkans|Caucasus|North Caucasus|Sahel|Sahara|Horn of Africa|
    Maghreb|Levant|Persian Gulf|Gulf|Arabian Peninsula|Korean Peninsula|Indian subcontinent|Siberia|Arctic|
    Himalayas|Alps|Andes|Urals|Rockies|Sinai|Golan Heights|Kurdish region|Atlantic|Pacific|Indian Ocean|
    Atlantic Ocean|Pacific Ocean|Arctic Ocean|Mediterranean|Mediterranean Sea|Black Sea|Red Sea|Caspian Sea|
    Baltic Sea|Baltic|North Sea|South China Sea|East China Sea|Yellow Sea|Sea of Japan|East Sea|Arabian Sea|
    Caribbean|Aegean|Adriatic|Strait of Hormuz|Taiwan Strait|Bosporus|Suez Canal|Panama Canal|Nile|Danube|
    Rhine|Volga|Yangtze|Mekong|Euphrates|Tigris|Amazon|Mississippi River|Jordan River|Gulf of Aden|Gulf of Mexico|
    Yalu River|Demilitarized Zone|DMZ|Golan|Donbass`),
  ORG: list(`United Nations|UN|U.N.|Security Council|General Assembly|UNESCO|UNICEF|UNHCR|World Health Organization|
    WHO|International Monetary Fund|IMF|World Bank|World Trade Organization|WTO|NATO|North Atlantic Treaty Organization|
    European Union|EU|European Commission|European Parliament|European Central Bank|ECB|Council of Europe|OSCE|
    OPEC|ASEAN|African Union|Arab League|Gulf Cooperation Council|GCC|G7|G8|G20|BRICS|Interpol|Europol|IAEA|
    International Atomic Energy Agency|International Criminal Court|ICC|International Court of Justice|Red Cross|
    International Committee of the Red Cross|Red Crescent|Amnesty International|Human Rights Watch|Greenpeace|
    Doctors Without Borders|Medecins Sans Frontieres|Oxfam|Hamas|Hezbollah|Fatah|PLO|Taliban|al-Qaeda|al Qaeda|
    Islamic State|ISIS|ISIL|Boko Haram|al-Shabaab|Kremlin|Pentagon|White House|State Department|Congress|Senate|
    House of Representatives|Supreme Court|Federal Reserve|FBI|CIA|NSA|KGB|FSB|Mossad|Bundestag|Bundesbank|Duma|
    State Duma|Knesset|Politburo|National People's Congress|Communist Party|Workers' Party|Workers' Party of Korea|
    Democratic Party|Republican Party|Labour Party|Labour|Conservative Party|Liberal Democrats|Social Democrats|
    Christian Democrats|Sinn Fein|IRA|ETA|PKK|Reuters|Associated Press|AP|Agence France-Presse|AFP|
    United Press International|UPI|Korean Central News Agency|KCNA|Yonhap|Xinhua|TASS|ITAR-TASS|Interfax|RIA Novosti|
    Kyodo|BBC|CNN|Al Jazeera|New York Times|Washington Post|Wall Street Journal|Financial Times|Bloomberg|
    Rodong Sinmun|Pravda|Izvestia|People's Daily|Toyota|Samsung|Hyundai|Apple|Google|Microsoft|Gazprom|Rosneft|
    Aeroflot|Boeing|Airbus|General Motors|IBM|Sony|Nissan|Siemens|Volkswagen|BP|Exxon|ExxonMobil|Chevron`),
  NORP: list(`Afghan|Albanian|Algerian|American|Angolan|Arab|Argentine|Argentinian|Armenian|Australian|Austrian|
    Azerbaijani|Azeri|Bahraini|Bangladeshi|Belarusian|Belgian|Bolivian|Bosnian|Brazilian|British|Briton|Bulgarian|
    Burmese|Burundian|Cambodian|Cameroonian|Canadian|Chadian|Chilean|Chinese|Colombian|Congolese|Croatian|Croat|
    Cuban|Cypriot|Czech|Danish|Dane|Dutch|Ecuadorean|Egyptian|Emirati|English|Eritrean|Estonian|Ethiopian|European|
    Filipino|Finnish|French|Georgian|German|Ghanaian|Greek|Guatemalan|Haitian|Honduran|Hungarian|Icelandic|Indian|
    Indonesian|Iranian|Iraqi|Irish|Israeli|Italian|Ivorian|Jamaican|Japanese|Jordanian|Kazakh|Kenyan|Korean|
    North Korean|South Korean|Kosovar|Kurdish|Kurd|Kuwaiti|Kyrgyz|Lao|Latvian|Lebanese|Liberian|Libyan|Lithuanian|
    Macedonian|Malaysian|Malian|Mexican|Moldovan|Mongolian|Montenegrin|Moroccan|Mozambican|Namibian|Nepali|Nepalese|
    New Zealander|Nicaraguan|Nigerian|Nigerien|Norwegian|Omani|Pakistani|Palestinian|Panamanian|Paraguayan|Persian|
    Peruvian|Polish|Pole|Portuguese|Qatari|Romanian|Russian|Rwandan|Saudi|Scottish|Scot|Senegalese|Serbian|Serb|
    Sierra Leonean|Singaporean|Slovak|Slovenian|Somali|South African|South Sudanese|Soviet|Spanish|Spaniard|
    Sri Lankan|Sudanese|Swedish|Swede|Swiss|Syrian|Taiwanese|Tajik|Tanzanian|Thai|Tibetan|Tunisian|Turkish|Turk|
    Turkmen|Ugandan|Ukrainian|Uruguayan|Uzbek|Venezuelan|Vietnamese|Welsh|Yemeni|Yugoslav|Zambian|Zimbabwean|
    Western|Muslim|Muslims|Christian|Christians|Catholic|Catholics|Protestant|Jew|Jews|Jewish|Sunni|Sunnis|Shiite|
    Shiites|Shia|Hindu|Hindus|Sikh|Sikhs|Buddhist|Buddhists|Islamist|Islamists|Israelis|Palestinians|Americans|
    Russians|Iraqis|Syrians|Afghans|Kurds|Arabs|Europeans|Pashtun|Hutu|Tutsi|Uighur|Uyghur|Rohingya|
    Democrat|Democrats|Republican|Republicans|Communist|Communists|Socialist|Socialists|Conservatives`),
  PERSON: list(`Kim Jong Un|Kim Jong-un|Kim Jong Il|Kim Jong-il|Kim Il Sung|Kim Il-sung|Kim Yo Jong|Moon Jae-in|
    Park Geun-hye|Lee Myung-bak|Roh Moo-hyun|Kim Dae-jung|Yoon Suk-yeol|Lee Jae-myung|Vladimir Putin|Dmitry Medvedev|
    Sergei Lavrov|Sergei Shoigu|Boris Yeltsin|Mikhail Gorbachev|Xi Jinping|Li Keqiang|Hu Jintao|Wen Jiabao|
    Jiang Zemin|Deng Xiaoping|Mao Zedong|Donald Trump|Joe Biden|Barack Obama|George W. Bush|George Bush|Bill Clinton|
    Hillary Clinton|Ronald Reagan|Mike Pompeo|Rex Tillerson|John Kerry|Antony Blinken|Kamala Harris|Mike Pence|
    Shinzo Abe|Fumio Kishida|Narendra Modi|Imran Khan|Recep Tayyip Erdogan|Benjamin Netanyahu|Yasser Arafat|
    Mahmoud Abbas|Bashar al-Assad|Saddam Hussein|Hassan Rouhani|Ali Khamenei|Ayatollah Ali Khamenei|Angela Merkel|
    Olaf Scholz|Helmut Kohl|Emmanuel Macron|Jacques Chirac|Nicolas Sarkozy|Francois Hollande|Theresa May|
    Boris Johnson|Tony Blair|Gordon Brown|David Cameron|John Major|Margaret Thatcher|Volodymyr Zelensky|
    Petro Poroshenko|Viktor Yanukovych|Alexander Lukashenko|Nelson Mandela|Jacob Zuma|Kofi Annan|Ban Ki-moon|
    Antonio Guterres|Pope Francis|Jens Stoltenberg|Justin Trudeau|Jair Bolsonaro|Nicolas Maduro|Hugo Chavez|
    Fidel Castro|Raul Castro|Muammar Gaddafi|Hosni Mubarak|Abdel Fattah al-Sisi|Osama bin Laden|Kim Yong Chol|
    Ri Yong Ho|Ri Son Gwon|Choe Son Hui|Kang Kyung-wha|Chung Eui-yong|Suh Hoon`),
};

/** Last words that make a place a LOC (a natural or vague place) rather than a GPE. */
export const LOC_HEADS: ReadonlySet<string> = new Set([
  'river',
  'sea',
  'ocean',
  'mountains',
  'mountain',
  'mount',
  'peninsula',
  'gulf',
  'strait',
  'straits',
  'valley',
  'desert',
  'lake',
  'bay',
  'coast',
  'basin',
  'channel',
  'canal',
  'plateau',
  'plain',
  'plains',
  'delta',
  'heights',
  'hills',
  'range',
  'island',
  'islands',
  'archipelago',
  'glacier',
  'forest',
  'jungle',
  'steppe',
  'sound',
]);

/** Nationality words ("Russian", "Iraqis", "Dutch") of MISC entities become NORP. */
export const NORP_SUFFIX = /^[A-Z][a-z]+(?:an|ans|ian|ians|ese|ish|i|is|ch|ic|ek|eks)$/;

/** Words after a hyphen that make an adjective, not part of a name ("Seoul-based"). */
export const HYPHEN_SUFFIXES: ReadonlySet<string> = new Set([
  'based',
  'led',
  'backed',
  'born',
  'owned',
  'run',
  'made',
  'style',
  'controlled',
  'held',
  'bound',
  'era',
  'type',
  'like',
  'linked',
  'allied',
  'funded',
  'sponsored',
  'speaking',
  'american',
  'born',
  'related',
  'friendly',
  'wide',
]);

/** Titles that go before a name but are not part of it ("Senator John McCain" is "John McCain"). */
export const TITLES: ReadonlySet<string> = new Set([
  'president',
  'senator',
  'sen.',
  'minister',
  'prime',
  'premier',
  'chancellor',
  'governor',
  'gov.',
  'mayor',
  'mr.',
  'mrs.',
  'ms.',
  'mr',
  'mrs',
  'ms',
  'dr.',
  'dr',
  'prof.',
  'professor',
  'general',
  'gen.',
  'col.',
  'colonel',
  'lt.',
  'sgt.',
  'capt.',
  'captain',
  'admiral',
  'adm.',
  'marshal',
  'judge',
  'justice',
  'rep.',
  'representative',
  'congressman',
  'congresswoman',
  'secretary',
  'ambassador',
  'envoy',
  'chairman',
  'chairwoman',
  'spokesman',
  'spokeswoman',
  'leader',
  'king',
  'queen',
  'prince',
  'princess',
  'emperor',
  'sheikh',
  'ayatollah',
  'rev.',
  'reverend',
  'vice',
  'deputy',
  'foreign',
  'defence',
  'defense',
  'commander',
  'chief',
  'director',
  'coach',
]);

"""Given names of many countries, for the card scan to tell a person's name from
the other short lines of a card (a tagline, a street, a team's name), and the
everyday English words that tell a card's slogans and services from a name.

The names are those of Faker's person providers (MIT licence), of every locale
whose names are written in Latin script (and the romanised Japanese ones, and the
Hindi ones, romanised as Indian cards print them: "विजय" as "Vijay"): about
sixteen thousand, folded as ``country_names.fold`` folds them. They are read once
per process, when the first card is scanned (about 0.6 s and 20 MB). The everyday
words are those of ``data/everyday_words.txt.gz`` (see
``scripts/build_everyday_words.py``).
"""

import array
import bisect
import functools
import gzip
import importlib
import logging
import pkgutil
import re
from pathlib import Path

from . import card_text_data
from .country_names import fold

_logger = logging.getLogger(__name__)

# words that are given names somewhere but, on a business card, far more often
# mean something else ("Sales", "Art Director", "Grace Logistics")
_CARD_WORDS = frozenset(
    [
        "art",
        "bay",
        "bill",
        "case",
        "cash",
        "chase",
        "city",
        "crystal",
        "dale",
        "dean",
        "design",
        "diamond",
        "east",
        "faith",
        "floor",
        "general",
        "global",
        "grace",
        "grant",
        "green",
        "group",
        "handy",
        "hill",
        "hope",
        "joy",
        "king",
        "lane",
        "major",
        "mark",
        "media",
        "north",
        "park",
        "press",
        "price",
        "red",
        "royal",
        # honorifics of India, given names in Hindi ("Shree Balaji Traders")
        "shree",
        "shri",
        "silver",
        "smt",
        "south",
        "sri",
        "star",
        "trade",
        "true",
        "victory",
        "west",
        "will",
    ]
)


# Devanagari, romanised as names are printed on Indian cards ("सुनील" Sunil,
# "विजय" Vijay): its vowels, the vowel signs after a consonant, the nasals after
# a vowel, its consonants. A long "ī" or "ū" (marked "I" and "U" until the end)
# is printed "i" or "ee", "u" or "oo" ("संदीप" Sandip, Sandeep).
_VOWELS = dict(
    zip(
        "अआइईउऊऋएऐओऔ",
        ["a", "a", "i", "I", "u", "U", "ri", "e", "ai", "o", "au"],
        strict=True,
    )
)
_SIGNS = dict(
    zip("ािीुूृेैोौ", ["a", "i", "I", "u", "U", "ri", "e", "ai", "o", "au"], strict=True)
)
_NASALS = dict(zip("ंँः", ["n", "n", "h"], strict=True))
# the consonants, and those a dot below makes others ("ज़" z, "फ़" f, "ड़" r)
_CONSONANTS = dict(
    zip(
        "कखगघङचछजझञटठडढणतथदधनपफबभमयरलवशषसह",
        [
            "k",
            "kh",
            "g",
            "gh",
            "n",
            "ch",
            "chh",
            "j",
            "jh",
            "n",
            "t",
            "th",
            "d",
            "dh",
            "n",
            "t",
            "th",
            "d",
            "dh",
            "n",
            "p",
            "ph",
            "b",
            "bh",
            "m",
            "y",
            "r",
            "l",
            "v",
            "sh",
            "sh",
            "s",
            "h",
        ],
        strict=True,
    )
)
_DOTTED = dict(zip("कखगजडढफ", ["q", "kh", "gh", "z", "r", "rh", "f"], strict=True))
_VIRAMA = "\u094d"
_NUKTA = "\u093c"


def _romanised(name):
    """The ways cards print a Hindi given ``name`` in Latin letters (a set;
    empty when it has other letters): "अमित" amit, "सुनीता" sunita and suneeta,
    "नरेन्द्र" narendra, "हर्ष" harsh and harsha, "जगदीश" jagadish and jagdish,
    "अंबिका" ambika."""
    # the joiners of a conjunct change nothing of how it is said
    name = name.replace("\u200c", "").replace("\u200d", "")
    letters = []
    # where an "a" every consonant carries is said, or may be left unsaid
    inherent = []
    for position, char in enumerate(name):
        following = name[position + 1 : position + 2]
        if char == _NUKTA:
            continue
        if char in _VOWELS:
            letters.append(_VOWELS[char])
        elif char in _CONSONANTS:
            dotted = following == _NUKTA
            letters.append(
                _DOTTED.get(char, _CONSONANTS[char]) if dotted else _CONSONANTS[char]
            )
            after = name[position + 2 : position + 3] if dotted else following
            if after != _VIRAMA and after not in _SIGNS:
                inherent.append(len(letters))
                letters.append("a")
        elif char in _SIGNS:
            letters.append(_SIGNS[char])
        elif char in _NASALS:
            # "m" before "p", "b", "m" ("अंबिका" Ambika)
            labial = following in "पफबभम" and following
            letters.append("m" if labial and char == "ं" else _NASALS[char])
        elif char != _VIRAMA:
            return set()
    variants = [letters]
    if inherent and inherent[-1] == len(letters) - 1 and len(letters) > 3:
        # the last "a" is left unsaid ("vijay"); after two consonants it may be
        # said ("narendra", "harsha")
        conjunct = name.replace(_NUKTA, "")[-2:-1] == _VIRAMA
        variants = [letters[:-1]] + ([letters] if conjunct else [])
    # an "a" between two syllables, before one consonant and its vowel, is
    # often unsaid too ("jagdish", "arvind"; not "ananta")
    vowels = set(_VOWELS.values())
    for variant in list(variants):
        for index in inherent:
            if (
                index < len(variant) - 2
                and vowels & set(variant[:index])
                and variant[index + 1] not in vowels
                and variant[index + 2] in vowels
            ):
                variants.append(variant[:index] + variant[index + 1 :])
    forms = {"".join(variant) for variant in variants}
    return {
        spelled
        for form in forms
        for spelled in (
            form.replace("I", "i").replace("U", "u"),
            form.replace("I", "ee").replace("U", "oo"),
        )
    }


def _faker_lists(prefixes):
    """``(locale module name, names)`` of every list of Faker's person providers
    whose attribute begins with one of ``prefixes`` ("first_names"...); nothing
    when Faker is missing."""
    try:
        providers = importlib.import_module("faker.providers.person")
    except ImportError:
        _logger.warning("Faker is not installed: the card scan reads names without it")
        return
    for module in pkgutil.iter_modules(providers.__path__):
        provider = getattr(
            importlib.import_module(f"{providers.__name__}.{module.name}"),
            "Provider",
            None,
        )
        for attribute in dir(provider):
            values = getattr(provider, attribute)
            if attribute.startswith(prefixes) and isinstance(
                values, (tuple, list, dict, set, frozenset)
            ):
                yield module.name, [name for name in values if isinstance(name, str)]


# common Japanese given names in the Hepburn romanisation Japanese cards print
# under the name in kanji ("横井 裕美" / "Hiromi Yokoi"); Faker's Japanese
# provider romanises only fifty
_JAPANESE_GIVEN_NAMES = """
aiko akane akemi akiko akina akiyo asami ayaka ayako ayame ayano ayumi chiaki
chie chihiro chika chikako chisato emi emiko eri eriko etsuko fumiko haruka
haruna haruko hina hinata hiroko hiromi hisako hitomi honoka ikue izumi junko
kaede kanako kaori kaoru kayo kazue kazuko kazumi keiko kimiko kiyoko kozue
kumi kumiko kyoko machiko mai maiko maki makiko mami manami mao mari
mariko masako masami mayu mayuko mayumi megumi mei miho mihoko mika miki
mikiko minako minami mio misaki mitsuko miwa miyuki mizuki momoko nanako naomi
natsuki natsumi noriko nozomi reiko rie rika rina risa sachiko sae saki sakiko
sanae saori satoko sayaka sayuri setsuko shiori shizuka shoko sumiko
takako tamaki tomoe tomoko tomomi yasuko yoko yoshiko yui yuika yuka yukari
yuki yukiko yuko yumi yumiko yuri yuriko daichi daiki daisuke eiji fumio goro
hajime haruki haruto hayato hideaki hideo hikaru hiroaki hirofumi hiroki
hironori hiroto hiroyuki hisashi ichiro isamu jiro junichi junichiro kaito
katsuhiko katsuya kazuhiro kazuki kazuma kazuo keiichi keisuke kenji kenta
kentaro koichi koji kosuke kotaro masaaki masahiro masaki masao masaru
masashi masato masayuki michio minoru mitsuo naohiro nobuo nobuyuki noboru
norio osamu riku ryo ryota ryuichi satoru satoshi seiji shigeru shingo
shinichi shinji shinya shiro shun shunsuke shuichi sota susumu tadashi
takahiro takao takashi takayuki takeshi takumi takuya tatsuya teruo tetsuo
tetsuya tomohiro toru toshiaki toshio toshiyuki tsutomu tsuyoshi wataru yasuo
yasushi yoshiaki yoshihiro yoshikazu yoshio yoshiyuki yuichi yuji yusuke
yutaka yuto yuya
"""


# common given names of the countries whose Faker providers write them in
# another script, or list few of them: "Srinivas", "Chukwuemeka", "Tesfaye",
# "Somchai", "Xiaoming", "Munawar", "Mizanur", "Zulkifli", "Saravanan"; not the
# ones a card uses as words ("Sultan", "Dev", "Baraka") nor those of many firms'
# and places' names ("Balaji Wafers", "Salem Steel", "Zayed Road", "Meenakshi
# Mission", "Dainik Bhaskar")
_MORE_GIVEN_NAMES = """
abdulaziz abdulla abdullah abdulrahman abdelkader abdellah abderrahim adel adnan
ahmad ahmed ali amin anwar ashraf ayman aziz bandar bassam fahad fahd faisal
faris fawaz ghassan hamad hamdan hamid hamza hani haitham hassan hatem hazem
hisham hussain hussein ibrahim imad ismail jamal jassim kareem karim khaled
khalid majed majid mansour marwan mazen mohamed mohammad mohammed mohamad mohsen
mostafa mubarak munir musa mustafa nabil nader nasser nawaf omar osama raed rami
rashed rashid riyad saad saeed said salah saleh salman sami samir saud tarek
tareq tariq turki waleed walid yaser yasser yousef youssef yusuf zaid ziad aisha
amal amira asma dalia dina eman fatima fatma ghada hana hanan heba huda iman
khadija laila layla lina maha mariam maryam mona nadia nour noura nora rania
rasha reem salma samira sana sara shaima suad wafa yasmin zainab
ahmadreza alireza amir arash babak behnam behrouz bijan dariush ehsan farhad
farid farzad hamidreza hossein javad kamran kaveh kourosh mahmoud masoud mehdi
mehran morteza nima omid payam pouya reza shahram siavash vahid azadeh fariba
farnaz leila mahsa mina nasrin parisa roya sepideh shirin
aamir arshad asif atif bilal farhan fawad haris imran irfan junaid khurram
naveed nadeem rizwan shahid shahzad shoaib tahir umair usman waqas zafar zeeshan
zubair ayesha bushra hina mehwish nida sadia saima
munawar nawaz waqar sajid waseem wasim saleem salim shakeel aqeel sohail shafiq
tauqeer mudassar muzammil mubashir qaiser anjum azhar mazhar ashfaq ishfaq
mushtaq ishtiaq ijaz riaz fayyaz niaz imtiaz shahbaz shehzad sarfraz nisar afzal
fazal muzaffar sheraz javed pervez shakir basit wajid saif tasleem shamim akram
ikram abrar israr mohsin yousuf younis ayaz fareed hameed nauman rehan sajjad
murtaza mujtaba mehboob mehmood masood maqsood manzoor mansoor shabbir zulfiqar
abul abdur anisur arifur habibur hafizur kamrul masud mizanur monir mostafizur
nazrul rafiqul rezaul shafiqul shahidul tanvir touhid zahirul rokeya taslima
dedi andi bayu fajar rizky fitri azman faizal khairul mohd nazri razak
rosli shahrul zulkifli noraini norazlina rohani salmah tolga levent erdem tuncay
iskender ilker ilknur ilkay izzet ilhami
abubakar aminu garba lawal umaru yakubu aliyu danjuma jibrin kabiru muhammadu
nasiru shehu suleiman yahaya hauwa olamide dayo gbenga lanre niyi seyi
anbu chandrasekhar elango ilango jagan kannan madhavan
manikandan nagarajan rajkumar saravanan sathish sekar selvakumar thangaraj
vignesh venkatesan yuvaraj kavitha revathi saranya sumathi
abhishek aditya ajay ajit akash alok amit amitabh anand anil ankit ankur anup
arjun arun arvind ashish ashok atul bharat chandra deepak dinesh ganesh gaurav
girish gopal hari harish hemant jagdish jayesh kamal karthik kiran krishna kumar
lalit mahesh manish manoj mohan mukesh murali nagesh naresh naveen nikhil nitin
pankaj pawan prakash pramod prasad praveen pradeep rahul raj rajan rajesh rajeev
rakesh ramesh ravi rohit sachin sandeep sanjay santosh satish saurabh shankar
shekhar shiva shyam srinivas srinivasan sridhar subramanian sudhir sunil suresh
tarun uday umesh varun venkat venkatesh vijay vikas vinay vinod vishal vivek
yogesh anita anjali aparna archana arti deepa divya geeta gita jyoti kavita
lakshmi lata meena meera neha nisha pooja poonam preeti priya priyanka radha
rekha rupa sangeeta shalini shilpa shweta sneha sonia sudha sunita swati usha
vandana arumugam balasubramanian ganesan karthikeyan krishnamurthy murugan
natarajan palani raghavan ramachandran ramasamy rangarajan selvam senthil
shanmugam sivakumar subramaniam sundaram thirumal vasudevan velu
adebayo adekunle adewale ayodele babatunde chidi chijioke chinedu chukwuemeka
chukwudi emeka ebuka femi funmilayo ifeanyi ikechukwu jide kayode kehinde nnamdi
obinna ogechi oluwaseun olumide olusegun oluwatobi segun taiwo tunde uche udoka
yemi ngozi chioma adaeze amaka nkechi folake yetunde bukola kwame kwabena kofi
kojo kwaku yaw akosua abena efua adjoa ama akua
abebe alemayehu almaz bekele dawit girma haile kebede mulugeta tadesse tesfaye
tigist yohannes amani neema zawadi wanjiku kamau njoroge otieno wambui
somchai somsak somporn sompong suchart surachai wichai prasert nattapong
thanakorn kittisak wayan ketut nyoman putu bambang hendra joko rudi slamet wahyu
yudi
xiaoming xiaohong xiaoyan jianguo jianhua zhiqiang weiming haiyan guoqiang
hongmei lijuan xiaoli jianjun yongjun
"""


@functools.cache
def given_names():
    """The folded given names (a frozenset); empty when Faker is missing."""
    names = set()
    for locale, values in _faker_lists(("first_names", "first_romanized_names")):
        names.update(fold(name) for name in values)
        if locale == "hi_IN":
            for name in values:
                names.update(_romanised(name))
    names.update(re.findall(r"[a-z]+", _MORE_GIVEN_NAMES))
    for name in re.findall(r"[a-z]+", _JAPANESE_GIVEN_NAMES):
        names.add(name)
        # a long vowel spelled out, as many print it: "Souta" for "Sota",
        # "Yuuki" for "Yuki"
        for position, letter in enumerate(name):
            if letter in "ou" and name[position + 1 : position + 2] not in "ou":
                names.add(f"{name[: position + 1]}u{name[position + 1 :]}")
    # nor the words the parser reads as a title, a company, a street...
    vocabulary = set(_CARD_WORDS)
    for value in vars(card_text_data).values():
        if isinstance(value, frozenset):
            vocabulary.update(word for word in value if isinstance(word, str))
    return frozenset(
        name
        for name in names
        if re.fullmatch(r"[a-z][a-z'-]{2,}", name) and name not in vocabulary
    )


@functools.cache
def surnames():
    """The folded surnames of Faker's person providers, every locale (a
    frozenset, about 30,000; empty when Faker is missing): "Bowers", "Banks",
    "Mills" are names though plural nouns too."""
    names = {
        fold(name)
        for _locale, values in _faker_lists(
            # Polish surnames are listed in their masculine and unisex forms
            ("last_names", "last_romanized_names", "male_last_names", "unisex_last")
        )
        for name in values
    }
    # and a woman's form of a Polish surname in "-ski", "-cki", "-dzki":
    # "Kowalska", "Nowicka"
    names.update(
        re.sub(r"(?<=[scz]k)i$", "a", name)
        for name in list(names)
        if re.search(r"(?:s|c|dz)ki$", name)
    )
    return frozenset(names)


def has_given_name(words):
    """Whether one of ``words`` (folded) is a known given name."""
    known = given_names()
    return any(word.strip(".") in known for word in words)


# endings of English words and what their stem ends with in the word list:
# "Servicing" (service), "Mowing" (mow), "Solutions" (solution), "Supplies"
# (supply), "Empowering" (empower)
_ENDINGS = (
    ("ing", ("", "e")),
    ("ies", ("y",)),
    ("es", ("", "e")),
    ("s", ("",)),
    ("ed", ("", "e")),
    ("ers", ("", "e")),
    ("er", ("", "e")),
)


# the everyday English words, written by ``scripts/build_everyday_words.py``
# from the web2 list: the lower-case words no proper noun is spelled as
_EVERYDAY_WORDS = Path(__file__).resolve().parent / "data" / "everyday_words.txt.gz"


_WORLD_WORDS = Path(__file__).resolve().parent / "data" / "world_words.txt.gz"


@functools.cache
def _sorted_words(path):
    """``(words, starts)``: the sorted words of the file at ``path`` (gzip, one
    a line), in one string of bytes, and where each line starts: a few MB,
    read once per process, when the first card that needs them is scanned."""
    words = gzip.decompress(path.read_bytes())
    starts = array.array("I", [0])
    starts.extend(found.end() for found in re.finditer(b"\n", words))
    return words, starts


def _listed(word, path=_EVERYDAY_WORDS):
    """Whether ``word`` (folded) is one of the words of the file at ``path``
    (the everyday English words)."""
    if not word.isascii():
        return False
    key = word.encode("ascii")
    words, starts = _sorted_words(path)

    def at(index):
        end = starts[index + 1] - 1 if index + 1 < len(starts) else len(words)
        return words[starts[index] : end]

    # the lines' indexes searched by the word each starts (no list of words)
    found = bisect.bisect_left(range(len(starts)), key, key=at)
    return found < len(starts) and at(found) == key


def _everyday(word):
    """Whether ``word`` (folded) is an everyday English word and no given
    name."""
    return _listed(word) and word not in given_names()


def listed_word(word):
    """Whether ``word`` (folded) is itself an everyday English word of the list,
    no given name (not a form made from one: "deming" is no word though "deme"
    is)."""
    return _everyday(word)


def common_word(word):
    """Whether ``word`` (folded) is an everyday English word, as listed or with
    an ending ("servicing", "mowing", "shopping"), and no given name."""
    if _everyday(word):
        return True
    if word in given_names():
        return False
    for ending, stems in _ENDINGS:
        stem = word[: -len(ending)]
        if not word.endswith(ending) or len(stem) < 3:
            continue
        # "prices", "birds": the word with its ending is no given name, though
        # "Price" and "Bird" are
        if any(_listed(stem + end) for end in stems):
            return True
        # "shopping", "planned": the consonant doubled before the ending
        if stem[-1] == stem[-2] and _listed(stem[:-1]):
            return True
    # "interdisciplinary", "multinational": a prefix before a listed word of
    # six letters or more (not "Overton", "Underwood": too short after it)
    return any(
        word.startswith(prefix)
        and len(word) - len(prefix) >= 6
        and _listed(word[len(prefix) :])
        for prefix in _PREFIXES
    )


# prefixes English puts before words the list has without them
_PREFIXES = ("inter", "multi", "trans", "super", "under", "over", "non", "pre")


def everyday_abroad(word):
    """Whether ``word`` (folded) is an everyday word of another language the
    cards are printed in (``data/world_words.txt.gz``, written by
    ``scripts/build_world_words.py`` from wordfreq's lists: "programme",
    "projet", "comercial"), or of English, and no given name nor surname
    ("müller", "rosa"): a word of its own, no role's word misread."""
    return common_word(word) or (
        _listed(word, _WORLD_WORDS)
        and word not in given_names()
        and word not in surnames()
    )


def common_phrase(words):
    """Whether ``words`` (folded, two or more) are everyday English words, none
    of them a given name: what a card offers or promises ("Shine Like New",
    "Lawn Mowing", "Secure Solution"), not a person's name."""
    return (
        len(words) >= 2
        and not has_given_name(words)
        and all(common_word(word.strip(".'’")) for word in words)
    )

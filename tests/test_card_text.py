import gzip
import importlib.util
import re
import subprocess
import sys
from pathlib import Path

from ..tools import given_names
from ..tools.card_samples.real_photos import phone_key, phone_keys
from ..tools.card_text import (
    LOW_CONFIDENCE,
    _turkish_card,
    is_own_site,
    low_confidence_fields,
    not_a_card,
    parse_card_text,
)
from ..tools.country_names import fold
from ..tools.given_names import _romanised
from ..tools.person_name import split_name
from .common import MtapCommon

# The lines the scan read on real cards of ``tools/card_samples/data/real`` (the
# tuned part, odd numbers), as ``card_ocr.read_card`` gives them: the text, how
# sure the OCR was of it, the height of its box against the card's usual line.
YOKOGAWA_13 = [
    ("Co-innovating tomorrow”", 0.96, 1.00),
    ("YOKOGAWA", 0.99, 1.65),
    ("Laxminarayana Rai", 0.96, 1.63),
    ("Sourcing Department Head", 0.96, 1.12),
    ("SCM Division", 0.98, 1.00),
    ("Yokogawa Middle East & Africa B.S.C. (c)", 0.94, 1.35),
    ("P.O.Box 10070, Manama, Bldg. No. 577, Road 2516", 0.92, 1.00),
    ("Busaiteen 225, Kingdom of Bährain", 0.95, 0.88),
    ("Tel: +973 17358739 | Mob: +973 38384326 | Fax +973 17336100", 0.93, 0.88),
    ("Email: l.rai@yokogawa.com | www.yokogawa.com/bh", 0.98, 0.84),
]
MEDICAL_GOODS_53 = [
    ("Mob.:9999269543", 0.84, 1.0),
    ("Vijay", 0.98, 1.06),
    ("Shop: 011-46066047", 0.98, 1.06),
    ("VISSCOAX", 0.84, 1.13),
    ("PATIENT BED", 0.84, 0.74),
    (".Com", 0.84, 0.35),
    ("+ PUBLIC GENERAL AID +", 0.99, 1.55),
    ("SHOP NO. 1, YUSUF SARAI, NDMC MARKET, NEW DELHI-110029", 1.0, 0.84),
    ("B.P. Monitor, Nebulizer, Moming Walker, Thera Bend, Power Bend,", 0.84, 1.0),
    (
        "Walker, Walling Aid, Dr. Coat, Air Mattress, Water Bed, Hospital Fumiture",
        0.84,
        1.0,
    ),
    ("Ancle Weight, CUFF Weight, Gym Ball", 0.84, 1.0),
]
GROVES_299 = [
    ("Daniel Groves", 0.84, 1.0),
    ("Web Designer and Developer", 0.84, 1.05),
    ("danielgroves.net", 0.84, 0.93),
    ("hello@danielgroves.", 0.84, 0.93),
    ("@danielsgroves", 0.84, 1.2),
]
AUTODESK_303 = [
    ("Timothy Frank Wiegand", 1.0, 1.12),
    ("Development Manager, NavisWorks", 1.0, 0.88),
    ("AEC Solutions", 0.84, 0.88),
    ("Global controlership", 0.84, 1.04),
    ("+44 (0)1142 900150", 0.84, 1.0),
    ("MAIN", 1.0, 0.77),
    ("FAX", 1.0, 0.81),
    ("+44 (0)1142 900151", 0.84, 1.0),
    ("tim.wiegand@autodesk.com", 0.84, 0.92),
    ("www.autodesk.com", 0.84, 0.88),
    ("www.navisworks.com", 0.84, 1.0),
    ("Autodesk Ltd", 0.84, 1.0),
    ("Level Six, The Synergy Building", 0.84, 1.12),
    ("St Peters House", 0.84, 1.04),
    ("Hartshead", 0.84, 0.88),
    ("Sheffield, S1 2EL", 0.84, 0.88),
    ("United Kingdom", 0.84, 1.04),
    ("Autodesk", 1.0, 2.31),
]
FOAF_57 = [
    ("Del", 1.0, 0.65),
    ("http://jasonpriem.com", 0.84, 1.04),
    ("Jason Priem</foaf.name>", 0.84, 1.12),
    ("foaf:Person>", 0.84, 0.92),
    ("</foaf:org>", 0.84, 0.88),
    ("<foaf.name>", 0.84, 0.92),
    ('<foaf:mbox rdf:resource="mailto:priem@email.unc.edu', 0.84, 1.08),
    ("<foaf:homepage rdf:resource=", 1.0, 1.04),
    ("<foaf:organization>UNC-Chapel Hill SILS<", 0.84, 1.27),
    ("<foaf:currentProject>", 0.84, 1.0),
    ("Information Science PhD Student", 1.0, 1.15),
    ("<dc:description>", 0.99, 0.92),
    ("</dc:description>", 0.84, 0.96),
    ("</foaf:currentProject>", 0.84, 1.08),
    ("</foaf.Person>", 0.84, 0.92),
]
ROYAL_CARGO_15 = [
    ("Royaicargo", 0.84, 1.71),
    ("We deliver as needed.", 0.97, 1.13),
    ("NGUYEN VAN TUAN", 0.96, 1.13),
    ("Senior Adviser", 0.96, 1.00),
    ("+84(0) 903 822977 (Whatsapp/Zalo/Viber)", 0.84, 1.13),
    ("tuan.nguyen@royalcargo.com", 0.84, 1.13),
    ("+84（28)35129990/91/92/93/94", 0.84, 1.00),
    ("Royal Cargo Vietnam Co.,Ltd.", 0.96, 1.00),
    ("18th Floor, Pearl Plaza Tower,", 0.91, 0.87),
    ("561A Dien Bien Phu, Ward 25,", 0.96, 0.87),
    ("Binh Thanh Dist., Ho Chi Minh City, Viet Nam", 0.96, 0.95),
    ("www.royalcargo.com", 0.99, 1.00),
]
CEEKAY_19 = [
    ("RAM SHANKAR YADAV", 0.96, 1.15),
    ("PROJECT MANAGER-S.E. ASIA", 0.98, 1.04),
    ("Mob: +6016 721 9441", 0.96, 1.00),
    ("CEEKAY SHIPPING SDN BHD", 0.95, 1.00),
    ("202001020730 (1377050-P)", 0.96, 1.00),
    ("Suite #11-03, Level 11, CENTRO MALL,", 0.95, 0.96),
    ("No. 8, Jalan Batu Tiga Lama,", 0.96, 1.00),
    ("41300 Klang, Selangor Darul Ehsan.", 0.96, 1.00),
    ("Tel: 03-3341 1414 Fax: 03-3359 6565", 0.96, 1.00),
    ("Email: projects.sea@ceekayshipping.com", 0.99, 1.04),
    ("www.ceekayline.com | www.parekhgroup.in", 0.98, 1.15),
    ("PAREKHGROUP", 0.99, 1.00),
    ("CEEKAY", 0.99, 1.31),
    ("SHIPPING", 0.96, 1.19),
]
INTERGLOBE_21 = [
    ("www.interglobe.ae", 0.99, 0.96),
    ("InterGlobe*", 0.99, 1.74),
    ("n", 0.46, 0.56),
    ("Marine", 0.95, 1.81),
    ("Zahra Ahmed", 0.95, 1.07),
    ("Manager - Pricing & Customer Service", 0.94, 1.07),
    ("InterGlobe Marine LLC", 0.94, 0.96),
    ("PO Box 114734 Dubai, UAE", 0.96, 1.00),
    ("1501, Fahidi Heights, Khaleed Bin Waleed St., Bur Dubai", 0.96, 0.96),
    ("Tel: (971) 4 3426800 I Fax : (971) 4 3426 900", 0.94, 0.96),
    ("Cell: (971) 55 946 1994", 0.96, 1.00),
    ("WCA", 1.00, 1.04),
    ("zahra@interglobe.aeIsales@interglobe.ae", 0.84, 0.96),
]
COMPASS_23 = [
    ("Compass", 0.96, 1.33),
    ("Freight & Logistics", 0.94, 1.44),
    ("Beirut - Lebanon", 0.98, 0.93),
    ("Majd S. Wehbeh", 0.96, 1.37),
    ("+9618 1 176984/ +963998144000", 0.99, 0.85),
    ("General Manager - Owner", 0.98, 1.00),
    ("majdocompass-freight.net", 0.84, 0.85),
]
NOGUEIRA_27 = [
    ("Cr agao ce Cempanhes", 0.84, 1.03),
    ("Links Patrocinados", 0.84, 0.90),
    ("& Mid as Sociais", 0.84, 1.03),
    ("Crlação ce Campanhas", 0.84, 0.90),
    ("BTL/POV", 0.84, 0.97),
    ("Ricardo Nogueira", 0.84, 1.31),
    ("Consultor de marketing", 0.84, 1.00),
    ("Porffolio", 0.84, 0.76),
    ("cargocollective.com/nogdesign", 0.84, 1.00),
    ("nog.carbonmade.com", 0.84, 0.86),
    ("Tel:116909-6968", 0.84, 0.90),
    ("Cel:1197412-1100", 0.84, 1.03),
    ("ricknog39dgmail.com", 0.84, 1.03),
]
# the same card, photographed at 880 pixels: what the OCR reads on a small photo
NOGUEIRA_27_SMALL = [
    ("Cração de Campanhas", 0.83, 1.05),
    ("Links Patrocinados.", 0.84, 1.00),
    ("SMid as Socials", 0.84, 1.00),
    ("Criacao ce Campanhas", 0.84, 1.00),
    ("BTL/POV", 0.84, 1.05),
    ("Ricardo Nogueira", 0.84, 1.40),
    ("Consultor ce marketing", 0.84, 1.00),
    ("Porlfoto", 0.84, 0.95),
    ("cargocoltectve.com/nogdesign", 0.84, 1.10),
    ("nog.carbonmade.com", 0.84, 0.95),
    ("Tel.:116909-6968", 0.84, 1.00),
    ("Col:1197412-1100", 0.84, 1.00),
    ("ricknog39@gmail.com", 0.84, 1.00),
]
OPTICA_29 = [
    ("Tudo é possível àquele que crê", 0.94, 0.91),
    ("Márcos 9:23", 0.84, 0.73),
    ("opticadajo", 0.84, 2.36),
    ("óculos e lentes de contato", 0.96, 1.00),
    ("Av. Itaquera, 2994 - Jd. Fernandes - SP", 0.94, 1.20),
    ("3569-6905", 0.84, 1.20),
    ("Próximo a Escola Astolfo", 0.95, 0.87),
    ("97038-8110", 0.96, 1.18),
    ("e-mail: oticadajo2014@hotmail.com", 0.98, 1.00),
]


# cards of the tuned part photographed at 640 pixels: small print, where the OCR
# loses spaces and misreads the "@"
DY_ULC_11_SMALL = [
    ("KOMEA", 0.82, 0.56),
    ("Kevin Jeong", 0.97, 1.62),
    (", AEO", 0.98, 1.32),
    ("DY ULC", 0.95, 1.52),
    ("D", 0.93, 1.16),
    ("ISO 14001", 0.97, 0.86),
    ("Director", 0.96, 1.00),
    ("INTERNATIONALFREIGHT", 0.84, 0.86),
    ("PCNMember", 0.84, 0.90),
    ("Sales Dept.", 0.96, 1.16),
    ("DY ULC CO., LTD.", 0.94, 1.40),
    (
        "DY TOWN BLDG 4th FL., 23-14, Hyoryeong-ro 60-gil, Seocho-gu, Seoul, Korea",
        0.83,
        1.10,
    ),
    ("TEL +82-2-2088-7885 FAX 82-2-752-7463 Mobile 82-10-3933-0835", 0.99, 0.86),
    ("Emailkevin@dyulc.co.kr/saleso1@dyulc.co.kr", 0.84, 1.00),
    ("HomePage www.dyulc.co.kr", 0.99, 0.96),
]
YOKOGAWA_13_SMALL = [
    ('Co-lnnovatingtomorrow"', 0.84, 0.91),
    ("YOKOGAWA", 0.99, 1.64),
    ("Laxminarayana Rai", 0.96, 1.36),
    ("Sourcing Department Head", 0.97, 1.05),
    ("SCMDivisión", 0.84, 0.86),
    ("Yokogawa Middle East & Africa B.S.C. (c)", 0.94, 1.14),
    ("FRO.B0X10070; Manama: Bidg; No. S77,Road.2516.", 0.27, 1.00),
    ("Busaiteen225,KingdomofBahrain", 0.84, 0.86),
    ("Tel: +973 17358739 | Mob: +973 38384326 | Fax +973 17336100", 0.98, 0.91),
    ("Email:l.rai@yokogawa.com|www.yokogawa.com/bh", 0.84, 0.86),
]
ROYAL_CARGO_15_SMALL = [
    ("RoyaIcargo", 0.84, 1.30),
    ("We deliver as needed.", 0.84, 1.00),
    ("NGUYEN VAN TUAN", 0.96, 1.10),
    ("SeniorAdviser.", 0.84, 1.00),
    ("A +84 (0) 903 822977 (Whatsapp/Zaio/Viber)", 0.70, 1.10),
    ("tuan.nguyen@royalcargo.com", 0.84, 1.10),
    ("84（28）35129990/91/92/93/94", 0.84, 1.00),
    ("Royal CargoVietnam Co.,Ltd.", 0.84, 1.00),
    ("561ADienBinPhuWard25", 0.84, 0.95),
    ("www.royalcargo.com", 0.94, 0.85),
]
TECHNO_BRAVE_35_SMALL = [
    ("TechnoBrave", 0.99, 1.40),
    ("Satoshi Takayama", 0.96, 1.65),
    ("Director", 0.96, 1.16),
    ("Global Business Development", 0.96, 1.12),
    ("Techno Brave Co.,Ltd.", 0.94, 1.40),
    ("Kusumoto~2,2F,1-2-8,Uchikanda,", 0.94, 1.00),
    ("Chiyoda-ku, Tokyo, 101-0047", 0.95, 1.00),
    ("TEL+81-3-5577-3950", 1.00, 0.88),
    ("MOB:+81-80-2193-1034(Japan)", 0.96, 1.00),
    ("MOB:+66-(0)924-670-027（Thailand)", 0.84, 1.00),
    ("URL: http://www.tbrave.com", 0.97, 0.88),
    ("E-mailsatoshi-totbrave.com", 0.84, 0.88),
    ("Bt SYSEL hv iz", 0.17, 1.40),
]


KTL_09 = [
    ("CAN ÖZUYSAL", 0.95, 1.45),
    ("YURTDIŞI İŞ GELIŞTİRME MÜDÜRÜ", 0.93, 1.18),
    ("OVERSEAS BUSINESS DEVELOPMENT MANAGER", 0.96, 1.00),
    ("can.ozuysal@kinay.com", 0.99, 0.92),
    ("+90 212 355 06 66 | +90 531 45155 99", 0.97, 0.95),
    ("KTL ULUSLARARASI TAŞIMACILIK VE TİC. A.Ş.", 0.94, 1.00),
    ("Barbaros Bulvarı, Morbasan Sokak", 0.95, 0.95),
    ("Koza İş Merkezi B Blok Giriş Kat", 0.97, 1.00),
    ("34349 Beşiktaş - İstanbul / TÜRKİYE", 0.94, 1.00),
]
# read from a 750 px wide copy of the photo
INTERWORLD_17_SMALL = [
    ("INTERWORLD", 1.00, 1.06),
    ("FREIGHT", 0.96, 1.00),
    ("Fabio Rojas", 0.96, 1.22),
    ("TLD Manager", 0.96, 0.78),
    ("Europe, Asía, Middle East", 0.84, 1.00),
    ("P +1 (305) 599-2115 Ext. 111", 0.96, 0.94),
    ("C +1 (786) 371-8331", 0.95, 0.97),
    ("frojas@interwf.com", 0.99, 1.00),
    ("9705 NW 108 Ave, Suite 18", 0.96, 0.84),
    ("Miami, FL 33178", 0.94, 0.88),
    ("USA", 0.84, 0.94),
    ("interwf.com", 0.99, 1.03),
]
STANFORD_41 = [
    ("STANFORD", 0.97, 1.61),
    ("ELECTRICAL", 0.84, 1.07),
    ("ENGINEERING", 0.99, 0.89),
    ("VIJAY CHANDRASEKHAR", 0.96, 0.91),
    ("Electrical Engineering", 0.96, 1.09),
    ("17 Comstock Circle", 0.97, 0.98),
    ("Apt 101", 0.96, 1.00),
    ("Stanford, CA 94305", 0.96, 1.00),
    ("Phone: 916.221.0411", 0.96, 0.98),
    ("E-mail: vijayc@stanford.edu", 0.97, 1.07),
]
PACKETVIDEO_43 = [
    ("Richard Svienty", 0.97, 1.02),
    ("t 847 273-5617", 0.96, 1.00),
    ("f 847 273-5610", 0.96, 1.02),
    ("svienty@pv.com", 0.98, 1.00),
    ("packetvideo", 0.99, 1.47),
    ("member of technical staff", 0.98, 1.00),
    ("5407 trillium boulevard, suite 130", 0.93, 1.00),
    ("hoffman estates, illinois 60192", 0.96, 0.96),
    ("www.pv.com", 0.98, 0.89),
]
ICST_47 = [
    ("Institute for Computer Sciences,Social Informatics", 0.84, 0.89),
    ("and Telecommunications Engineering", 0.99, 1.00),
    ("ICST.ORG", 0.98, 1.15),
    ("Gabriella MAGYAR", 0.96, 1.21),
    ("Conference Coordinator", 0.96, 1.00),
    ("Begijnhoflaan 93a, B-9000. Gent, Belgium", 0.94, 0.89),
    ("phone: +32 9 3299 425.", 0.97, 0.94),
    ("e-mail: gabriella.magyar@icst.org", 0.84, 1.00),
    ("Skype: gabriella.magyar-icst", 0.84, 1.04),
    ("Hong Kong ·Sydney·Alexandria", 0.84, 0.89),
    ("į", 0.21, 0.89),
    ("u uonNaduoo əy; zo s4220} [P UI", 0.48, 1.47),
]
STANFORD_45 = [
    ("RAFAEL ULATE", 0.95, 1.19),
    ("DIRECTOR OF ADMISSIONS", 0.96, 0.96),
    ("DEPARTMENT OF ELECTRICAL ENGINEERING", 0.96, 1.00),
    ("DAVID PACKARD ELECTRICAL ENGINEERING", 0.96, 1.06),
    ("350 SERRA MALL, ROOM 170", 0.96, 0.96),
    ("TEL: (650) 725-9327", 0.96, 1.06),
    ("STANFORD UNIVERSITY", 0.95, 1.00),
    ("FAX: (650) 723- 1882", 0.97, 1.00),
    ("STANFORD, CALIFORNIA 94305-9505", 0.96, 1.17),
    ("ulate@ee.stanford.edu", 0.98, 0.96),
]
TOSHIBA_51 = [
    ("TOSHIBA", 0.84, 1.54),
    ("Arumugam Thiyagarajan", 0.96, 1.54),
    ("Assistant General Manager (Division Head)", 0.96, 1.07),
    ("Information Systems Division", 0.96, 0.98),
    ("Toshiba Tec Singapore Pte Ltd", 0.96, 1.04),
    ("2Ang Mo Kio Street 62, Singapore 569138", 0.93, 0.95),
    ("DDI（65)64868189 HP(65)98250824", 0.84, 0.86),
    ("arumugam_thiyagarajan@tecsg com sg", 0.96, 1.00),
    ("www.toshibatec.com.sg", 0.84, 0.98),
]
BYTERAYS_55 = [
    ("byteRays", 0.84, 2.43),
    ("byteRays Technology Pvt. Ltd;", 0.99, 1.03),
    ("Kathmandu,Nepal", 0.84, 1.00),
    ("C01-5900428", 0.84, 0.87),
    ("Arjun Shrestha", 0.96, 1.29),
    ("CTO", 0.99, 1.03),
    ("9851018504", 0.96, 0.87),
    ("info@byterays.com", 0.99, 0.87),
    ("arjun@byterays.com", 0.84, 0.87),
    ("www.byterays.com", 0.84, 0.87),
]
BETCONSTRUCT_61 = [
    ("BETCONSTRUCT", 1.00, 1.67),
    ("LYUDMILA KARAPETYAN", 0.96, 0.92),
    ("REGIONAL BUSINESS DEVELOPMENT", 0.96, 0.90),
    ("EXECUTIVE (NORTH AMERICA)", 0.96, 1.00),
    ("+1（818)6972601", 0.84, 0.92),
    ("lyudmila.karapetyan@betconstruct.com", 0.99, 1.08),
]
THOMSON_49 = [
    ("THOMSON", 0.95, 1.29),
    ("images & beyond", 0.93, 0.88),
    (";", 0.00, 2.96),
    ("Ralf Ostermann", 0.96, 0.88),
    ("Senior R&D Engineer", 0.96, 0.84),
    ("Production Workflow", 0.96, 0.84),
    ("Corporate Research Hannover", 0.96, 0.88),
    ("Deutsche Thomson OHG", 0.94, 1.00),
    ("Karl-Wiechert-Allee 74", 0.94, 0.98),
    ("30625 Hannover, Germany", 0.96, 0.94),
    ("Phone +49 511 418 2836", 0.97, 1.08),
    ("Fax", 0.95, 0.98),
    ("+49 511 418 2483", 0.95, 1.00),
    ("ralf.ostermann@thomson.net", 0.99, 1.08),
]


YAOUNDE_67 = [
    ("THE UNIVERSITY OFYAOUNDEI", 0.84, 0.97),
    ("NATIONAL SCHOOL OF ENGINEERING", 0.96, 0.91),
    ("Pr. AYINA OHANDJA Louis-Max", 0.96, 1.24),
    ("Deputy - Director", 0.94, 1.53),
    ("P.O. Box 8390 Yaounde - cameroon", 0.94, 0.91),
    ("Tél:", 0.95, 1.00),
    ("(237) 222 86 20", 0.95, 1.12),
    ("E-majlapayina@polytech.uninet.cm", 0.84, 1.09),
    ("Tél/Fax: (237) 222 45 47", 0.95, 1.00),
    ("Carpayina@yahoo.fr", 0.84, 1.00),
]
GLOBAL_TRUST_71 = [
    ("REGENCY PLAZA,MAITRIVIHAR AREA,", 0.84, 1.02),
    ("SUDARSAN V MADDI", 0.84, 1.33),
    ("Prot No. 3, AMEERPET,", 0.94, 1.02),
    ("Asst. Vice PRESIDENT", 0.92, 1.00),
    ("HYDERABAD-500 016.", 0.84, 0.90),
    ("PHone : +91 (40) 2374-6171", 0.95, 0.93),
    ("+91 (40) 2375-4048", 0.95, 1.02),
    ("» +91 (40) 2374-3897", 0.95, 1.00),
    ("Dir", 0.93, 1.00),
    (": +91 (40) 2780-4199", 0.95, 1.00),
    ("Resi", 0.94, 1.00),
    ("> +91 (40) 2374-3890", 0.94, 1.02),
    ("Fax", 0.97, 0.95),
    ("MoBILE:98490-22316", 0.84, 0.95),
    ("E-mail : mv.sudarsan @ globaltrustbank.com", 0.98, 0.90),
    ("GLOBAL TRUST BANK LIMITED", 0.94, 1.31),
    ("Scanned with", 0.97, 0.93),
    ("CamScanner", 0.99, 0.90),
]
KELLER_73 = [
    ("KELLER", 0.99, 2.00),
    ("Y. Hari Krishna", 0.97, 1.06),
    ("Director", 0.96, 1.00),
    ("M.Tech (Geotechnical - IIT Madras)", 0.84, 1.04),
    ("m: +919500040179", 0.84, 1.00),
    ("e : yhariakellerindia.com", 0.84, 0.94),
    ("0 ups", 0.12, 0.58),
    ("TUV", 0.82, 1.31),
    ("SOD", 0.84, 0.83),
    ("Keller Ground Engineering", 0.96, 1.00),
    ("India Pvt. Ltd.", 0.95, 1.04),
    ("7° Floor, Eastern Wing,", 0.95, 1.15),
    ("Centennial Square.", 0.97, 1.00),
    ("6A, Dr. Ambedkar Road,", 0.97, 1.00),
    ("Kodambakkam,", 0.99, 1.00),
    ("Chennai - 600 024, India.", 0.94, 0.96),
    ("t: +91 44 2480 7500", 0.98, 0.90),
    ("f: +9144 2480 7501", 0.97, 0.90),
    ("www.kellerindia.com", 0.99, 0.96),
]
CAMBRIDGE_75 = [
    ("TAT", 0.37, 0.84),
    ("Sal", 0.36, 0.65),
    ("G V Gupta", 0.98, 1.15),
    ("TERRITORY MANAGER", 0.96, 0.82),
    ("- ACADEMIC", 0.98, 0.84),
    ("CAMBRIDGE", 0.84, 1.47),
    ("UNIVERSITY PRESS", 0.96, 1.05),
    ("Cambridge University Press India", 0.97, 1.00),
    ("House No. 3-5-874/6/4", 0.94, 0.91),
    ("(Near Fernandez Hospital, OP Block)", 0.97, 1.00),
    ("St.No.5, Hyderguda, Hyderabad-500029", 1.00, 1.00),
    ("www.cambridgeindia.org", 1.00, 1.09),
    ("+91 40 23244458, 66101126", 0.95, 1.00),
    ("Tel:", 0.97, 1.02),
    ("+91 40 23244459", 0.97, 0.93),
    ("Fax:", 0.97, 0.93),
    ("Mobile: +91 9849543342", 0.97, 0.93),
    ("Email: ggupta@cambridge.org", 0.97, 1.11),
]
RMSI_79 = [
    ("RMSI", 0.98, 2.57),
    ("Scanned with", 0.96, 0.98),
    ("CamScanner", 0.99, 0.98),
    ("R. M. Software India-Pvt: Ltd.", 0.99, 1.23),
    ("“SRI CHAMBERS’, H.No. 6-3-200/B/5", 0.95, 1.00),
    ("Banjara Hills, Hyderabad - 500 034", 0.95, 1.00),
    ("Tel : 040-3303984, 3303985", 0.97, 0.98),
    ("Fax : 040-3306219", 0.96, 1.00),
    ("E-mail : rmsihybd @hd2.vsnl.net.in", 0.84, 1.11),
    ("Web : www.rmsinet.com", 0.98, 1.00),
]
WINZ_63 = [
    ("Winz.team", 0.84, 2.00),
    ("Every Bit of Trust", 0.84, 0.83),
    ("Thiago Souto", 0.98, 1.43),
    ("thiagosouto", 1.00, 1.00),
    ("@thiago_winz", 1.00, 1.00),
    ("thiago@winz.io", 0.98, 0.87),
    ("www.winz.team", 1.00, 0.90),
]
ATB_85 = [
    ("ATB", 0.97, 1.96),
    ("hab Junisian Banh", 0.84, 1.36),
    ("Khaled ZNAIDI", 0.97, 1.09),
    ("Division Conventions et Vente Directe", 0.95, 0.96),
    ("Direction Marketing et Vente Directe", 0.96, 0.96),
    ("9, Rae Hédi Nouira 1001 Tunis", 0.94, 0.96),
    ("Tél : (216) 71 351 155 poste 4486", 0.95, 1.00),
    ("Gsm : (216) 22 753 822", 0.95, 1.05),
    ("E-mail : Khaled.znaidi@atb.com.tn", 0.98, 0.84),
]
C4I4_99 = [
    ("C414", 0.84, 1.32),
    ("LAB", 0.84, 1.32),
    ("CENTREFOR", 0.84, 0.76),
    ("Ms.Natasha Acharya", 0.84, 1.12),
    ("Training Co-ordanator", 0.84, 1.00),
    ("+918956985615", 0.84, 1.06),
    ("+918446314869", 0.84, 1.00),
    ("natashaacharya@c4iA.org", 0.84, 1.06),
    ("factorytrainings(@c4i4.org", 0.84, 1.12),
    ("Samarth Udyog Technology Forum", 0.84, 1.12),
    ("Registered Office:Ground Floor", 0.84, 1.00),
    ("SPPU Research Park Foundation", 0.84, 0.97),
    ("Savitribai Phule Pune University", 0.84, 1.00),
    ("Ganeshkhind,Pune-411007", 0.84, 1.00),
]
SLEEPDAYS_87 = [
    ("LÊ HOÀNG KHÁNH", 0.96, 1.27),
    ("aww.sleepdays.vn", 0.84, 0.72),
    ("Giám Ðőc", 0.84, 1.00),
    ("0915 136 238", 0.97, 0.92),
    ("lekhanh.sgnt@gmail.com", 0.99, 1.10),
    ("CÔNG TY TNHH ÐÔNG DUONG SKY", 0.84, 1.08),
    ("S642 Trån Hung Dao-Tàn Son Nhì-Tàn Phu-TP.HCM", 0.84, 0.97),
    ("www.sleepdays.vn", 0.99, 0.97),
]
MALAGA_103 = [
    ("Departamento", 0.98, 1.10),
    ("UNIVERSIDAD", 0.98, 0.97),
    ("DE MALAGA", 0.40, 0.93),
    ("Ingenieria Eléctrica", 0.75, 1.10),
    ("Sebastián Martín Rivas", 0.96, 1.10),
    ("Profesor Ayudante", 0.96, 1.00),
    ("Despacho: 2097 D", 0.95, 1.00),
    ("Escuela de Ingenierias", 0.97, 1.03),
    ("Telf. 951 952 338", 0.99, 0.90),
    ("Campus de Teatinos", 0.98, 0.90),
    ("Fax: 951 952 548", 0.99, 0.87),
    ("29071 - Málaga", 0.99, 1.03),
    ("e-mail: smartin@uma.es", 0.96, 0.87),
]
QFD_105 = [
    ("Regional Licence Partner of", 0.98, 1.00),
    ("VDA QMC", 0.98, 1.25),
    ("GROUP", 0.84, 1.67),
    ("Mr. Csaba SZUDA", 0.94, 1.08),
    ("QFD Group Ltd.", 0.96, 1.17),
    ("Chief Executive Officer VDA QMCTrainer,", 0.84, 1.08),
    ("LAURUS OFFICES", 0.95, 0.96),
    ("Senior Consultant", 0.97, 0.96),
    ("H-1103 Budapest, HU", 0.95, 0.96),
    ("2/a. Kõér street", 0.98, 0.96),
    ("36203129335", 0.99, 0.96),
    ("www.QFDGROUP.com", 0.95, 0.96),
    ("：szuda.csaba@QFDGROUP.com", 0.84, 1.08),
]
WILDAU_107 = [
    ("Technische", 0.84, 0.83),
    ("Hochschule", 0.99, 0.83),
    ("Wildau", 0.95, 0.79),
    ("Technical University", 0.96, 0.79),
    ("ofApplied Sciences", 0.84, 0.90),
    ("WILDAU", 0.84, 0.79),
    ("Prof. Dr.-Ing. Roland Neumann", 0.84, 1.10),
    ("Fachbereich Ingenieur-und Naturwissenschaften", 0.84, 1.10),
    ("Fachgebiet Digitalisierung im Maschinenbau", 0.84, 1.10),
    ("T+493375508-220", 0.84, 1.00),
    ("roland.neumann@th-wildau.de", 0.84, 1.10),
    ("Hochschulring 1 (Haus 15, Raum 223)", 0.84, 1.10),
    ("D-15745Wildau", 0.84, 1.00),
    ("www.th-wildau.de", 0.99, 0.90),
]


SAVE_THE_CHILDREN_125 = [
    ("Oluwatosin Osunnuyi", 1.0, 1.46),
    ("MIS &Cash Transfer Manager", 0.84, 0.98),
    ("(Child Development Grant Programme)", 0.84, 0.98),
    ("Registered Charity Number 1076822", 1.0, 0.87),
    ("www.nigeria.savethechildren.net", 1.0, 0.87),
    ("SavetheChildrenNigeria", 0.98, 0.93),
    ("@savechildrenNG", 0.99, 0.87),
    ("Save the Children", 1.0, 1.54),
    ("Abuja Office:", 1.0, 1.11),
    ("No. 4, Danube Close,", 1.0, 1.11),
    ("Off Danube Street,", 1.0, 1.0),
    ("Maitama, Abuja.", 1.0, 1.11),
    ("Direct Line: +234 (0)815 086 0080", 0.84, 1.0),
    ("+234 (0) 705 391 7717", 0.98, 1.07),
    ("Osunnuyi.oluwatosin@savethechildren.org", 1.0, 0.98),
    ("Skype: oluwatosin.osunnuyi1", 0.84, 0.98),
]
ATCOM_123 = [
    ("Cell No. : 98482-99220", 0.98, 1.0),
    ("M.S.JAKEERULLA", 1.0, 1.04),
    ("Tel.:(040)3705149", 0.84, 1.0),
    ("Customer Suport Engineer", 1.0, 1.04),
    ("Mobi:56464079", 0.84, 1.57),
    ("ATCO", 1.0, 2.43),
    ("ATCOM TECHNOLOGIES LIMITED", 1.0, 0.96),
    ("Authorised Distributor for Sales &Services", 0.84, 0.96),
    ("UNIQUE SERVICES", 1.0, 0.96),
    ("SRTç1145,Sanath Nagar, Hyderabad - 500018.", 0.84, 0.96),
    ("CamScanner", 1.0, 0.83),
]
FURNITURE_119 = [
    ("MFH", 0.84, 0.69),
    ("92156-26059", 1.0, 1.0),
    ("Mahender Kumar", 1.0, 1.0),
    ("90342-33692", 1.0, 1.03),
    ("Kartik Jawa", 1.0, 0.95),
    ("79883-07922", 1.0, 1.03),
    ("MAHENdERA", 0.91, 2.26),
    ("FURNITURE HOUSE", 0.98, 1.4),
    ("Deals in :", 0.97, 0.97),
    ("All Type of Wooden Furniture,", 0.98, 1.0),
    ("Steel, TV Panel, Moulded Furniture,", 1.0, 1.08),
    ("Cloth Stand & Gifts", 1.0, 1.02),
    ("Home Decor", 1.0, 0.85),
    ("Office Decor", 0.84, 0.85),
]
MIC_117 = [
    ("NGUYÊN PHÚ TIÉN", 0.84, 1.57),
    ("Phó Cuc truóng", 0.84, 1.11),
    ("Cuc Tin hoc hóa", 0.84, 1.14),
    ("BÔ THÔNG TIN VÀ TRUYÊN THÔNG", 0.98, 1.24),
    (":04-35378201", 0.84, 0.95),
    ("Fax:04-3537 8208", 0.84, 1.0),
    ("DTDD:0912 373 907", 0.84, 0.92),
    ("Email :nptien@mic.gov.vn", 0.84, 1.0),
    ("www.mic.gov.vn/www.aita.gov.vn", 0.84, 0.92),
]

DELL_137 = [
    ("Dell Exclusive Store", 1.0, 1.37),
    ("DELL", 0.84, 1.3),
    ("P. Selvam", 0.99, 1.11),
    ("The Power to do More.", 1.0, 0.78),
    ("Dell Store Promoter", 0.99, 1.0),
    ("+91 4344 221342", 0.98, 1.0),
    ("+91 96260 27025", 0.99, 1.0),
    ("dellstore@tcchsr.com", 1.0, 1.0),
    ("The Computer Consultants", 1.0, 1.0),
    ("# 12, Sri Krishna Complex, Tank Street, Hosur - 635 109.", 0.97, 1.0),
]

SP_GROUP_147 = [
    ("Chang Sau Sheong 郑兆雄", 0.84, 1.09),
    ("Chief Executive Officer", 1.0, 0.97),
    ("SP Digital", 1.0, 1.03),
    ("SPgroup", 1.0, 1.6),
    ("SP Group", 1.0, 1.03),
    ("2 Kallang Sector, Singapore 349277", 0.97, 1.0),
    ("Main: +65 6916 8888 Direct: +65 6916 6185", 0.99, 0.86),
    ("spgroup.com.sg", 1.0, 0.94),
    ("sausheong@spgroup.com.sg", 1.0, 0.83),
]
PRAKASH_149 = [
    ("LIC", 1.0, 1.51),
    ("HRGO", 0.84, 1.51),
    ("PRAKASH", 1.0, 2.0),
    ("nival", 0.84, 0.95),
    ("T", 0.31, 0.37),
    ("INSURANCE SERVICES", 1.0, 1.74),
    ("Contact for Life Insurance, Health Insurance", 1.0, 1.12),
    ("& Vehicle Insurance Services", 1.0, 1.0),
    ("PANKAJ GUPTA / SHEO KUMARI GUPTA", 0.84, 1.0),
    ("(Financial & Insurance Advisor)", 1.0, 1.0),
    ("Mob. 8707468165, 9415717375, 7800142124 (Avinash)", 0.84, 1.0),
    ("Email : pkg1972advisor@gmail.com", 0.84, 1.0),
    ("Collection Office :- Kurebhar, Sultanpur (U.P.)", 1.0, 1.0),
    ("Head Office :- 7/6/125, Lalbagh - Ayodhya (U.P.)", 0.98, 1.0),
]
NEWTON_151 = [
    ("NEWTON", 0.84, 3.82),
    ("FINANCIAL", 0.84, 0.94),
    ("CORPORATION", 0.84, 1.0),
    ("David Newton", 1.0, 1.24),
    ("President & CEO", 0.99, 1.06),
    ("5053 Ocean Boulevard, PMB 111", 0.84, 1.0),
    ("INTERNATIONAL BUSINESS", 0.84, 1.03),
    ("Sarasota, Florida 34242", 0.84, 1.03),
    ("TRADING & INVESTMENTS", 0.84, 0.91),
    ("mdnewton@verizon.net", 0.84, 0.91),
    ("GLOBAL REAL ESTATE", 0.84, 1.0),
    ("941-356-7776", 0.84, 0.91),
    ("INSURANCE", 0.84, 1.03),
    ("www.international-investment-properties.com", 0.84, 1.0),
]

ARCHERY_155 = [
    ("BOURBON CITY ARCHERY,LLC", 0.84, 1.27),
    ("Lev Weinstein", 0.99, 1.0),
    ("Sales, Lessons & Repair", 0.99, 1.0),
    ("(502) 681-5589", 0.97, 1.02),
    ("LOUISVILLE, KY", 0.96, 0.5),
    ("LLC", 0.98, 0.88),
    ("bourboncityarchery@gmail.com", 1.0, 0.83),
    ("www.bourboncityarchery.com", 1.0, 0.77),
]
WOOD_SHOP_157 = [
    ("The Little Wood Shop", 0.84, 1.64),
    ("AUTHENTIC WOOD CREATIONS", 1.0, 1.0),
    ("LOCAL CRAFT", 1.0, 0.95),
    ("Furniture, Gifts, Toys and Wooden Slabs", 0.99, 1.07),
    ("Cnr Service Road & Mossie Street, Sedgefield", 0.99, 0.93),
]
THOUGHTWORKS_161 = [
    ("ThoughtWorks", 1.0, 1.75),
    ("MORITZ HEIBER", 0.84, 1.75),
    ("DevOps Birth Assistant", 1.0, 1.06),
    ("+49 151 70018414", 0.96, 0.94),
    ("@moritzheiber", 1.0, 1.0),
    ("mheiber@thoughtworks.com", 1.0, 0.94),
    ("8218 23F6 98D1 D195 873D 3392 11E2 24D7 F75C 32B1", 0.96, 0.94),
]
GIBBS_163 = [
    ("Ed Gibbs", 0.84, 1.17),
    ("edgibbs.com", 0.84, 1.13),
    ("edward_gibbs@yahoo.com", 0.84, 0.87),
    ("916,505,3613", 0.84, 0.74),
    ("5003 Brand Way", 1.0, 1.0),
    ("Sacramento, CA 95819", 1.0, 1.0),
]
CITY_TAXI_165 = [
    ("Taxi", 1.0, 1.75),
    ("City", 1.0, 2.29),
    ("Executive Class", 1.0, 0.71),
    ("Owned by Flames Cab", 0.99, 0.95),
    ("Driven by Excellence, Fueled by", 0.99, 1.07),
    ("Service - Your Journey Our Passion!", 0.84, 1.07),
    ("24/7 available on demand", 0.84, 1.0),
    ("C", 0.66, 0.64),
    ("(587) 360-5212", 0.97, 1.09),
    ("(403) 809-5353", 0.98, 1.09),
    ("citytaxica@gmail.com", 1.0, 0.98),
    ("www.airdriecitytaxi.ca", 1.0, 0.89),
    ("WCB/AHS", 1.0, 0.71),
    ("Approved", 0.84, 0.73),
    ("Our Services:", 0.84, 1.0),
    ("· Airport Meet, Greet & Transfers", 0.84, 0.95),
    ("· Executive Travel", 0.84, 0.98),
    ("· Event Transportation", 0.84, 1.0),
    ("· Customized Monthly Packages", 0.84, 0.98),
    ("· Appointment Pick & Drop", 0.84, 1.09),
    ("• Employees Pick & Drop", 0.84, 1.07),
    ("• School Run", 0.84, 0.98),
]

HDFC_175 = [
    ("HDFC BANK", 0.97, 1.42),
    ("We understand your world", 0.99, 0.91),
    ("F-1 To 3 And S-1 To 3,", 1.0, 1.06),
    ("First & Second Floor,", 0.98, 1.06),
    ("Vikram Plaza,", 1.0, 0.97),
    ("Nr. Gota Railway Crossing,", 0.99, 1.06),
    ("Chandiodia, Ahmedabad - 382481", 0.97, 0.94),
    ("Direct", 1.0, 0.91),
    ("079-27602631", 1.0, 0.94),
    ("Mobile", 1.0, 0.97),
    ("8401437347", 1.0, 0.94),
    ("Web", 1.0, 1.0),
    ("www.hdfcbank.com", 1.0, 0.94),
    ("Sandeep Thakka", 0.84, 1.42),
    ("Assistant Manager", 0.84, 1.09),
    ("Retail Banking", 0.84, 1.09),
]
BLUE_RIDGE_169 = [
    ("BLUE RIDGe MaSSAGE & BODYWORK", 0.77, 1.0),
    ("SHAWNDa PeERY", 0.94, 0.97),
    ("Licensed Massage Therapist", 0.84, 1.0),
    ("2300 Commonwealth Drive, Suite C1", 0.99, 0.9),
    ("Charlottesville VA 22901", 0.84, 0.9),
    ("Blueridgemassageandbodywork@gmail.com", 0.84, 1.0),
    ("434 260 9924", 0.84, 1.03),
]
AHA_SOLAR_173 = [
    ("AHA!", 1.0, 1.58),
    ("Solar", 1.0, 1.17),
    ("Digitalizing Solar", 1.0, 1.06),
    ("Piyush Bhatt", 1.0, 1.62),
    ("Dircctor", 0.84, 1.0),
    ("+91 9898 22 2199", 0.99, 0.9),
    ("+91 9054 21 5365", 0.96, 0.9),
    ("piyush@ahasolar.in", 1.0, 0.94),
    ("www.ahasolar.in", 1.0, 0.85),
]
UNIQUE_INTERIOR_177 = [
    ("chetan surwade", 0.84, 1.12),
    ("Sales Executive", 0.84, 1.09),
    ("+91-70690 08009", 0.84, 1.0),
    ("ERTIFICATIO", 0.84, 1.0),
    ("TERNATIO", 0.99, 0.59),
    ("an ISO 9001 : 2008 certified", 0.84, 0.97),
    ("unique interior studio", 0.84, 1.94),
]
UNIQUE_FINANCIAL_181 = [
    ("2", 0.29, 0.89),
    ("nique Financial Advisor", 0.84, 2.33),
    ("+91 81606 99387", 0.99, 0.89),
    ("Dhruval Modi", 0.96, 1.18),
    ("uniquefinancialadvisor@gmail.com", 1.0, 1.0),
    ("(Director)", 1.0, 1.09),
    ("201, Sahajanand Complex,", 1.0, 0.89),
    ("New C G Road, Chandkheda- 382424.", 0.98, 0.98),
    ("Follow us on : facebook Instagram", 0.97, 0.89),
    ("2", 0.78, 2.49),
]
MR_FOODLER_185 = [
    ("737373 1130 / 737373 1140", 0.84, 1.19),
    ("info@mrfoodler.com", 1.0, 1.09),
    ("www.mrfoodler.com", 1.0, 1.0),
    ("MR. FOODLER", 0.98, 0.96),
    ("GF/I, CENTER PLAZA,", 0.84, 0.87),
    ("OPP. SARTHAK SCHOOL,", 0.98, 0.87),
    ("SATADHAR CROSS ROAD, SOLA ROAD,", 0.98, 1.0),
    ("GHATLODIYA, AHMEDABAD-380061.", 0.99, 0.91),
    ("FREE HOME", 0.99, 1.04),
    ("DELIVERY", 1.0, 1.09),
    ("AROUND 3KM", 1.0, 0.91),
]
DEEPMALA_187 = [
    ("Tulsidas Makhija", 1.0, 1.0),
    ("deepmala fancy", 1.0, 1.56),
    ("lights", 1.0, 1.35),
    ("1754, Opp. Bala Hanuman Mandir,", 1.0, 0.72),
    ("Gandhi Road, Ahmedabad-380001.", 0.99, 0.7),
    ("(O) 22142165 (O) 22155822", 0.98, 0.72),
]
AQUA_AIR_189 = [
    ("Mitesh J.Chauhan", 1.0, 1.0),
    ("+91 9879831891", 1.0, 0.87),
    ("MiteshAQUAAR", 0.84, 2.35),
    ("SALES & SERVICES", 1.0, 1.0),
    ("ANNUAL MAINTENANCE, SERVICE CONTRACTOR", 0.99, 1.0),
    (
        "5. Mahavir Smruti Soc., Opp. C.P. Nagar Bus Stop, C.P Nagar Char Rasta,",
        0.84,
        1.23,
    ),
    ("Ghatlodia, Ahmedabad-380 013.", 0.84, 1.0),
    ("Email : mitesh.aquaair@gmail.com Web:www.miteshaquaair.com", 0.84, 1.45),
]

SW_MAESTRO_115 = [
    ("SOFTWARE", 1.0, 0.96),
    ("MAESTRO", 0.96, 1.0),
    ("刘11", 0.74, 1.15),
    ("烈合", 0.59, 1.53),
    ("Hyunseung Jeon", 1.0, 1.09),
    ("((1)", 0.72, 1.0),
    ("M 010-9416-5072 E dogdriip@gmail.com", 0.98, 0.87),
    ("www.swmaestro.org", 1.0, 0.87),
]
MELDI_183 = [
    ("Contact", 0.84, 0.69),
    ("98790 32791", 0.84, 0.54),
    ("Meldi", 0.84, 1.0),
    ("Jea", 0.84, 1.83),
    ("Spot", 1.0, 1.18),
    ("Meldi Tea Spot & Fast Food", 0.84, 1.41),
    ("Special Orders Undertaken for All Occausion", 0.84, 0.62),
]
GINNYS_ZONE_159 = [
    ("Zone", 0.98, 1.4),
    ("Ginny's", 0.84, 1.39),
    ("10861Highwoods Preserve Pkwy", 0.84, 0.92),
    ("Ginny Fleming", 0.84, 1.2),
    ("Studio 18", 0.97, 0.76),
    ("HAIRSTYLIST", 0.84, 0.67),
    ("(813) 695-6219", 0.84, 1.0),
]

DEFINING_INK_193 = [
    ("Ink", 0.84, 2.04),
    ("Defining", 0.84, 2.58),
    ("Tattoo & Art Studio", 0.84, 1.97),
    ("1300 N. Main St. Logan UT. 84341-1213", 1.0, 1.0),
    ("435-213-3055", 1.0, 0.86),
    ("defininginktattoo@outlook.com", 0.84, 0.89),
    ("Like us on Facebook", 0.84, 0.82),
]
FASHION_KARNICS_195 = [
    ("F", 0.8, 1.69),
    ("FASHION KARNICS", 1.0, 1.21),
    ("Bespoke tailoring Hub", 1.0, 1.15),
    ("fashionKarnics@gmail.com", 0.84, 1.0),
    ("officialfashionKarnics", 1.0, 1.0),
    ("07019664670", 0.84, 1.0),
    ("12 Line B Ewet Housing Extension", 0.99, 0.9),
]

ILLINOIS_197 = [
    ("UNIVERSITY OF ILLINOIS", 0.99, 1.33),
    ("AT URBANA - CHAMPAIGN", 0.84, 1.24),
    ("Lisa Weidinger", 1.0, 1.08),
    ("Office Support Specialist", 1.0, 1.18),
    ("Department of Electrical and Computer Engineering", 0.99, 1.0),
    ("2080A1 Electrical and Computer Engineering Building, MC-702", 0.98, 1.18),
    ("1867", 1.0, 0.69),
    ("306 North Wright Street", 0.99, 1.0),
    ("Urbana, Illinois 61801", 1.0, 0.98),
    ("(217) 300-0751", 0.99, 0.9),
    ("email lmweidi4@illinois.edu", 0.84, 0.94),
]
PUTRAJAYA_201 = [
    ("MUHAMMAD RUSHDI BIN ABU HASSAN", 0.98, 1.05),
    ("Ketua Penolong Pengarah", 0.99, 0.96),
    ("Bahagian Smart City", 0.97, 1.0),
    ("Pejabat Presiden", 1.0, 1.0),
    ("PERBADANAN PUTRAJAYA", 0.99, 1.09),
    ("Kompleks Perbadanan Putrajaya", 1.0, 1.05),
    ("24, Persiaran Perdana, Presint 3", 1.0, 0.93),
    ("62675 Putrajaya, Malaysia", 1.0, 1.0),
    ("Tel : 603-8887 7126", 0.84, 1.0),
    ("T/B : 6010-400 3007", 0.84, 0.96),
    ("Faks : 03-8881 1008", 0.84, 0.96),
    ("Laman Web : www.ppj.gov.my", 0.84, 1.09),
    ("Emel : m_rushdi@ppj.gov.my", 0.84, 1.0),
    ("http://www.putrajaya.gov.my", 1.0, 1.09),
    ("http://facebook.com/putrajaya", 1.0, 1.0),
    ("http://twitter.com/putrajayacorp", 1.0, 1.0),
]
GREAT_CUTS_205 = [
    ("GREAT", 0.84, 2.79),
    ("$5.0", 0.84, 2.16),
    ("2", 0.24, 0.98),
    ("UTS", 0.99, 2.55),
    ("by John", 0.84, 1.75),
    ('"All For Jesus"', 0.84, 0.98),
    ("MON-SAT: 10AM-6PM/CLOSED SUNDAY", 0.84, 0.77),
    ("Men• Ladies • Children", 0.84, 0.91),
    ("$5 Every Day Special", 1.0, 1.07),
    ("Romans 1:16", 0.84, 0.71),
    ("Chaplain John Thorp", 0.84, 1.27),
    (
        "Shop: 305-247-4077· Cell: 786-399-5047· 777ixoye@bellsouth.net",
        0.84,
        1.0,
    ),
]

ARIFI_207 = [
    ("ABDELKADER ARIFI", 1.0, 1.08),
    ("Gérant", 1.0, 1.16),
    ("EPARATION ASCENSEURS", 0.84, 1.0),
    ("(+216) 58 031 933", 0.84, 1.0),
    ("Centre Molka RDC Bureau N° 41 Manar II", 0.84, 0.92),
    ("arifimaintenanceservice@gmail com", 1.0, 0.95),
    ("f Arifi maintenance ascenseur", 0.97, 0.89),
]
ST_FRANCIS_209 = [
    ("St. Francis", 1.0, 1.3),
    ("Rehab & Sports Medicine", 1.0, 1.47),
    ("MICHAEL GARD DPT, CSCS", 0.98, 1.27),
    ("Physical Therapist", 0.97, 1.0),
    ("Phone (660) 562-7908 · Fax (660) 562-7967", 0.84, 1.02),
    ("Michael _Gard@ssmhc.com", 0.84, 0.92),
    ("www.stfrancismaryville.com or www.stfrancissportsmed.com", 0.97, 0.97),
    ("2016 S. Main St. · Maryville, MO 64468", 0.84, 0.92),
    ("A Member of SSM Health Care", 0.97, 0.75),
]
ROYAL_SHELTER_225 = [
    ("D.Jayakumar, M.Sc., M.Phil., (Maths) MLIS", 0.99, 1.02),
    ("+91 98845 67517", 1.0, 0.69),
    ("+91 99404 24037", 1.0, 0.76),
    ("Email :royalshelter2007@gmail.com", 1.0, 0.78),
    ("Royal Shelter", 0.99, 2.65),
    ("(Fully Furnished Deluxe A/c Flats for Rent)", 1.0, 0.88),
    ("No.4, Syrian Church Street, Spartan Nagar,", 0.99, 1.0),
    ("Mugappair East, Chennai - 600 037.(Behind MMM Hospital)", 0.84, 1.02),
]
CASETON_227 = [
    ("FABRICA DE CASETON", 0.84, 1.91),
    ("Calidad y Cumplimiento..", 0.99, 1.15),
    ("DOLLY CENTENO", 0.99, 1.06),
    ("C", 0.81, 8.81),
    ("CEL: 310 283 9217", 0.84, 1.0),
    ("OFICINA", 1.0, 0.91),
    ("CALLE 70 No. 87A -75", 0.84, 0.87),
    ("DOLLYCENTENO", 0.84, 1.19),
    ("PLANTA DE ICOPOR", 0.99, 0.87),
    ("CRA. 2° No. 6 -28 COTA", 0.84, 0.85),
    ("FABRICAMOS EN", 0.99, 0.87),
    ("GUADUA, LONA E ICOPOR.", 0.84, 0.87),
    ("fabricadecasetonDC@hotmail.com", 0.84, 1.35),
]
LEILA_229 = [
    ("Serviços", 0.84, 1.83),
    ("(81)9 9129-1023", 0.84, 1.0),
    ("(81)9 9839-6228", 0.84, 1.0),
    ("@leilaeunhas", 0.84, 0.95),
    ("Unhas em gel,", 1.0, 1.17),
    ("Unhas em fibra de vidro,", 1.0, 1.09),
    ("Manicure e pedicure.", 0.99, 1.0),
    ("Depilações a Cera;", 0.98, 1.17),
    ("Revendemos Produtos", 0.97, 1.0),
    ("Natura e Avon.", 0.99, 1.0),
    ("Leila Nails. Cuidando de você!", 0.84, 1.29),
]
NODI_231 = [
    ("SERVIS NODI", 0.98, 1.25),
    ("PS5, PS4, LAPTOPI", 0.96, 1.0),
    ("ČIŠĆENJE I SERVIS KONZOLAI", 0.84, 0.92),
    ("ZAMJENA TERMALNE PASTE", 0.84, 0.8),
    ("SERVIS KONTROLERA", 0.84, 0.8),
    ("REPARACIJA ANALOG DRIFTA", 0.84, 0.83),
    ("8", 0.84, 0.8),
    ("+387-61-361-204", 0.84, 1.0),
    ("80", 0.42, 0.77),
    ("Bulevar Kulina bana 30a", 0.84, 1.0),
    ("72000 Zenica", 1.0, 1.0),
    ("PSS", 0.84, 1.47),
]
STARK_235 = [
    ("Jennifer", 1.0, 1.43),
    ("Stark", 1.0, 1.5),
    ("1688 Windsor Parkway NE", 1.0, 0.88),
    ("Atlanta, GA 30319", 0.99, 0.9),
    ("(973)·462·8589", 0.84, 1.0),
    ("JenniferNicoleStark@gmail.com", 1.0, 0.95),
]
KINAL_237 = [
    ("Ryan Kinal", 0.84, 2.0),
    ("singer/songwriter", 1.0, 0.98),
    ("1.716.245.4625", 1.0, 0.83),
    ("ryan.kinal@gmail.com", 0.84, 0.98),
    ("http://www.ryankinal.com", 1.0, 1.0),
]
GROUPHOUSE_239 = [
    ("GroupHouse", 1.0, 1.13),
    ("Prodúctions", 0.84, 1.0),
    ("GHP", 0.84, 4.16),
    ("Multimedia & Video Production", 1.0, 0.66),
    ("grouphouseproductions.com", 1.0, 0.78),
    ("GroupHouseP @ gmail.com", 0.84, 0.77),
]
SHANNON_245 = [
    ("Michael Shannon Automotive", 1.0, 1.32),
    ("Services", 1.0, 1.51),
    ("ONETIICGNNATION", 0.55, 1.76),
    ("All vehicle repairs", 1.0, 1.0),
    ("LICENSED", 0.84, 0.78),
    ("Modificaton plates", 1.0, 0.95),
    ("Air-con", 0.84, 0.97),
    ("Light Vehicles - Heavy Vehicles - Trailers - Earthmoving", 0.84, 1.35),
    ("Phone: 0432 639 222", 0.99, 0.95),
    ("Sunshine Coast / Gympie / other areas by negotiation", 0.99, 1.0),
    ("ABN: 21 670 536 161", 0.97, 0.95),
]
DY_ULC_11 = [
    ("KOREA", 0.84, 0.69),
    ("Kevin Jeong", 1.0, 1.49),
    ("AEO", 0.98, 1.27),
    ("DY ULC", 0.84, 1.47),
    ("D.", 0.84, 1.18),
    ("ISO 14001", 0.99, 0.88),
    ("Director", 1.0, 1.0),
    ("INTERNATIONAL FREIGHT", 1.0, 0.71),
    ("PCN Member", 0.98, 0.8),
    ("Sales Dept.", 0.99, 1.08),
    ("DY ULC CO., LTD.", 0.96, 1.37),
    (
        "DY TOWN BLDG 4th FL., 23-14, Hyoryeong-ro 60-gil, Seocho-gu, Seoul, Korea",
        0.96,
        1.04,
    ),
    ("TEL +82-2-2088-7885 FAX 82-2-752-7463 Mobile 82-10-3933-0835", 0.99, 0.8),
    ("Email kevin@dyulc.co.kr / sales01@dyulc.co.kr", 0.99, 0.84),
    ("HomePage www.dyulc.co.kr", 1.0, 0.94),
]
RICOH_199 = [
    ("RICOH", 1.0, 1.82),
    ("imagine. change.", 0.99, 1.21),
    ("Recycled Paper", 0.84, 0.91),
    ("Joseph W Caramelli", 0.99, 1.38),
    ("Technology Service Technician I", 0.84, 1.0),
    ("Ricoh Commercial", 1.0, 0.91),
    ("RICOH USA, INC.", 1.0, 1.06),
    ("4301 Anchor Plaza Parkway, Suite 200", 1.0, 1.0),
    ("Tampa, FL 33634", 1.0, 1.0),
    ("Cell: 727-225-7371", 0.97, 0.88),
    ("Service and Supplies: 888-456-6457", 1.0, 1.0),
    ("joseph.caramelli@ricoh-usa.com", 1.0, 1.0),
    ("www.ricoh-usa.com", 1.0, 0.91),
    ("Printed on a Ricoh Digital Production.System", 0.84, 0.79),
]
JINNO_219 = [
    ("Pacific Language Center", 0.99, 0.54),
    ("OL", 0.81, 1.49),
    ("JINNO INTERNATIONAL COOPERATION", 0.84, 1.0),
    ("JOINT STOCK COMPANY", 0.84, 1.07),
    ("Planning and promotion Department", 1.0, 1.03),
    ("RYO", 1.0, 1.2),
    ("IMAI", 1.0, 1.2),
    ("今井遼", 0.84, 1.57),
    ("38B Trieu Viet Vuong, Bui Thi Xuan,", 1.0, 0.9),
    ("Hai Ba Trung, Ha Noi", 1.0, 0.84),
    ("Tel: +84-43-943-6161 / Fax: +84-43-943-4511", 0.84, 0.79),
    ("E-mail: ryo@jic.vn / Tax code: 0106472242", 0.99, 0.9),
    ("Mobile: +84-902 175 728", 0.99, 0.79),
]
OGMINI_213 = [
    ("Exploring the Science of Digital Forensics", 0.99, 0.65),
    ("Christopher Eng", 1.0, 1.15),
    ("chriseng@gmail.com", 1.0, 0.9),
    ("ogmini.github.io", 1.0, 0.94),
    ("ogmini", 1.0, 0.62),
    ("KEEP CALM", 1.0, 1.04),
    ("AND", 1.0, 0.58),
    ("COLLECT ARTIFACTS", 1.0, 1.0),
    ("O", 0.63, 1.52),
    ("ogmini.github.io", 0.84, 1.79),
]


WYOMING_251 = [
    ("Wyoming Valley Appliance Repair", 1.0, 1.52),
    ("24/7", 1.0, 1.13),
    ("Emergency Service", 1.0, 1.22),
    ("4", 0.63, 0.43),
    ("e", 0.25, 0.61),
    ("Chris Leeds", 1.0, 1.35),
    ("Call or Text:", 1.0, 1.0),
    ("Master Technician", 1.0, 0.96),
    ("(570) 884-8840", 0.84, 1.0),
    ("www.WyomingValleyApplicance.com", 0.84, 0.96),
]
MOON_253 = [
    ("Moon Nails", 1.0, 1.82),
    ("Professional Nail Care for Ladies & Gentleman", 0.99, 0.78),
    ("Outside Concord Mills Mall", 1.0, 1.0),
    ("8639 Concord Mills Blvd", 0.99, 0.97),
    ("Concord NC 28027", 1.0, 1.0),
    ("Mon-Fri: 9am-7pm", 0.99, 1.12),
    ("Sat: 9am-6pm", 0.99, 1.0),
    ("Sun: CLOSED", 1.0, 1.0),
    ("VISA", 1.0, 0.7),
    ("(704) 979-1989", 1.0, 1.12),
    ("Walk ins Welcom", 0.84, 1.0),
    ("Gift Certir", 0.84, 1.0),
    ("vailabl", 0.84, 0.62),
]
DANICE_257 = [
    ("DANICE WASTE MANAGEMENT", 0.98, 1.24),
    ("Services:", 0.84, 1.04),
    ("Cell:+27 82 831 7727", 0.99, 0.98),
    ("Tel:+27 12 341 3207", 1.0, 0.9),
    ("Waste Removal", 0.99, 1.0),
    ("Email: admin@danice.co.za", 0.99, 1.0),
    ("Recycling", 0.84, 1.18),
    ("Website: www.danice.co.za", 0.99, 0.94),
]
FRONCZAK_261 = [
    ("ADAMFRONCZAK.COM", 1.0, 1.06),
    ("Web Applications", 1.0, 0.91),
    ("GitHub.com/AFronczak", 1.0, 0.94),
    ("Fronczak.Adam@gmail.com", 1.0, 1.0),
]


MERCIFUL_269 = [
    ("MERCIFUL", 1.0, 1.59),
    ("HOME CARE", 1.0, 1.59),
    ("Neil Bahura", 1.0, 1.17),
    ("C: 313-917-7979", 0.98, 0.9),
    ("Medicaid Approved", 1.0, 1.0),
    ("AGENCY #9273048", 0.99, 0.9),
    ("Fax: 248-996-9460", 1.0, 0.9),
    ("17348 W. 12 Mile Rd. Ste 106", 0.99, 0.9),
    ("mercifulhcllc @ gmail.com", 0.84, 1.07),
    ("Southfield, MI 48076", 1.0, 0.93),
]
AUTOMOBILE_275 = [
    ("INSERVIA", 0.84, 1.41),
    ("Joy", 0.84, 2.39),
    ("INNOVATIONS", 1.0, 0.85),
    ("-bike", 0.84, 0.62),
    ("7OWA放DSA城ERNERFUTURE", 0.65, 0.55),
    ("N.A.AUTOMOBILE", 0.84, 2.65),
    ("Md. Majibur Rahaman", 0.84, 1.21),
    ("9732721020/9775414440/82", 0.84, 1.06),
    ("Bhakuri (Near Jumma Masjid), N.H.-34", 0.84, 0.98),
    ("Berhampore, Murshidabad", 1.0, 1.0),
    ("mojiburrahaman550@gmail.com", 0.84, 0.91),
]
CMA_277 = [
    ("CMA sports shop", 0.84, 2.81),
    ("Siuce-2015", 0.78, 0.92),
    ("All Kinds of Combat Martial Art Sports Suppliers", 0.84, 0.92),
    ("OFFICE: #Old3 #New 5, Nallanna Lane, Royapettah, Chennai - 600 014.", 0.84, 0.92),
    ("CMA", 1.0, 2.03),
    ("WEB", 0.84, 1.22),
    ("SPORTS", 1.0, 0.89),
    ("www", 0.84, 0.65),
    ("Syed Usman Ali", 0.84, 1.3),
    ("TELEPHONE", 0.84, 0.95),
    ("Proprietor", 1.0, 1.16),
    ("91 -9940 150 678", 0.84, 1.0),
]
FREEZE_281 = [
    ("Munawar", 1.0, 0.96),
    ("Tel. : 080 25306882", 0.84, 0.88),
    ("FC", 0.84, 3.19),
    ("Mob : 9845203882", 0.84, 0.85),
    ("9844353711", 1.0, 0.81),
    ("FREEZE CONTROL", 1.0, 1.67),
    ("REPAIR & SERVICES", 0.98, 0.96),
    ("Refrigeration, Air-Conditioning & Washing Machine", 0.99, 1.19),
    (
        "#2, 15th Cross, Lakshmipuram, C.M.H. Road, Ulsoor, Bangalore- 560 008.",
        0.84,
        1.0,
    ),
    (
        "E-mail : freezecontrol123@gmail.com Website : www.freezecontrol.co.in",
        0.84,
        1.02,
    ),
]
MULTIPLATS_285 = [
    ("Multi7", 0.84, 2.09),
    ("Plats", 0.84, 1.94),
    ("PLATAEMPORTER", 0.84, 1.15),
    ("Traiteur & Réception", 0.84, 1.29),
    ('uSur place ou à emporter"', 0.84, 1.06),
    ("Plat du jour", 1.0, 1.0),
    ("61, avenue Michel Jourdan", 0.99, 0.91),
    ("Lasagne", 1.0, 1.0),
    ("Cannes la Bocca 06150", 1.0, 0.8),
    ("Multiplats@Hotmail.fr", 1.0, 0.88),
    ("Couscous paella", 1.0, 1.0),
    ("Multi Plats", 1.0, 0.91),
    ("Et Autre Saveurs", 1.0, 0.98),
    ("0679321672", 1.0, 0.77),
    ("09 54 47 2336", 0.84, 0.8),
]
AMPED_289 = [
    ("AMPED", 1.0, 1.66),
    ("ELECTRIC", 0.97, 0.68),
    ("RUDEE DELEON", 0.84, 1.0),
    ("ELECTRICIAN", 1.0, 0.75),
    ("361-739-1451", 1.0, 2.4),
]


KRAZY_293 = [
    ("Krazy", 0.84, 3.09),
    ("crayons", 1.0, 1.03),
    ("made with looe", 0.84, 0.94),
    ("Fun. Play. Krazy.", 0.97, 1.84),
    ("KrazyCrayons@outlook.com", 0.84, 0.81),
    ("@KrazyCrayons20", 0.84, 1.0),
    ("@KrazyCrayons20", 0.84, 1.0),
    ("Please leave a review on our Facebook page★★★★★", 0.84, 0.75),
    ("All of our crayons are non toxic and hand-poured", 1.0, 0.75),
    ("for kids & kiddult's", 0.84, 0.62),
]
GRANITES_295 = [
    ("Prakash", 0.84, 1.03),
    ("Prop: P. Kishan Rao", 0.84, 1.16),
    ("Cell:9948987084", 0.84, 0.92),
    ("9664042577", 0.84, 0.92),
    ("9005737924", 1.0, 0.84),
    ("Dalu Ram Karwa", 0.84, 1.0),
    ("9928305383", 1.0, 0.87),
    ("R.S.GRANITES", 0.84, 2.3),
    ("ALL COLOUR GRANITES AVAILABLE", 1.0, 1.4),
    ("Plot No. 81 & 82, IDA Rampur, HANUMAKONDA - 506 142. (T.S.)", 0.99, 0.97),
]


BOHM_263 = [
    ("公", 0.84, 0.67),
    ("Psicologia", 0.84, 3.63),
    ("Clinica", 0.84, 1.8),
    ("(53) 98484-7284", 0.97, 1.4),
    ("ohm", 0.84, 0.93),
    ("dora", 0.84, 0.87),
    ("PSICÓLOGA", 1.0, 1.0),
    ("CRP 07/41353", 1.0, 0.87),
]


# Card images from public repositories that are not in the photo set (issue 33's
# sweep of unseen images): the lines the scan read on them
# wholley/wesleyholley-site, images/business-cards.jpg: a page about cards
DOMO_SWEEP = [
    ("nde", 0.84, 0.81),
    ("osh", 0.83, 1.84),
    ("EO", 0.74, 1.0),
    ("BUSINESS CARDS", 1.0, 1.0),
    ("Domo's CEO loves business cards. But,", 0.84, 1.06),
    ("business cards in 2026? Yes, especially", 0.84, 1.26),
    ("with the amount of business we do in", 1.0, 1.0),
    ("Japan where they are still customary. We", 0.84, 1.19),
    ("pushed them to be more fun, offering up", 0.84, 1.19),
    ("multiple styles, die cuts, and textures for", 1.0, 0.87),
    ("our employees.", 1.0, 0.87),
]
# Raj-Motta/OCR-Business_Card_Reader Version Final/Selected/199.jpeg: an Indian
# engineering college's card, two logos above the name
ESCI_SWEEP = [
    ("DERABAD", 0.84, 0.63),
    ("ESCI", 1.0, 2.04),
    ("BVQi", 0.84, 1.73),
    ("UKAS", 1.0, 0.65),
    ("ISO 9001:2000", 0.99, 0.74),
    ("000", 0.73, 0.44),
    ("S. Rama Krishna", 1.0, 1.13),
    ("M. Tech..", 0.99, 1.04),
    ("Senior Faculty", 1.0, 1.04),
    ("Civil / Transportation Engineering", 0.99, 1.04),
    ("Engineering Staff College of India", 1.0, 1.28),
    ("A Forum of The Institution of Engineers (India)", 0.99, 0.91),
    ("Old Bombay Road, Gachi Bowli", 0.98, 1.0),
    ("Hyderabad - 500 032 (A.P.) India", 0.94, 1.0),
    ("Phone : (Off) 23000465 / 23000466", 0.98, 1.0),
    ("Fax : 040-23000336, E-mail : esci_ic@yahoo com", 0.96, 0.91),
    ("E-mail : ramakrishnas23@hotmail.com", 0.84, 0.94),
]
# hanchi159/hanchi159.github.io, Business_Card.jpg: a start-up's CTO, his name
# printed in Hanja only
HELLO_POLITICS_SWEEP = [
    ("Hello Politics", 0.84, 1.28),
    ("CTO", 0.84, 1.6),
    ("世大空", 0.62, 1.0),
    ("+1 617 710 7987", 0.84, 0.3),
    ("oscar.han@hellopolitics.org", 0.84, 0.38),
]
# yludwig7-wq/mypage, images/visitenkarte.png: an artist's card, no name printed
VISITENKARTE_SWEEP = [
    ("kunst & multimedia [LMu]", 0.84, 1.31),
    ("y.Jodwig.7@gmail.com", 0.84, 0.9),
    ("@yvonne_ludwig_x", 0.84, 1.0),
]
# Raj-Motta/OCR-Business_Card_Reader Version Final/Selected/122.jpeg: a managing
# director who prints the post he held before
IN_RIMT_SWEEP = [
    ("Dr. SUBBA RAO PAVULURI", 1.0, 1.19),
    ("B.Sc. (Engg.), M.E, Ph.D, F.I.E", 1.0, 1.14),
    ("Formerly Senior Scientist, Dept. of Space", 0.98, 1.0),
    ("MANAGING DIRECTOR", 1.0, 1.0),
    ("IN-RIMT", 1.0, 1.07),
    ("INDIAN RESOURCES INFORMATION &", 0.98, 1.1),
    ("MANAGEMENT TECHNOLOGIES LTD.", 0.99, 1.1),
    (
        "Plot No. 1299K, Road No. 66, Jubilee Hills, Hyderabad - 500 033, INDIA.",
        0.99,
        1.0,
    ),
    ("Phone No. :3544083, 3544093, 3544892, 3607511 (R) 3608696, 3608651", 0.84, 1.0),
    ("Fax: + 91-40-3544894, e-mail: atpl@hd1.vsnl.net.in", 0.84, 0.9),
    ('Scanned"with', 0.84, 0.79),
    ("Website : www.inrimt.com", 0.97, 0.95),
    ("CamScanner", 1.0, 0.81),
]
# Raj-Motta/OCR-Business_Card_Reader Version Final/Selected/131.jpeg: a state
# department's officer, his degrees under his name
PRO_SWEEP = [
    ("Tel:23326410 (0)", 0.84, 1.0),
    ("23520386 (R)", 0.98, 1.02),
    ("K. V. NARASIMHA RAO", 0.98, 1.18),
    ("B.Com., PG. D.J., D.P.R.", 0.84, 1.0),
    ("Public Relations Officer", 0.99, 0.82),
    ("#14 MIG-1,HUDA Colony.", 0.84, 1.02),
    ("INFORMATION & PUBLIC", 0.84, 0.91),
    ("RELATIONS DEPARTMENT,", 1.0, 0.91),
    ("Mehdipatnam, Hyderabad - 28.", 0.97, 1.02),
    ("Samachar Bhavan,", 0.99, 0.93),
    ("narasimharao_46 @ rediffmail.com", 0.84, 0.91),
    ("C.GuardswiHyderabad28.", 0.84, 1.0),
    ("CamScanner", 1.0, 0.82),
]
# ArmandoBazeyidio/Portfolio-Website, images/businesscard.png: a developer's card
LUANDA_SWEEP = [
    ("Armando M.Bazeyidio", 1.0, 1.09),
    ("Frontend Developer", 0.98, 1.0),
    ("Luanda, Angola", 1.0, 1.02),
    ("Tel:+244944499560", 1.0, 0.92),
    ("Email:wisileibazeyidio@gmail.com", 1.0, 0.86),
]
# Raj-Motta/OCR-Business_Card_Reader Version Final/Selected/187.jpeg: a hotel's
# card, the firm that owns it under its name
CENTRAL_COURT_SWEEP = [
    ("G. Ramana Reddy", 1.0, 1.0),
    ("Asst. Manager F&B Controls & Chief Cashier", 1.0, 1.0),
    ("Mobile : 9849793793", 0.96, 0.87),
    ("The Central Court Hotel", 0.98, 2.02),
    ("GANGA HOTELS LTD.", 1.0, 0.94),
    ("Lakdi-ka-pul, Hyderabad-500 004.", 1.0, 1.09),
    ("Tel : 91-40-23232323, Fax : 040-23232737", 0.84, 1.04),
    (
        "mailamail@thecentralcourt.com Website : http:/www.thecentralcourt.com",
        0.84,
        0.89,
    ),
    ("CamScanner", 1.0, 0.74),
]
# Raj-Motta/OCR-Business_Card_Reader Version Final/Selected/042.jpeg: an
# engineer's card, his surname a word of slogans too
PHILIPS_SWEEP = [
    ("John Best", 1.0, 1.11),
    ("Test Engineer", 1.0, 1.0),
    ("Philips Healthcare", 1.0, 1.0),
    ("Tel: +1(717) 667-5109", 0.84, 1.0),
    ("Fax: +1(717) 667-5169", 0.84, 1.0),
    ("john.best@philips.com", 0.99, 0.89),
    ("PHILIPS", 0.84, 1.94),
    ("I Echo Drive", 0.84, 0.91),
    ("Reedsville, PA 17084-8603 USA", 0.84, 0.89),
    ("www.philips.com", 1.0, 0.97),
]
# Raj-Motta/OCR-Business_Card_Reader Version Final/Selected/265.jpeg: a lender's
# president, "Jr." after his name
LENDERS_SWEEP = [
    ("AMERICAN", 1.0, 3.03),
    ("Home Loan Lenders", 1.0, 1.09),
    ("WWW.AMERICANHOMELLC.COM", 1.0, 0.73),
    ("REAL ESTATE LOAN PROFESSIONALS", 0.97, 0.76),
    ("490 Mathis Airport Road", 1.0, 1.0),
    ("Suwanee, GA 30024", 0.99, 0.97),
    ("Raymond J. Garrison Jr.", 0.99, 1.0),
    ("Toll Free (800) 754-6812", 0.98, 1.0),
    ("President", 1.0, 0.94),
    ("Tel: (678) 513-6135", 0.97, 1.09),
    ("rgarrison@americanhomellc.com", 1.0, 1.09),
    ("Fax: (678) 947-9955", 0.97, 0.97),
]
# Raj-Motta/OCR-Business_Card_Reader Version Final/Selected/062.jpeg: a hotel's
# card with no one's name
COUNTRY_HOTEL_SWEEP = [
    ("BEST WESTERN", 1.0, 1.0),
    ("CROSS LANES", 1.0, 1.53),
    ("COUNTRY HOTEL", 1.0, 1.0),
    ("RESERVATIONRIGHTNOW", 0.84, 0.95),
    ("New York City", 0.99, 1.0),
    ("The main Street Office 78 room 98", 0.99, 0.95),
    ("+90 (123) 4564 - 654", 0.84, 0.95),
    ("+90 (123) 4564 - 654", 0.84, 0.95),
    ("e-mail: contact@elkinski.com", 0.99, 1.0),
    ("www.elkinski.com", 1.0, 1.0),
    ("80050065854", 1.0, 1.32),
]
# Raj-Motta/OCR-Business_Card_Reader Version Final/Selected/059.jpeg: a car
# dealer's salesman
VOLKSWAGEN_SWEEP = [
    ("VOLKSWAGEN", 1.0, 0.72),
    ("DOUG BLOOMER", 0.98, 0.88),
    ("(209) 251-8611", 0.99, 1.0),
    ("Tom Mason Volkswagen", 1.0, 1.33),
    ("5615 Kings Canyon Road", 1.0, 1.18),
    ("Fresno, California 93727", 1.0, 1.0),
    ("RES. PH. SANGER 787-2701", 0.99, 0.88),
]
# Raj-Motta/OCR-Business_Card_Reader Version Final/Selected/266.jpeg: a hotel
# manager's card, the hotel's logo printed over two lines
COMFORT_INN_SWEEP = [
    ("Comfort", 0.84, 1.15),
    ("INN", 0.84, 0.94),
    ("CHOICE", 0.84, 0.91),
    ("HOTELS", 0.84, 0.56),
    ("Rested. Set. Go.", 0.84, 1.12),
    ("Comfort Inn Beach/", 0.99, 0.88),
    ("Boardwalk Area", 1.0, 1.0),
    ("www.thesantacruzinn.com", 1.0, 0.76),
    ("Kirti Patel", 1.0, 1.03),
    ("General Manager", 1.0, 1.03),
    ("831.471.9999 F831.429.5000", 0.84, 0.88),
    ("GM.CA926@Choicehotels.com", 1.0, 1.0),
    ("314 Riverside Ave.", 1.0, 1.0),
    ("Santa Cruz, CA 95060", 0.98, 1.0),
]
# sanasahana23/FriendsCabs, images/visitingcard.png: a Chennai taxi service's card
FRIENDS_CABS_SWEEP = [
    ("Praise the lord", 0.84, 0.81),
    ("FRIENDS CABS", 0.84, 1.03),
    ("SERVICE", 1.0, 1.11),
    ("TAXI", 1.0, 2.14),
    ("24/7", 0.84, 1.11),
    ("PH:8610825707,8072525673", 0.84, 0.97),
    ("Vandalur, Kolapakkam, Chennai.", 0.84, 0.95),
    ("K.PRAKASH CASTRO", 0.84, 0.89),
    ("PH-9566326155", 0.84, 1.0),
]
# sfisher1975/emc-site, Business Card.png: a controls technician's card, his
# address's ending cut by the OCR
EMC_SWEEP = [
    ("ESSENTIAL", 0.84, 1.74),
    ("MAINTENANCE", 0.84, 1.18),
    ("& CONTROLS", 0.84, 0.91),
    ("SHANNON FISHER", 0.99, 1.0),
    ("Controls Technician· Owner", 0.84, 0.81),
    ("412-853-0251 Shannon.Fisher@emc-controls", 0.84, 0.81),
    ("Keeping Small Shops", 1.0, 1.46),
    ("Running Smoothly", 1.0, 1.37),
    ("www.emc-controls.com", 1.0, 0.81),
]
# card 287 of the set (tuned part): a Brazilian party decorator's two mobiles,
# their dash read glued
CRIART_287 = [
    ("Criando com Arte-Decorações de Festas", 0.84, 0.74),
    ("Criart", 0.84, 1.57),
    ("5198202.1162-98064.7414-Whats", 0.84, 1.0),
]
# Raj-Motta/OCR-Business_Card_Reader Version Final/Selected/147.jpeg: a GIS
# firm's consultant, the firm's mailbox spelling its initials
# 411.jpg: an Istanbul machine maker's card, the capital İ of the name's
# "İhsan" read small
DAMASAN_411 = (
    "DAMASAN\nMakina\nAhmet ihsan DAMA\n"
    "İkitelli Organize San.Bölg.Çevre San.Sit.\n"
    "1 Blok No:35 Başakşehir / iSTANBUL\nTel : (0212 ) 485 34 37"
)
ORG_GIS_SWEEP = [
    ("GIS", 1.0, 1.17),
    ("ORG", 0.84, 1.17),
    ("ORG Iníormatics Ltd", 0.84, 0.69),
    ("Scanned with", 1.0, 1.0),
    ("CamScanner", 1.0, 0.95),
    ("Brig. J.S.Ahuja", 0.97, 1.24),
    ("Chief Consultant", 0.84, 1.0),
    ("ORG GIS", 1.0, 1.52),
    ("304, Archana Arcade, St. John's Road,", 0.99, 1.02),
    ("Secunderabad - 500 025.", 0.84, 0.88),
    ("Tel", 1.0, 1.02),
    (": +91-40-2782 1525 / 5531 1432", 0.84, 1.0),
    (": +91-40-2770 2310", 0.98, 1.0),
    ("Fax", 1.0, 1.07),
    ("Res.", 1.0, 1.0),
    (": 2784 2047 / 2781 0614", 0.84, 1.02),
    ("E-mail", 1.0, 0.93),
    (": orggis@hd2.dot.net.in", 0.99, 1.0),
    ("ahuja@orginformatics.soft.net", 1.0, 1.17),
    ("URL", 1.0, 1.0),
    (": www. orginformatics.com/orggis", 0.84, 1.02),
]
# halilcan-18/sercars-web, kartvizit.jpg: an Istanbul fleet-hire firm's card
SERCARS_SWEEP = [
    ("SER-CARS", 0.84, 1.0),
    ("Fllo Kiralama", 0.84, 1.0),
    ("sercars_2022", 1.0, 1.05),
    ("Servis: 0538 882 84 08", 0.97, 1.0),
    ("Yol Yardim: 0537 675 6166", 0.84, 1.0),
    ("sercars2022@gmail.com", 1.0, 1.05),
    ("SER-CARS", 1.0, 1.05),
    ("ER-CARS", 0.84, 0.68),
    ("Filo Kiralama", 1.0, 1.05),
    ("Samet ERÇIKAN", 0.98, 1.0),
    ("0552 022 59 22", 0.98, 1.0),
    ("Seyitnizam Mah. Demirciler Sit. 9. Yol No:87Z.Burnu / ISTAMBUL", 0.84, 1.16),
]
# alperfaruk-tuna/oto_kurtarma, assets/images/kartvizit.jpg: a Turkish towing
# service's card
ACIBAL_SWEEP = [
    ("ACIBAL OTO KURTARMA", 0.98, 0.84),
    ("7/24", 0.84, 2.06),
    ("ÇEKiCi HiZMETi", 0.91, 1.52),
    ("Nurettin ACIBAL", 0.84, 1.03),
    ("ACIBAL", 1.0, 1.06),
    ("OTO KURTARMA", 0.99, 0.97),
    ("ACIBAL", 1.0, 1.0),
    ("0532 715 0346", 0.97, 0.87),
    ("OTO KURTARMA", 1.0, 0.87),
    ("0532 715 0346", 0.84, 0.74),
    ("KOZCAGIZ", 0.84, 0.65),
    ("81 AFM 035", 0.84, 0.97),
    ("0 532 715 03 46", 0.84, 1.45),
    ("Kozcağiz /BARTIN", 0.84, 1.16),
]
# robertdurica/studnenakluc, vizitka.png: a Slovak well driller's card
STUDNE_SWEEP = [
    ("VRTANIE STUDNÍ", 0.99, 1.7),
    ("Banskobystrický kraj", 0.84, 1.0),
    ("0909163189", 1.0, 0.93),
    ("DT,ZV,BR,ZH,ZC,", 0.84, 0.86),
    ("STUDNENAKLUC.SK", 0.84, 0.98),
    ("KA,VK,LC, RS, BB", 0.84, 0.84),
    ("VYVRTAME", 0.84, 1.05),
    ("studnedetva@gmail.com", 0.84, 0.88),
    ("VYČISTÍME", 0.84, 1.05),
    ("ZAPOJÍME", 0.84, 1.07),
]
# melihkocaturk/melihkocaturk.com, images/business-card.png: an Istanbul estate
# agent's card
KW_FORES_SWEEP = [
    ("0 546 566 55 09", 0.99, 1.11),
    ("melih.kocaturk@kww.com.tr", 1.0, 0.89),
    ("Office: 0 212 397 11 00", 0.98, 0.91),
    ("www.melihkocaturk.com", 1.0, 0.8),
    ("KW FORES", 0.95, 2.51),
    ("KELLERWVILLIAMS", 0.84, 1.0),
    ("MELIH KOCATÜRK", 1.0, 1.29),
    ("Gayrimenkul Danışmanı", 0.98, 0.89),
    ("Halide Edip Adivar Mh. Akar Cd. N:22/A Kat:3", 0.84, 1.0),
    ("Şişli/istanbul", 0.97, 1.11),
    ("Her ofis, işletme ve sözleşmeli işletme bağimsizdir.", 0.84, 1.0),
]
# mateus1227/MRO, cartaovisita.jpg: a Brazilian IT technician's card
CPUINFO_SWEEP = [
    ("MATEUS OLIVEIRA", 1.0, 0.94),
    ("SOLUÇÕES EM TI", 1.0, 0.81),
    ("(37) 99101866 - mateusl227@hotmail.com", 0.97, 0.81),
    ("Serviços em TI", 0.99, 1.19),
    ("Formatação com Backup", 1.0, 0.94),
    ("Manutenção Preventiva", 1.0, 0.94),
    ("Limpeza de CPU", 1.0, 1.12),
    ("Remoção de Virus", 1.0, 1.0),
    ("Instalação de Programas", 0.98, 1.06),
    ("CPUINFO", 1.0, 1.78),
    ("Informática", 0.84, 1.19),
    ("mateusl227@hotmail.com", 0.84, 0.94),
    ("(37) 99101866", 0.98, 1.38),
]
# BusinessTechProducts/dms-recycling, images/businesscard.jpg: a South African
# scrap metal buyer's card
DMS_SWEEP = [
    ("DMS", 1.0, 3.87),
    ("RECYCLING", 0.84, 1.4),
    ("Cell: 084 423 8551", 0.99, 0.91),
    ("54 Dalton Road, Shop 4", 0.99, 1.0),
    ("BUYERS OF Steel, Aluminium, Copper, Brass, Stainless", 0.99, 1.0),
    ("Steel, Batteries,", 1.0, 0.91),
    ("E-waste & Catalystic Converters", 1.0, 0.91),
]
# OscarEMG5/learning-deutsch-oscar, images/visitenkarte.jpg: a mock-up card
# photographed at an angle
QUANTUM_SWEEP = [
    ("ALEXANDER CHEN", 1.0, 1.08),
    ("FOUNDER & CEO", 1.0, 0.88),
    ("QUANTUM INNOVATIONS", 0.99, 1.08),
    ("PHONE: +1 (555) 123-567", 0.98, 1.0),
    ("EMAIL: alex.chen@quantinvations.com", 0.99, 0.92),
    ("WEB: www.qruantuminvations.com", 0.84, 0.96),
]
# hakansaglam29/drmustafayolcu.com, images/kartvizit.jpg (an older commit): a
# Turkish physiotherapy centre's card listing what it treats
SPORTIP_SWEEP = [
    ("SporTIP", 1.0, 2.21),
    ("Sağlıklı Yaşam Merkezi", 0.98, 0.76),
    ("Bel,Boyun Ağrısı", 0.98, 1.0),
    ("Spor Yaralanmaları", 1.0, 0.92),
    ("Kas,Eklem Ağrısı", 0.99, 1.0),
    ("Manuelterapi", 1.0, 1.02),
    ("TIf: 0 533 978 53 93", 0.99, 0.97),
    ("Gazipaşa ASKi Karşısı. Ekin Sk.Çiğdem Apt.", 0.98, 0.71),
    ("E Blok No: 11 Kat 2 Daire 6 Seyhan / ADANA", 0.98, 0.61),
]
# Raj-Motta/OCR-Business_Card_Reader Version Final/Selected/124.jpeg and 230.jpeg:
# an Indian college's card and a coaching institute's
NBKR_SWEEP = [
    ("Tel.: 08624 - 29424", 0.84, 0.88),
    ("G. Harinatha Reddy, M.Tech", 0.84, 1.0),
    ("Associate Professor", 0.84, 0.95),
    ("Dept. of E.E.E", 0.84, 1.0),
    ("N.B.K.R. INSTITUTE OF", 0.84, 1.07),
    ("SCIENCE & TECHNOLOGY", 0.97, 1.25),
    ("Scanned witVidayanagar- 524 413.", 0.84, 1.65),
    ("Nellore District.", 1.0, 1.0),
    ("CamScanner", 1.0, 0.88),
]
TIME_SWEEP = [
    ("Y. D. SRINIVAS", 0.99, 1.14),
    ("Manager - Marketing", 0.98, 1.14),
    ("T.I.M.E.", 0.84, 3.07),
    ("Triumphant Institute of", 1.0, 0.89),
    ("Management Education Pvt. Ltd.", 1.0, 1.0),
    ("95B, 2nd Floor, Siddamsetty Complex,", 1.0, 1.0),
    ("Park Lane, Secunderabad - 500 003.", 1.0, 1.0),
    ("Mobile :98488 96521", 0.99, 1.0),
    ("e-mail :srinivas.yd@time4education.com", 1.0, 1.09),
    ("Website :www.time4education.com", 0.84, 1.0),
]
# tunetaku/business-card-ocr, sample1.jpg: a Japanese card (a sample card of
# a seal maker's)
HANKOYA_SWEEP = [
    ("株式会社ハンコヤドットコム", 0.84, 1.53),
    ("営業企画事業部", 0.84, 1.0),
    ("鈴木大輔", 0.84, 2.05),
    ("Daisuke SUZUKI", 1.0, 1.05),
    ("〒104-0061東京都中央区銀座1-36銀座ドットコムビル1F", 0.84, 0.84),
    ("TEL:03-3344-1122 FAX:03-3344-1133", 1.0, 0.95),
    ("Mail: dsuzuki@dot-b.com", 0.84, 1.0),
]
# andy08691/card-ocr, test/test_card1.png: a Taiwanese estate agent's card, in
# Chinese only
YOUCHAO_SWEEP = [
    ("有巢氏房屋", 0.84, 1.13),
    ("在地經營·社區專家", 0.84, 0.64),
    ("391431", 1.0, 0.97),
    ("賴盈榕", 0.84, 1.72),
    ("0986-876682", 1.0, 1.03),
    ("台中大業文心加盟店", 0.84, 1.0),
    ("Q好時光經紀人", 0.84, 0.9),
    ("電話（04）2326-2888", 0.84, 0.9),
    ("傳真(04）2326-2788", 0.84, 0.9),
    ("地址台中市南屯區大業路296號", 0.84, 0.85),
    ("社區專家第一品牌", 0.84, 1.59),
    ("全台邁向450店", 0.84, 1.28),
]
# Neel16/BusinessCard, business_card.png: an intern's card with his GitHub page
GITHUB_SWEEP = [
    ("Neel Patel", 1.0, 1.73),
    ("Embedded Firmware Intern", 0.98, 1.0),
    ("Trimble Inc.", 0.98, 0.97),
    ("email:", 1.0, 1.0),
    ("neelpatel01061995@gmail.com", 0.84, 1.0),
    ("github:", 1.0, 1.08),
    ("github.com/Neel16", 1.0, 1.03),
    ("tel:", 1.0, 1.0),
    ("+1 408 708 6973", 0.99, 0.93),
]
# jaf765/IMA-FE-Midterm-Spring2020, businesscard.jpeg: an Etsy shop's card
ETSY_SWEEP = [
    ("CRANKY APPIE", 0.84, 1.5),
    ("ACRYLIC JEWELRY & ACCESSORIES", 0.99, 0.85),
    ("ETSY", 1.0, 0.96),
    ("etsy.com/shop/thecrankyapple", 1.0, 1.0),
    ("E-MAIL", 1.0, 0.96),
    ("thecrankyapple@gmail.com", 1.0, 1.0),
    ("INSTAGRAM", 1.0, 0.88),
    ("@thecrankyapple", 1.0, 1.0),
]
# picom0022/ICT_EDU_AI, 05_OpenCV/opencv/images/namecard3.jpg: a Korean
# developer's card photographed on a keyboard, his name in brackets under the
# keyboard's brand
SUNKYOO_SWEEP = [
    ("SAMMSUUNG", 0.7, 0.97),
    ("(Sunkyoo Hwang)", 0.84, 1.12),
    ("ter Vis", 0.74, 0.64),
    ("#DeeLang Ar Vitm", 0.49, 1.88),
    ("Cearon", 0.66, 0.67),
    ("sunkyoo.hwang@gmail.com", 0.98, 0.94),
    ("https://sunkyoo.github.io/", 0.84, 1.0),
]
# Raj-Motta/OCR-Business_Card_Reader Version Final/Selected/175.jpeg: an
# engineering firm's card, its initials printed huge over its name
EEC_SWEEP = [
    ("M. Suresh Kumar Reddy", 1.0, 1.14),
    ("Senior Manager - HR", 0.97, 1.0),
    ("+918309765922", 1.0, 1.0),
    ("suresh@elitegroup.in", 1.0, 1.11),
    ("ELITE", 1.0, 0.91),
    ("eec", 0.84, 5.83),
    ("ENGINEERING &", 0.84, 0.89),
    ("CONSTRUCTION", 1.0, 0.89),
    ("Rising above all", 0.98, 1.31),
]
# vitotafuni/vitotafuni.github.io, biglietto.png: an Italian IT graduate's card
TAFUNI_SWEEP = [
    ("Vito Tafuni dottore in informatica", 1.0, 1.0),
    ("mobile +39.328.2010182", 1.0, 1.0),
    ("vito@vitotafuni.com", 1.0, 1.04),
    ("altamura (ba)", 1.0, 1.25),
    ("echo b=$c$b c=$c$c a=$b$a$b; echo $a", 0.97, 0.85),
]
# patryk1119911/patryk-podgorny2, wizytowka.png: a Polish chairman's card (a
# school exercise, printed as a real one)
ORLEN_SWEEP = [
    ("ORLEN", 0.84, 1.38),
    ("mgr inż. Bartek Kowalski", 0.97, 1.59),
    ("Prezes Zarządu ORLEN", 1.0, 1.44),
    ("ul. Kościuszki 37", 1.0, 0.94),
    ("21-300 Warszawa", 1.0, 0.91),
    ("tel. 22 125 125", 0.98, 0.91),
    ("e-mail: bartekkowalski@orlen.pl", 0.99, 1.0),
]
# fuzartss-star/FuZArts, wizytowka.png: a Polish car-care firm's card
AUTO_SPA_SWEEP = [
    ("Alure", 0.84, 2.6),
    ("Auto Spa", 1.0, 1.25),
    ("• Czyszczenie oraz pielęgnacja wnętrza", 0.84, 1.0),
    ("• Dokładne mycie nàdwozia i kł", 0.84, 1.0),
    ("Woski ochronne", 0.84, 1.0),
    ("Niewidzialna wycieraczka", 0.84, 1.1),
    ("Pielęgnacja szyb", 0.84, 1.0),
    ("• Prañie tapicerki", 0.84, 1.0),
    ("• Czyszczenie i impregnacja skór", 0.84, 1.1),
    ("• Ozonowanie", 0.84, 1.0),
    ("• Przygotowanie do sprzedaży", 0.84, 1.04),
    ("UIP", 0.74, 0.58),
]
# FernandaNavarro/Dise-oPractica-Tec-de-Empresa-Ficticia-con-tarjetas-de-
# presentacion, tarjeta.png: a Mexican software firm's card (a class exercise)
PF_SOFTWARE_SWEEP = [
    ("PF SOFTWARE", 0.99, 2.0),
    ("SOFTWARE DEVELOPMENT", 0.98, 1.0),
    ("Anillo Perif Sur Manuel Gómez Morín 8 110", 0.84, 1.0),
    ("El Mante 45609 San Pedro Tlaquepaque Jal.", 0.98, 1.1),
    ("52 1 341 114 4262", 0.97, 0.95),
    ("521341 158 0228", 0.84, 1.05),
    ("pfx@businesscardjournal com", 1.0, 1.0),
    ("Pfbusinesscardjournal com", 1.0, 1.05),
]
# Wiktor1488/nieruchomosci-strona, public/wizytowka.jpg: a Polish estate agency's
# card, its mailbox "biuro@" (the office)
CKDOM_SWEEP = [
    ("CK", 1.0, 2.39),
    ("DOM.PL", 0.84, 1.87),
    ("BIURO NIERUCHOMOŚCI", 0.98, 1.0),
    ("NIERUCH", 0.84, 0.61),
    ("LICENCJONOWANY", 1.0, 1.0),
    ("POŚREDNIK NIERUCHOMOŚCI", 0.99, 1.0),
    ("KIELCE", 1.0, 1.0),
    ("ALEJA SOLIDARNOŚCI 5", 0.98, 1.13),
    ("TEL. 786-221-221", 0.84, 1.0),
    ("BIURO@CKDOM.PL", 0.84, 1.0),
    ("NR LICENCJI PFRN 26546", 1.0, 0.96),
    ("WWW.CKDOM.PL", 1.0, 1.13),
]
# lauDanSan/arepas-da-gusto2, public/tarjeta-presentacion.jpg: a Colombian arepa
# shop's card, its mailbox the shop's name
AREPAS_SWEEP = [
    ("Arepas Da'Gusto2", 0.84, 2.55),
    ("Arepas Asadas | Venta de Masa", 0.95, 1.0),
    ("Venta por mayor y al detal", 1.0, 0.88),
    ("Carlos Flórez", 0.84, 1.48),
    ("Propietario", 0.84, 1.02),
    ("SERVICIO A DOMICILIO", 0.98, 0.83),
    ("Calle 44A # 25-17", 0.99, 0.95),
    ("Pablo Sexto, Dosquebradas", 1.0, 0.98),
    ("312 606 6360", 0.84, 1.19),
    ("arepasdagusto2@gmail.com", 0.98, 0.95),
]
# derrickdp/mixmastermcquay.com, img/business-card.png: a DJ's card, his stage
# name the firm's
MIXMASTER_SWEEP = [
    ("MARIO McQUAY", 0.99, 2.17),
    ("MIXMASTER MCQUAY", 0.97, 1.08),
    ("(314) 604 - 2395", 0.84, 0.96),
    ("MixMasterMcQuay.com", 0.84, 0.96),
    ("mixmastermcquay@gmail.com", 0.84, 0.79),
]
# bougassaa/nuances-facade, images/carte-visite.png: a French façade firm's card
NUANCES_SWEEP = [
    ("Nuances Façade", 1.0, 1.23),
    ("Tous travaux de façade", 0.99, 1.32),
    ("• Neuf et rénovation", 0.84, 0.88),
    ("• Maisons, clôtures, abris de jardin..", 0.84, 1.0),
    ("• Joints de pierre", 0.84, 1.0),
    ("06 5138 8181", 0.84, 1.43),
    ("DEVIS GRATUIT", 0.97, 0.97),
    ("SIRET 94987277400011", 0.84, 0.88),
    ("www.nuances-facade.fr", 0.84, 0.8),
]
# mfurkansahn/mba-muhendislik, assets/images/kartvizit.jpg: an Ankara electrical
# engineer's card, its services first
MBA_SWEEP = [
    ("MBA", 0.84, 4.55),
    ("MÜHENDISLIK", 0.99, 1.1),
    ("MESKEN", 1.0, 1.15),
    ("PROJE ÇIZİMLERİ", 0.96, 1.0),
    ("TICARETHANE", 0.99, 1.0),
    ("GÜÇ ARTIRIMI- GÜÇ AZALTIMI", 0.97, 1.1),
    ("TARIMSAL SULAMA", 1.0, 0.95),
    ("RUHSAT", 1.0, 1.0),
    ("ABONELIK BAŞVURU VE DOSYA TAKÍBÍ", 0.84, 0.9),
    ("ARAÇ ŞARJ", 0.95, 1.0),
    (
        "EHLIBEYT MAH CEYHUN ATUF KANSU CAD. GÖZDE PLAZA KAT:2 NO:52 CANKAYA/ANKARA",
        0.84,
        0.95,
    ),
    ("0 530 120 74 02 MAHMUT AKGUL-ELEKTRIK ELEKTRONIK MÜHENDISI", 0.84, 0.75),
    ("mahmut @mbamuh.com.tr", 0.84, 1.0),
]
# MojoRisin46/automation-gm-website, visitenkarte.jpg: a German automation
# firm's card of questions and offers
AUTOMATION_GM_SWEEP = [
    ("Kostenlose Prozess-Analyse", 1.0, 1.13),
    ("für Ihr Unternehmen", 0.99, 1.13),
    ("GM", 1.0, 2.05),
    ("- Daten als Engpass statt Wettbewerbsvorteil?", 0.84, 0.82),
    ("AUTOMATIONSTECHNIK", 0.84, 1.26),
    ("-Manuelle Prozesse als Wachstumsbremse?", 0.84, 0.71),
    ("- Hoher Zeitaufwand für repetitive Aufgaben?", 0.84, 0.74),
    ("- Fragmentierte Systemlandschaften?", 0.84, 0.71),
    ("Jetzt kostenlose Analyse anfordern", 0.84, 1.05),
    ("automation-gm@proton.me", 0.84, 0.84),
    ("automation-gm.de", 0.84, 0.82),
]
# zoe-blyss/zoe-blyss-alexander-website, images/bft-rack-card--back.jpg: a
# therapist's rack card
THERAPY_SWEEP = [
    ("Christine Thurston is a Marriage and", 1.0, 1.0),
    ("Family Therapist (LMFTA) specializing", 0.98, 0.88),
    ("in helping families who have been", 1.0, 1.0),
    ("impacted by illness. Formal education", 0.99, 0.88),
    ("and unique personal experience allows", 1.0, 0.88),
    ("Christine to approach therapy with", 1.0, 1.04),
    ("compassion and true understanding.", 1.0, 1.0),
    ("Specialized areas of focus:", 0.99, 1.23),
    ("• Cancer", 0.84, 1.0),
    ("• Acute or chronic illness", 0.84, 1.0),
    ("• Caretaker support", 0.84, 1.0),
    ("For more information contact", 1.0, 1.0),
    ("Christine Thurston at:", 0.99, 1.0),
    ("breakthroughfamilytherapy.net", 1.0, 1.0),
    ("breakthroughtherapy2020@gmail.com", 1.0, 1.04),
    ("(360) 207-1333", 0.98, 1.12),
    ("1501 Pottery Ave", 0.99, 1.0),
    ("Port Orchard, WA 98366", 0.99, 0.88),
]
# Tsyanm/tsyanportfolio, images/businesscard.jpeg: a florist's card design
FLORA_SWEEP = [
    ("FLORA", 0.98, 1.81),
    ("Address", 1.0, 0.95),
    ("The", 1.0, 1.29),
    ("123 Royal Drive", 1.0, 1.0),
    ("FLORIST", 1.0, 1.67),
    ("Ny Point", 1.0, 1.0),
    ("Email", 1.0, 1.0),
    ("Flora@email.com", 1.0, 0.95),
    ("Phone", 1.0, 1.05),
    ("123-456-7890", 1.0, 0.95),
]
# 12alexander/landing-page-sistematicos, assets/tarjeta.jpg: a computer shop's
# list of services
SERVICES_SWEEP = [
    ("» SERVICIO TÉCNICO DE COMPUTADORAS,LAPTOPS,", 0.84, 1.16),
    ("IMPRESORAS Y CELULARES.", 0.84, 0.92),
    ("» VENTA DE REPUESTOS Y ACCESORIOS.", 0.98, 0.96),
    ("» VENTA, INSTALACIÓN Y MANTENIMIENTO DE", 0.84, 1.0),
    ("CÁMARAS DE SEGURIDAD.", 0.84, 0.92),
    ("» DESARROLLO DE SOFTWARE PARA NEGOCIOS", 0.84, 0.96),
    ("» ASESORÍA DE COMPRA.", 0.84, 1.04),
    ("EPSON", 1.0, 1.32),
    ("acer", 1.0, 1.44),
    ("EXCEED YOUR VISION", 1.0, 0.8),
    ("SAMSUNG", 0.84, 0.92),
    ("Canon", 1.0, 1.36),
]
# RajannaMobilecare/RJ, visitingcard.jpg: a phone shop's card
RAJANNA_SWEEP = [
    ("Cell:63020 10230, 7093396681", 0.98, 1.0),
    ("RAJANNA", 1.0, 4.3),
    ("节", 0.33, 5.54),
    ("Mobile", 1.0, 1.96),
    ("Care", 1.0, 1.89),
    ("4", 0.84, 0.12),
    ("a", 0.3, 0.3),
    ("Sales & Service", 1.0, 1.65),
    (
        (
            "Adress: Near CESS Office, Opp: Bank Of Baroda, Korutla Bustand Road, "
            "Vemulawada"
        ),
        0.84,
        0.88,
    ),
]
# Arushisharma9918/Portfolio-of-my-Father-s-profession, visiting card.jpg: a
# photographer's card
STUDIO_SWEEP = [
    ("R.C.S tudio", 0.84, 2.95),
    ("R ajesh Sharm a", 0.84, 2.07),
    ("Spl.In", 0.84, 1.0),
    ("9958907995", 0.84, 0.95),
    ("Digital I.D.Card", 0.84, 0.79),
    ("Wedding Photography", 0.84, 0.81),
    ("All Kinds Of Photography", 0.84, 0.95),
    ("MCC Signature Hight", 0.84, 1.33),
    ("Flat No. T3 / 904, Rajnagar Extension, GZB", 0.99, 1.23),
    ("rcstudio.idcard@gmail.com", 1.0, 1.05),
]


# saikiranbolli/Visiting-Card, images/card.JPEG: a staff card with a date of birth
STAFF_SWEEP = [
    ("BIZGAZE", 1.0, 1.02),
    ("Your Virtual 'CxO'", 0.84, 0.63),
    ("TGS 9260", 1.0, 1.0),
    ("EMP ID", 0.84, 1.02),
    ("15-08-1997", 1.0, 1.0),
    ("DOB", 1.0, 1.0),
    ("Emergency No : +91 9000260803", 0.84, 0.85),
    ("Authorised Signatory", 0.99, 0.82),
    ("BIZGAZE LIMITED", 0.99, 1.0),
    ("3rd Floor, Signature towers, Opp: Botanical", 0.99, 0.85),
    ("Garden, Gachibowli Road, Hyderabad,", 1.0, 0.77),
    ("Telangana 500084.", 1.0, 0.74),
]
# treetrnk/web-portfolio, images/business-card.png: a web developer's own card
HARE_SWEEP = [
    ("NATHAN HARE", 0.98, 1.4),
    ("WEB DEVELOPMENT", 1.0, 0.94),
    ("DESIGN", 1.0, 1.0),
    ("HOSTING", 1.0, 1.02),
    ("nathanhare.net", 1.0, 0.68),
]
# molleman/macaris-student, img/card-front.jpg: a take-away's student card
MACARIS_SWEEP = [
    ("eesse", 0.19, 0.29),
    ("ORDER ONLINE AT MACARIS.IE…", 0.84, 0.83),
    ("Macari's", 0.84, 2.12),
    ("20%", 0.84, 1.88),
    ("TAKE-AWAY", 1.0, 1.12),
    ("OFF", 0.84, 1.04),
    ("GLASNEVIN", 1.0, 1.0),
    ("STUDENT CARD", 1.0, 1.17),
    ("Valid In-Store and with Campus Delivery", 1.0, 0.96),
    ("CALL 01-8375714 TO ORDER", 0.84, 1.17),
]
# conels08/minute-maids-landing, public/images/business-card.jpg: a cleaner's card
MAIDS_SWEEP = [
    ("Lacee Richter", 1.0, 1.21),
    ("Owner & Operator", 0.99, 0.82),
    ("(971) 220-4371", 0.84, 1.0),
    ("weloveminutemaids@outlook.com", 1.0, 0.9),
    ("Minute Maids", 1.0, 1.08),
    ("an LLC", 1.0, 0.79),
]
# Martha-Wanjiru/portfolio-from-scratch, images/business-card.jpg: a travel agency
TRAVELS_SWEEP = [
    ("CLASSY TRAVELS", 0.84, 0.65),
    ("www.swish classy travels.com", 1.0, 0.88),
    ("f", 1.0, 0.65),
    ("a", 0.3, 0.81),
    ("MARTHAWANJIRU", 0.84, 1.0),
    ("Travel Manager", 0.84, 1.16),
    ("Town cbd, Nairobi, Kenya", 0.84, 1.16),
    ("+254721329584", 1.0, 0.88),
    ("swishclassytravels@email.com", 1.0, 1.0),
]


# SadeeNilakshi/Robotic-Research-Center-Portfolio, images/visiting_card.jpg
DELTA_SWEEP = [
    ("DELTA CODEX", 1.0, 1.66),
    ("ROBOTIC RESEARCH CENTER", 0.99, 1.19),
    ("www.deltacodexrobotics.com", 1.0, 1.0),
    ("deltacodexrobotics@gmail.com", 1.0, 1.03),
    ("+94 75 144 1764", 1.0, 1.0),
    ("DELTA", 0.84, 0.69),
    ("CODEX", 0.84, 0.75),
    ("SOFTWARE SOLUTIONS", 0.84, 0.59),
]
# JoeyStanley/real, images/businesscard.png: a student's card for a study
STUDY_SWEEP = [
    ("This will help my research on", 0.99, 1.11),
    ("how people around here talk.", 0.98, 1.0),
    ("Contact Joey Stanley, UGA", 1.0, 1.03),
    ("linguistics grad student, to set", 1.0, 1.0),
    ("up a time:", 1.0, 0.97),
    ("joeystan@uga.edu", 1.0, 1.03),
    ("This work is under the direction of Dr. Chad", 0.99, 0.74),
    ("Howe (chowe@uga.edu) of the UGA", 1.0, 0.74),
    ("Department of Romance Languages.", 1.0, 0.74),
]
# mrburks/Project-images, VPGDcard.jpg: a designer's card
BURKS_SWEEP = [
    ("go", 0.52, 1.38),
    ("Vetal", 0.6, 1.0),
    ("Grafyk and Web'Desyne", 0.84, 0.37),
    ("Donte Burks Owner/Operator", 0.99, 0.23),
]
# jdcowgirl48/daddyshandscw, images/business-card.jpg: a woodworker's card
WOODWORKING_SWEEP = [
    ("1 Thessalonians 4:11", 1.0, 0.97),
    ("Daddy's Hands Custom Woodworking", 1.0, 2.07),
    ("X", 0.98, 0.41),
    ("616-724-7562", 1.0, 1.0),
    ("Duane Green Ill", 0.96, 1.21),
    ("Owner", 0.99, 1.07),
    ("daddyshandscw.com", 0.84, 1.0),
    ("PO Box 160", 0.99, 0.93),
    ("daddyshandscw@gmail.com| Athens, MI 49011", 0.84, 1.07),
]


# nisargcode/Unique-Appliances-website, public/images/card.jpeg: an appliance
# shop's crowded card (brands, goods, promises, two numbers, an address)
APPLIANCE_SWEEP = [
    ("Unique", 1.0, 3.64),
    ("UA", 0.84, 5.0),
    ("Appliance", 1.0, 2.86),
    ("AUTHORIZED DEALER", 1.0, 1.21),
    ("ALL BRANDS. ALL PRODUCTS. ONE TRUSTED STORE.", 0.99, 0.89),
    ("AC", 0.97, 0.5),
    ("Smith", 1.0, 1.14),
    ("LG", 1.0, 1.21),
    ("SAMSUNG", 0.99, 1.21),
    ("Haier", 1.0, 1.43),
    ("Elista", 0.84, 1.32),
    ("on has a name", 0.84, 0.46),
    ("BAJAJ", 1.0, 0.64),
    ("000", 0.84, 0.46),
    ("*", 0.56, 1.0),
    ("1", 0.27, 0.36),
    ("WASHING", 1.0, 0.93),
    ("AC", 1.0, 1.14),
    ("TV", 1.0, 0.93),
    ("CCTV", 1.0, 1.04),
    ("FRIG", 1.0, 1.07),
    ("GEYSER", 1.0, 1.04),
    ("MACHINE", 1.0, 1.0),
    ("20 Panchratan Appartment,", 0.98, 1.07),
    ("100%", 1.0, 0.86),
    ("Near Crystal School,", 1.0, 0.93),
    ("AUTHENTIC", 1.0, 0.79),
    ("Waghodia Dabhoi Ring Road,", 1.0, 1.14),
    ("PRODUCTS", 1.0, 1.0),
    ("Vadodara", 1.0, 1.07),
    ("WARRANTY", 1.0, 0.93),
    ("ON ALL", 0.99, 0.93),
    ("PRODUCTS", 0.84, 1.0),
    ("9904070071", 1.0, 1.93),
    ("9898340063", 1.0, 1.71),
    ("Sm", 0.84, 0.46),
    ("O", 0.9, 0.61),
    ("EXPERT", 1.0, 0.93),
    ("BEST PRICE", 0.84, 0.93),
    ("ADVICE &", 0.84, 0.93),
    ("GUARANTEE", 1.0, 0.86),
    ("SUPPORT", 1.0, 1.0),
]


# henry-21/attribute_work, "Business card Model - 2.jpg": an IT firm's card design
INFOTECH_SWEEP = [
    ("ABCD ALPHA INFOTECH", 1.0, 1.13),
    ("Unit of Aplha group of companies", 1.0, 1.1),
    ("A", 1.0, 7.43),
    ("AlphaB", 0.84, 1.53),
    ("Director - Projects", 0.99, 1.03),
    ("99999 99999", 0.99, 0.9),
    ("abcd@gmail.com", 1.0, 1.1),
    ("11111 11111", 0.98, 0.87),
    ("No. 1, Street Name,", 0.99, 1.0),
    ("AIDA", 0.84, 0.83),
    ("Landmark, District, State", 0.99, 0.9),
    ("www www.abcd.com", 0.84, 1.0),
    ("Zip code - 111111.", 0.99, 0.97),
    ("K", 0.43, 0.63),
]


# CHIDIEBUBETESTIMONY10/mega-gto-cargo-, "Business Card.jpg": a Nigerian freight
# firm's card, its name over two lines, its free mailbox spelling the first
MEGA_GTO_SWEEP = [
    ("MEGA GTO", 1.0, 1.21),
    ("INT'L CO. LTD", 0.84, 1.0),
    ("X", 0.9, 0.47),
    ("X", 0.69, 0.37),
    ("INTERNATIONAL", 1.0, 0.95),
    ("FREIGHT AND PLANE", 1.0, 0.95),
    ("PARCEL HOME", 0.99, 0.95),
    ("TRANSPORTATION", 1.0, 1.05),
    ("DELIVERY", 1.0, 0.89),
    ("DELIVERY", 1.0, 0.89),
    ("5-7 DAYS", 0.84, 0.68),
    ("TURHAROUND", 0.84, 0.84),
    ("TIME", 1.0, 0.79),
    ("SERVICES", 1.0, 1.21),
    ("Full Container Loading", 0.84, 1.05),
    ("• Groupage Container", 0.84, 1.05),
    ("Warehousing & Packing", 0.84, 1.21),
    ("• Door to Door service", 0.84, 1.05),
    ("• Business Consultant", 0.84, 1.0),
    ("• Sea & Air Cargo", 0.84, 1.21),
    ("Purchasing Agency", 0.84, 1.05),
    ("• Cash Management", 0.84, 1.21),
    ("f", 0.84, 0.84),
    ("08037232963", 1.0, 1.0),
    ("Mega gto cargo Itd", 0.84, 1.05),
    ("o", 0.47, 0.42),
    ("mega_g.t.o", 1.0, 0.89),
    ("08027227206", 1.0, 1.05),
    ("megagtoa80@gmail.com", 1.0, 1.0),
    ("D", 0.41, 0.58),
    ("A", 0.36, 0.47),
    ("Zone B, Block 16, Shop 44, Aspamda, Trade Fair", 0.98, 0.95),
    ("Complex, Badagry Express way, Lagos State, Nigeria.", 1.0, 1.11),
]


# 1509Shubham/Visiting-Card-OCR-Scanner, backend/uploads/
# 1781270089.452352_card_3_marketing_manager.jpg: the OCR lost the name's space
GLUED_NAME_SWEEP = [
    ("Creative Studios", 0.84, 0.84),
    ("Digital Marketing & Design", 0.84, 1.0),
    ("MichaelChen", 1.0, 0.89),
    ("Marketing Manager", 1.0, 1.05),
    ("michael@creativestudios.com", 0.84, 1.0),
    ("+86-10-6565-2108", 1.0, 0.89),
    ("www.creativestudios.com", 1.0, 0.84),
    ("Beijing China 100000", 0.97, 1.0),
]


# ServantOfAllah/halalGuru, "img/business card.jpg": one name, a comma, the role
ONE_NAME_SWEEP = [
    ("Creativity.com", 1.0, 1.0),
    ("Abdulmajid, CEO", 0.84, 1.09),
    ("adamsmojeed10@gmail.com", 1.0, 0.91),
    ("+971504217506", 1.0, 0.86),
]


# Website-Testers/Michigan-Deck-Refinishers, "images/michigan deck refinishing
# llc business card - Ricks revamp.png": both sides of a deck firm's card
DECK_SWEEP = [
    ("MICHIGAN DECK", 1.0, 1.35),
    ("REFINISHING LLC", 0.99, 1.0),
    ("RYAN JOHNSON", 0.84, 1.65),
    ("OWNER/OPERATOR", 0.84, 0.95),
    ("517-883-3721", 1.0, 1.0),
    ("MichiganDeckRefinishing@gmail.com", 1.0, 1.0),
    ("MICHIGAN DECK", 1.0, 1.0),
    ("REFINISHING LLC", 1.0, 0.8),
    ("Services", 1.0, 1.35),
    ("Deck Refinishing And", 0.99, 1.35),
    ("Deck Contruction.", 1.0, 1.3),
    ("Licensed And Insured", 1.0, 1.0),
]


# Website-Testers/Michigan-Deck-Refinishers, "business card.jpg": the same card's
# older print, its address read over two lines with a mark between
DECK_SPLIT_MAIL_SWEEP = [
    ("MICHIGAN DECK", 0.99, 1.0),
    ("REFINISHING LLC", 0.98, 0.85),
    ("RYANJOHNSON", 0.84, 1.54),
    ("OWNER/OPERATOR", 0.84, 0.85),
    ("517-883-3721", 0.84, 1.0),
    ("michigandeckfinishing@", 0.84, 1.04),
    ("CO", 0.44, 0.69),
    ("gmail.com", 0.84, 1.04),
    ("MICHIGAN DECK", 0.96, 0.88),
    ("REFINISHING LLC", 0.99, 0.73),
    ("Services", 1.0, 1.15),
    ("Deck Refinishing And", 1.0, 1.19),
    ("Deck Contruction.", 1.0, 1.15),
    ("Licensed And Insured", 1.0, 1.0),
]


# GAsecure/Insuranceadvisorgaurava, "assets/card.jpg": an Indian insurance agent's
# crowded card, 61 short lines; his mailbox spells his name at its end
INSURANCE_AGENT_SWEEP = [
    ("SCAN TO", 1.0, 0.9),
    ("GAURAV ARORA", 1.0, 2.6),
    ("SAVE & CONNECT", 0.99, 1.0),
    ("INSURANCE ADVISOR", 1.0, 1.17),
    ("Your Trust, Our Commitment.", 0.99, 1.37),
    ("Call / WhatsApp", 0.99, 1.07),
    ("Trusted Guidance,", 1.0, 0.9),
    ("Always with You", 1.0, 1.07),
    ("+91 85950 50607", 1.0, 1.37),
    ("Right Plan,", 1.0, 0.9),
    ("Right Choice", 0.99, 1.07),
    ("Scan QR to Save", 1.0, 1.0),
    ("insuranceadvisorgaurava@gmail.com", 1.0, 1.0),
    ("Secure Today,", 0.98, 1.2),
    ("Contact & Connect", 0.84, 1.0),
    ("Hassle-Free", 1.0, 0.9),
    ("Protected Tomorrow.", 1.0, 1.07),
    ("Claim Support", 0.97, 1.07),
    ("Serving Across India", 0.98, 1.07),
    ("100% Customer", 1.0, 1.07),
    ("Satisfaction", 1.0, 0.9),
    ("HEALTH", 1.0, 0.9),
    ("LIFE", 1.0, 0.9),
    ("MOTOR", 1.0, 0.9),
    ("INSURANCE", 1.0, 0.83),
    ("INSURANCE", 1.0, 0.83),
    ("INSURANCE", 1.0, 0.83),
    ("HOME", 1.0, 0.9),
    ("Secure your loved ones,", 1.0, 1.0),
    ("Drive safe,", 1.0, 0.9),
    ("Secure your health,", 1.0, 1.07),
    ("INSURANCE", 1.0, 0.9),
    ("Secure their future.", 0.98, 1.0),
    ("We've got you covered.", 1.0, 1.0),
    ("Secure your life.", 1.0, 1.07),
    ("Protect your home,", 1.0, 0.9),
    ("Protect your future.", 1.0, 0.83),
    ("OUR TRUSTED INSURANCE PARTNERS", 1.0, 1.0),
    ("Bupa", 0.84, 0.37),
    ("o", 0.59, 0.4),
    ("HRGC", 0.8, 2.43),
    ("policybazaar", 0.84, 1.2),
    ("ICICILombard", 0.84, 1.2),
    ("general", 0.84, 0.9),
    ("BAJAJAllianz", 0.84, 1.0),
    ("SBI", 0.84, 1.1),
    ("STAR", 0.84, 1.27),
    ("niva", 1.0, 1.27),
    ("Health", 1.0, 0.53),
    ("INSURANCE", 0.98, 0.53),
    ("GENERAL INSURANCE—", 0.96, 0.67),
    ("HAR FAMILY HOGI INSURED", 0.84, 0.9),
    ("SURAKSHA AUR BHAROSA DONC", 0.97, 0.67),
    ("Health Insura", 1.0, 0.67),
    ("nce Specialist", 0.84, 0.37),
    ("Take it easy!", 0.84, 1.07),
    ("ONE STOP SOLUTION FOR ALL YOUR INSURANCE NEEDS", 0.84, 1.0),
    ("Health", 1.0, 1.1),
    ("Life", 0.84, 1.7),
    ("Motor", 0.84, 1.27),
    ("Home", 1.0, 1.07),
]


# MrAkash920/OCR_Visiting_Card, data/business_cards/business_cards/Canon/011.jpg
# (Stanford's photos of cards on desks; no card of the set): a firm's card whose
# e-mail domain the OCR read one letter off its wordmark
BLUEWAVE_SWEEP = [
    ("BLUEWAVE", 1.0, 0.79),
    ("JIM WHITEHURST", 1.0, 0.69),
    ("Senior Vice President, People and Brand", 1.0, 0.79),
    ("Email: whitehurst@blurwave.com", 0.99, 1.0),
    ("Phone: 601-397-1239", 1.0, 1.04),
    ("601-397-1287", 1.0, 1.04),
    ("Fax:", 1.0, 1.04),
]


# MrAkash920/OCR_Visiting_Card, data/business_cards/business_cards/Canon/019.jpg
# (Stanford's photos of cards on desks; no card of the set): an owner's name, role and
# licence on one line
LICENSE_SWEEP = [
    ("FABRIKAM, INC.", 0.98, 1.07),
    ("Eric Rothenberg, Owner, License #M45678", 1.0, 1.0),
    ("57 N. Walnut Drive, Suite 120, New Orleans,", 0.99, 0.97),
    ("LA 12329", 0.94, 0.93),
    ("Phone (304) 555-0112·Fax (304) 555-0114", 0.84, 1.19),
]


# MrAkash920/OCR_Visiting_Card, data/business_cards/business_cards/Canon/029.jpg
# (Stanford's photos of cards on desks; no card of the set): a travel agency's card
TRAVEL_SWEEP = [
    ("WING Travel", 1.0, 2.3),
    ("Joey K. Smith", 1.0, 1.0),
    ("Managing director", 1.0, 0.96),
    ("T: 770-391-9071 F: 770-391-90", 0.84, 0.92),
    ("299 Newport Lane - Dunwoody, GA 30338", 0.99, 1.16),
    ("info@whitesandtravel.com", 1.0, 0.96),
]


# MrAkash920/OCR_Visiting_Card, data/business_cards/business_cards/Canon/033.jpg
# (Stanford's photos of cards on desks; no card of the set): an address whose
# first letter the OCR misread
GANDHI_SWEEP = [
    ("DAO", 0.29, 2.65),
    ("业", 0.37, 1.94),
    ("btnaccess", 1.0, 1.62),
    ("Beyond the Network Limited", 0.99, 1.0),
    ("Jimit Gandhi", 1.0, 1.12),
    ("20th Floor, East Exchange Tower", 0.99, 1.04),
    ("APEMEA", 1.0, 0.92),
    ("38 Leighton Road", 1.0, 1.0),
    ("0", 0.44, 0.81),
    ("Causeway Bay, Hong Kong", 1.0, 1.12),
    ("p", 0.84, 0.54),
    ("+91 22 5651 0827", 0.99, 1.0),
    ("f", 1.0, 0.46),
    ("+91 22 5651 0826", 0.99, 1.0),
    ("m", 0.84, 0.58),
    ("+91 98 2074 4226", 0.99, 1.0),
    ("e", 1.0, 0.46),
    ("igandhi@btnaccess.com", 1.0, 1.0),
    ("A PCCW company", 0.98, 1.0),
    ("W", 0.84, 0.54),
    ("www.btnaccess.com", 0.97, 1.0),
]


# MrAkash920/OCR_Visiting_Card, data/business_cards/business_cards/Canon/081.jpg
# (Stanford's photos of cards on desks; no card of the set): a video shop's card
MOVIES_SWEEP = [
    ("RED", 0.84, 4.62),
    ("DOOR", 1.0, 5.23),
    ("MovieS.com", 0.84, 2.35),
    ("Movie Rentals", 0.84, 1.0),
    ("and Sales", 0.97, 1.0),
    ("2123 El Camino Real", 0.84, 0.85),
    ("Palo Alto, CA 94306", 0.84, 0.85),
    ("(650) 330-1201", 0.84, 1.23),
    ("support@reddoormovies.com", 1.0, 0.94),
    ("www.reddoormovies.com", 1.0, 0.88),
]


# MrAkash920/OCR_Visiting_Card, data/business_cards/business_cards/Canon/086.jpg
# (Stanford's photos of cards on desks; no card of the set): a nail salon's
# card, its wordmark unread
NAIL_SPA_SWEEP = [
    ("国", 0.18, 2.53),
    ("488088", 0.63, 1.88),
    ("JRDELE", 0.64, 1.04),
    ("S", 0.8, 0.42),
    ("T", 0.39, 0.39),
    ("XaJOaK", 0.61, 1.76),
    ("o", 0.4, 0.62),
    ("S", 0.77, 0.45),
    ("I", 0.43, 0.42),
    ("emoore.", 0.6, 0.86),
    ("Folie", 0.84, 2.37),
    ("NAIL SPA", 1.0, 1.0),
    ("Phone: 650.322.8882", 0.84, 1.03),
    ("Fax: 650.322.8832", 0.84, 0.95),
    ("364 S. California Ave.", 0.84, 1.06),
    ("Palo Alto, CA 94306", 0.84, 1.0),
    ("www.LaJolieNailSpa.com", 1.0, 0.86),
]


# MrAkash920/OCR_Visiting_Card data/business_cards/business_cards/Canon/037.jpg
# (the Stanford set's Canon photos): a catering firm's card lying on an open book,
# its lines as the scan reads them once the card is cut out of the page
COHO_PAGE_SWEEP = [
    ("7记  p mg", 0.46, 1.26),
    ("COHO", 1.0, 1.95),
    ("atering", 0.84, 2.72),
    ("Great catering with prices you can afford!", 0.99, 1.0),
    ("Call now, ask for Rocio or Nelly 721-1234.", 0.98, 0.96),
    ("Or, fax your order now to 721-2300. Ordering", 0.84, 1.0),
    ("with us is as easy as 1234! On time delivery!", 0.84, 1.0),
    ("Phone (650) 721-1234 Fax (650) 721-2300", 0.98, 1.0),
    ("Email coho@stanford.edu Web coho.stanford.edu", 0.84, 0.96),
    ("Blog stanfordcoho.blogspot.com", 1.0, 0.93),
    ("459 Lagunita No. 1, Tresidder Union, Stanford, CA", 0.84, 1.0),
]
# the same set's 065.jpg: a Taiwanese graduate student's card on a magazine
TAIWAN_PAGE_SWEEP = [
    ("ES", 0.84, 0.54),
    ("Shih-Hsiang Lin, Graduate student", 0.84, 1.08),
    ("89", 0.84, 0.18),
    ("Department of Electrical and Control Engineering", 1.0, 1.08),
    ("National Chiao Tung University", 1.0, 0.93),
    ("ATs rks are", 0.63, 0.71),
    ("Engineering Buliding V", 0.99, 1.0),
    ("Room 615", 0.97, 0.93),
    ("Tel:886-3-5712121 ext 54306", 0.84, 0.75),
    ("1001 Ta Hsueh Road ,", 0.84, 1.0),
    ("Fax:886-3-57 15998", 0.84, 0.81),
    ("E-mail: shlin1983@gmail.com", 0.84, 0.86),
    ("Hsinchu , Taiwan , 300", 0.84, 1.08),
    ("Republic of China", 0.99, 1.0),
    ("be t一 e a t", 0.51, 1.17),
    ("n b as is", 0.76, 1.06),
]


# MrAkash920/OCR_Visiting_Card data/business_cards/business_cards/Canon/016.jpg:
# the capital I of the name read as a small l
GOLDSMITH_SWEEP = [
    ("Cambridge Logic Ltd.", 1.0, 1.57),
    ("Address: Queen's Road 125, CB3 4AU,", 0.84, 1.0),
    ("lan Goldsmith", 0.84, 1.0),
    ("Cambridge, UK", 0.84, 0.96),
    ("Hardware Engineer", 0.84, 1.04),
    ("Phone: +44 5858 269466", 0.84, 1.06),
    ("E-Mail:ian@cambridgelogic.co.uk", 0.84, 0.94),
]
# the same set's 024.jpg: a firm whose last word is "RESOURCES" over its
# person's name
GL_RESOURCES_SWEEP = [
    ("GL RESOURCES", 0.99, 0.92),
    ("Tom Hamilton", 0.84, 0.91),
    ("131 Main Street, York, YO1 5BU, United Kingdom", 0.99, 1.0),
    ("Phone: +44 2-133-4617 | Fax: +44 2-133-4618", 0.99, 1.25),
]


# MrAkash920/OCR_Visiting_Card data/business_cards/business_cards/Canon/048.jpg:
# a university's members' forum over a visiting scholar's name
FORUM_SWEEP = [
    ("STANFORD", 1.0, 1.48),
    ("COMPUTER FORUM", 1.0, 1.01),
    ("TOMOKAZU MARAKAMI", 0.98, 0.91),
    ("Visiting Scholar", 0.98, 1.13),
    ("Electrical Engineering", 0.84, 1.01),
    ("350 Serra Mall", 0.99, 0.94),
    ("Packard Bldg, Rm 235", 0.84, 0.91),
    ("Stanford, CA 94305-9510", 0.98, 0.91),
    ("Phone: 1.650.725.7076", 0.98, 1.0),
    ("Fax: 1.650.724.3648", 0.84, 0.91),
    ("E-mail: tmurakam@stanford.edu", 0.99, 1.0),
]
# the same set's 079.jpg: an Indian restaurant's card in Istanbul, its mailbox
# spelling its name, a street map on it
MUSAFIR_SWEEP = [
    ("MUSAFIR", 0.84, 0.96),
    ("INDIAN", 1.0, 0.84),
    ("Taksim", 0.84, 0.96),
    ("Geri", 0.74, 1.0),
    ("Ban", 0.84, 0.84),
    ("Kasi", 0.83, 0.47),
    ("Parla", 0.84, 1.0),
    ("Cd.", 0.84, 0.96),
    ("Tarlabaşı", 0.84, 1.07),
    ("Taksim", 1.0, 1.0),
    ("+Beşiktas", 0.84, 1.11),
    ("istiklal", 0.84, 1.11),
    ("Receppaşa Cd.No:7/C", 0.84, 1.67),
    ("Next to Crystal hotel", 1.0, 1.44),
    ("Talimhane Taksim / iSTANBUL", 0.98, 1.44),
    ("Tel:(+90) 212 235 27 41", 0.96, 1.56),
    ("Opening Hours:", 1.0, 1.58),
    ("Open everyday:11:00- 23:00", 0.84, 1.4),
    ("Sundays: 14:00 - 23:00", 0.95, 1.44),
    ("www. musafirindian.com", 0.84, 0.96),
    ("musafir@istanbul.com", 1.0, 0.91),
]


# JakubGarczarek/TrichoHolistic img/wizytowka.jpg: a Polish trichologist's
# practice, its mailbox spelling its name, "mgr" (a degree) before hers
TRICHO_SWEEP = [
    ("TRICHOHOLISTIC", 1.0, 1.0),
    ("GABINET TRYCHOLOGICZNY", 1.0, 1.0),
    ("TRYCHOLOGIA I PIELEGNACJA WŁOSÓW", 1.0, 1.0),
    ("mgr Pacierz Urszula", 1.0, 1.0),
    ("504 27 10 10", 1.0, 1.0),
    ("trichoholistic_kielce@onet.com.pl", 1.0, 1.0),
    ("ul. Klonowa 51 lok 2 25-553 Kielce", 1.0, 1.0),
]


# mukhtaransari86/Securegensystems, businesscard.png: the two sides of a card,
# the logo "SecureGen" over the name the domain spells in two lines
SECUREGEN_SWEEP = [
    ("SecureGen", 1.0, 1.3),
    ("Secure Gen", 0.97, 0.87),
    ("Systems", 1.0, 0.78),
    ("Systems", 1.0, 1.48),
    ("Secure Infrastructure. Scalable", 0.84, 1.04),
    ("Digital. Smarter Costs.", 0.98, 1.0),
    ("securegensystems.com", 1.0, 0.83),
    ("Mukhtar Ansari", 1.0, 1.39),
    ("Founder & CEO", 0.97, 1.04),
    ("Executive-led Security & Cloud", 0.99, 1.04),
    ("Transformation", 1.0, 1.0),
    ("+91 76667 33111", 0.99, 0.87),
    ("mukhtar@securegensystems.com", 1.0, 1.04),
    ("securegensystems.com", 1.0, 0.96),
    ("Schedule an executive review", 1.0, 1.0),
]


# rajiprem72/physiocure-clinic, images/visiting-card1.png: a Chennai clinic's card,
# the physiotherapist's degree after her name, the state and country on a line
PHYSIOCURE_SWEEP = [
    ("PHYSIOCURE CLINIC", 1.0, 2.26),
    ("PHYSIOTHERAPY ·REHABILITATION ·RECOVERY", 0.84, 0.97),
    ("S. R RAJI B.P.T", 0.98, 1.49),
    ("Physiotherapist", 1.0, 1.28),
    ("#26/15B, Periyar Main Road,", 0.98, 0.97),
    ("Sreenivasa Nagar, Padi, Chennai -600050,", 1.0, 1.05),
    ("Tamil Nadu, India", 0.98, 1.0),
    ("Mobile :- +91 9884486607", 0.98, 0.97),
    ("Email :- rajipremanandhan@gmail.com", 0.99, 1.0),
    ("Website :- https://physiocure-clinic.com", 0.99, 1.0),
]


# MustajabShaikh/nm_engineers, img/visiting_card.jpg: an Ahmedabad valve maker's card
NM_ENGINEERS_SWEEP = [
    ("Mohammed Usman", 1.0, 1.14),
    ("M.+91 9974214669", 0.84, 0.95),
    ("+91 9825507033", 1.0, 1.0),
    ("N.M. Engineers", 0.84, 2.55),
    ("20", 0.53, 12.73),
    ("Valves | Automation | Pneumatic | Fittings", 0.84, 1.09),
    ("MANUFACTURE & SUPPLIER OF INDUSTRIAL VALVES", 1.0, 0.77),
    (
        (
            "31, Ghansyam Estate, Nr. Kashiram BRTS Bus Stand, Narol, Ahmedabad, "
            "Gujarat - 382405"
        ),
        0.99,
        1.0,
    ),
    ("E-mail : nm.engineers2002@gmail.com", 1.0, 0.95),
]


# komal-k2005/Shree-Ram-Washing-Machine-Repair-and-Service,
# images/business_card.png: a Pune repair shop's card, its name over its trades
SHRI_RAM_SWEEP = [
    ("9604064825", 1.0, 0.88),
    ("Washing machine repairing", 1.0, 1.0),
    ("SHRI RAM", 0.98, 1.46),
    ("Refrigerator repairing", 0.98, 1.0),
    ("S", 0.84, 3.25),
    ("Microwave repairing", 0.99, 0.88),
    ("ENTERPRISES", 1.0, 1.17),
    ("shriramenterprises25@gmail.com", 1.0, 0.96),
    ("ALL TYPE HOME APPLIANCE", 0.98, 0.83),
    ("www.shriramenterprises.com", 1.0, 0.83),
    ("Amar Serenity Condominium Complex,", 0.97, 1.0),
    ("Shop No. 4, 411045", 1.0, 1.0),
    ("SERVICE YOU TRUST, COMFORT YOU DESERVE.", 0.99, 0.88),
]


# rrazik487/e-visiting-card, visiting_card.jpg: a Dindigul coir maker's card, its
# initials as a large logo over the rest of its name
SMR_AGRO_SWEEP = [
    ("GSTIN : 33DNKPS7481H1ZF", 0.84, 0.72),
    ("98421 90216", 0.99, 1.0),
    ("70105 83881", 0.97, 1.0),
    ("SMR", 1.0, 6.28),
    ("Agro Derivatives", 0.98, 2.31),
    ("Mft. Coconut Coir & Coir Pith Products", 0.99, 1.07),
    ("31/1B, Vanchioddaipatty, Old Karur Road, Dindigul - 624005.", 1.0, 0.97),
    ("smragro2020@gmail.com", 1.0, 0.9),
    ("区", 0.4, 0.55),
]


# Machiry/machiry.github.io, images/businesscard.jpg: a Santa Barbara doctoral
# student's card, his role at his lab on one line
SECLAB_SWEEP = [
    ("Aravind Machiry", 1.0, 1.27),
    ("PhD Candidate @ SecLab", 0.99, 0.88),
    ("Department of Computer Science", 1.0, 0.88),
    ("machiry@cs .ucsb.edu", 0.84, 1.0),
    ("University of California", 1.0, 1.0),
    ("machiry.github.io", 1.0, 0.85),
    ("Santa Barbara, CA 93106", 1.0, 0.85),
    ("(678) 907 7128", 0.97, 1.0),
]


# MoetezKhemissi/Portfolio, images/businesscard.jpg: a Tunisian software
# engineer's own card
KHEMISSI_SWEEP = [
    ("Khemissi Moetez", 0.99, 1.47),
    ("Software engineer", 0.97, 1.0),
    ("+216-55602457", 1.0, 0.92),
    ("Khemissimoetez@gmail.com", 1.0, 1.08),
    ("www.khemissimoetez.tech", 1.0, 0.89),
]


# vtvh/icttm-test, namecard.jpg: a Vietnamese developer's card
VIET_HAI_SWEEP = [
    ("VIÊT HÅI", 0.9, 2.12),
    ("IT DEVELOPER", 1.0, 1.06),
    ("+84 89.9559.100", 0.99, 0.96),
    ("vu.tran.viet.hai@gmail.com", 1.0, 1.0),
    ("曲", 0.8, 0.76),
    ("viethai.io.vn", 0.84, 0.96),
]
# tdhckmn/cozy-nerd, assets/images/business-card.png: a Detroit consultant's card,
# his name printed with a slash between its words
COZY_NERD_SWEEP = [
    ("COZY/NERD", 0.84, 2.36),
    ("JAMES/WRIGHT", 1.0, 1.48),
    ("AI FOR EVERYDAY FOLKS", 0.84, 0.79),
    ("DETROIT-BASED MILLENNIAL FUTURIST", 0.99, 0.79),
    ("(734) 752-1190", 0.84, 1.0),
    ("COZYNERD.CONSULTING@GMAIL.COM", 1.0, 0.88),
]
# Nurul-GC/Nurul-GC, img/businesscard(2).png: an Angolan developer's card, his
# name in a script the OCR read in pieces, a number for each country
ARTESGC_SWEEP = [
    ("Nurul", 0.84, 1.72),
    ("osny", 0.84, 1.25),
    ("par", 0.84, 0.88),
    ("arvalho", 0.84, 1.62),
    ("ArtesGC, Inc.", 0.98, 0.84),
    ("Telf. SA: +27 735 550 878", 0.96, 1.0),
    ("Telf. AO: +244 925 330 896", 0.96, 0.94),
    ("Email: nuruldecarvalho@gmail.com", 0.99, 1.0),
    ("Website: https://artesgc.home.blog", 1.0, 1.09),
]
# octaflop/luckybead, static/img/portfolio/gachet/business-cards/
# programming-light-bc.png: a Vancouver gallery's card, its number and web
# address on one line
GACHET_SWEEP = [
    ("Lara Fitzgerald", 1.0, 0.95),
    ("Programming Director", 1.0, 1.0),
    ("gallery", 0.84, 1.11),
    ("programming@gachet.org", 0.84, 1.0),
    ("gachet", 0.84, 1.32),
    ("Art is 4 maans -f-- surrrva}.", 0.84, 1.05),
    ("7.1,20", 0.84, 0.79),
    ("6046872468www.gachet.org", 0.84, 1.0),
    ("V6A 1K2", 0.84, 0.95),
    ("88 East Cordova  Vancouver Bč", 0.84, 1.05),
]


# addy-wilson/addy-wilson.github.io, images/businesscard.png: a student's own
# card, her name over two lines
ADDY_SWEEP = [
    ("ADDY", 1.0, 2.11),
    ("WILSON", 1.0, 2.11),
    ("STUDENT", 1.0, 1.0),
    ("addywilson42@gmail.com", 1.0, 0.86),
    ("addywil.github.io", 1.0, 0.89),
]
# apoch1/Suehiro, img/business-card.png: a Utah restaurant's card, photographed
SUEHIRO_SWEEP = [
    ("Suehiro Japanese Restaurant", 1.0, 0.95),
    ("Traditional Japanese Cuisine", 0.99, 0.83),
    ("Miwa", 1.0, 1.05),
    ("Yamada", 0.84, 1.05),
    ("(山田", 0.84, 1.12),
    ("美和)", 0.84, 1.22),
    ("6933 S 1300 E", 0.96, 0.86),
    ("Cottonwood Heights,", 1.0, 0.95),
    ("UT 84047", 1.0, 0.95),
    ("Phone: (801) 255-1089", 1.0, 1.0),
    ("Cell: (801) 597-6681", 0.97, 1.03),
    ("Email: suehirorestaurant.slc@gmail.com", 0.84, 0.91),
]


# AndyFanshawe/lowcamaro, img/business%20card.png: a Chesterfield car
# restorer's card, the shop named after its owner
AAK_SWEEP = [
    ("Andy's American Kustoms (AAK)", 1.0, 1.43),
    ("Custom builds", 1.0, 1.0),
    ("Any make of car restored.", 0.98, 1.05),
    ("Restorations", 1.0, 1.0),
    ("British, American,", 1.0, 1.0),
    ("Servicing", 1.0, 1.14),
    ("Japanese.....", 0.84, 1.0),
    ("Diagnostics", 1.0, 1.14),
    ("Andy Fanshawe", 1.0, 1.29),
    ("Unit 4", 1.0, 1.05),
    ("Whitting Valley Road", 0.99, 0.95),
    ("Old Whittington", 1.0, 1.0),
    ("S41 9EY", 0.94, 0.95),
    ("07833 967239", 1.0, 1.0),
    ("andyfanshawe@aol.com", 1.0, 0.95),
    ("www.lowcamaro.com", 1.0, 0.9),
]


# MubashirAndrabi/mubashirandrabi.github.io, images/Businesscardillustrator-min.png:
# a Srinagar calligrapher's card
CALLIGRAPHY_SWEEP = [
    ("MUBASHIR ANDRABI", 0.84, 1.58),
    ("CALLIGRAPHIST", 0.84, 1.0),
    ("220 East, Malaratta Nowhatta Srinagar", 1.0, 1.07),
    ("Kashmir, 190001", 0.99, 1.07),
    ("+91 959642585", 1.0, 0.96),
    ("mubashir.andrabi@kawish.com", 1.0, 1.0),
    ("www.Kawish.com", 0.84, 0.96),
]
# Drainbead/gardening-website, images/mycard.jpg: a Peterborough gardener's card
GARDENER_SWEEP = [
    ("Ben Atkins", 1.0, 1.32),
    ("Gardener", 0.96, 1.23),
    ("Peterborough bosed", 0.84, 0.88),
    ("07525566 934", 0.84, 1.0),
    ("bcogordeningservice@gmail.com", 0.84, 0.82),
    ("public liobility insurance covered", 0.84, 0.75),
]


# Raj-Motta/OCR-Business_Card_Reader, Version Final/Selected/036.jpeg: a
# Stanford professor's card, his degrees after his name
STANFORD_CVI_SWEEP = [
    ("Stanford", 1.0, 1.6),
    ("Stanford", 0.84, 1.45),
    ("MEDICINE", 1.0, 1.0),
    ("Cardiovascular Institute", 0.84, 1.15),
    ("Joseph C. Wu, MD, PhD", 1.0, 1.25),
    ("Director, Stanford Cardiovascular Institute", 1.0, 1.15),
    ("Professor Medicine (Cardiology) & Radiology", 1.0, 1.15),
    ("265 Campus Drive, G-1120B", 1.0, 1.0),
    ("Tel: (650) 736-2246", 1.0, 1.0),
    ("Stanford, CA 94305, MC-5454", 0.99, 0.95),
    ("Fax: (650) 736-0234", 1.0, 1.0),
    ("http://wulab.stanford.edu", 1.0, 0.95),
    ("CVI: (650) 725-7964", 1.0, 0.95),
    ("e-mail: joewu@stanford.edu", 1.0, 1.0),
    ("http://cvi.stanford.edu", 0.99, 1.0),
]
# Raj-Motta/OCR-Business_Card_Reader, Version Final/Selected/055.jpeg: a Long
# Island solar installer's card, its firm under a product's logo
SOLAR_UNIVERSE_SWEEP = [
    ("Jack Bolel", 1.0, 1.21),
    ("Senior Sales Executive", 0.84, 1.0),
    ("7470 Sound Avenue", 0.97, 1.03),
    ("Mattituck, NY 11952", 0.84, 1.03),
    ("POWER", 0.84, 1.74),
    ("RE", 1.0, 1.88),
    ("Office: 631.240.0999", 0.84, 0.94),
    ("BY SOLAR UNIVERSE", 0.97, 0.71),
    ("Mobile: 631.533.9399", 0.84, 0.94),
    ("Fax: 631.466.5200", 0.84, 1.0),
    ("jbolel@solaruniverse.com", 1.0, 0.88),
    ("52689-ME", 1.0, 0.79),
    ("www.solaruniverse/eastendli.com", 1.0, 1.0),
]
# Raj-Motta/OCR-Business_Card_Reader, Version Final/Selected/074.jpeg: a Lahore
# printer's card, its proprietor's role misspelt
BHATTI_SWEEP = [
    ("M.Ali Bhatti", 0.99, 1.08),
    ("Propritor", 1.0, 1.1),
    ("SPECIALIST IN", 0.98, 0.78),
    ("Bhatti +", 0.96, 1.86),
    ("GOLD JEWELLERY BOOKS", 1.0, 0.75),
    ("DIGITAL PHOTOGRAPHY", 1.0, 0.75),
    ("Bhatti", 1.0, 1.88),
    ("DESIGNING AND PRINTING", 1.0, 0.75),
    ("PRINTERS", 1.0, 0.84),
    ("米", 0.8, 1.61),
    ("米", 0.84, 2.47),
    (
        "C-68, Siraj Shaheed Street, Gumti Bazar Near Rang Mahal Lahore, Pakistan.",
        0.99,
        0.84,
    ),
    ("Ph: +92-42-7633218, 7641617 Fax: +92-42-7633218", 0.84, 0.88),
    (
        "Cell: +92-321-4028150, +92-346-4088388 Email: bhatti_london@yahoo.co.uk",
        0.84,
        1.0,
    ),
]
# Raj-Motta/OCR-Business_Card_Reader, Version Final/Selected/097.jpeg: a
# Havelian college's card, its designer's site at the foot
IMPERIAL_SWEEP = [
    ("Tahir Ishaq Qureshi", 1.0, 1.0),
    ("Managing Director", 1.0, 1.05),
    ("0992 810930", 0.84, 0.79),
    ("0333 5030930", 0.84, 0.89),
    ("IMPERIAL", 1.0, 1.53),
    ("info@imperialcollege.edu.pk", 0.98, 1.0),
    ("IMPERIAL", 0.84, 1.74),
    ("COLLEGE OF TECHNOLOGY", 0.98, 0.95),
    ("COLLEGE OF TECHNOLOGY", 0.99, 1.0),
    ("Near Masjid Al-Ahad", 1.0, 0.95),
    ("Haripur Road, Havelian", 0.99, 0.84),
    ("Designed By www.webcomforts.com", 0.99, 1.11),
]


# Raj-Motta/OCR-Business_Card_Reader, Version Final/Selected/129.jpeg: a
# Hyderabad insurance officer's card, scanned with a phone app that printed its
# mark on it
LIC_OFFICER_SWEEP = [
    ("(0):7152182", 0.84, 0.98),
    ("7152171", 1.0, 0.92),
    ("(R) : 3000324", 0.84, 1.04),
    ("Y.V. Siva Kumar M.A., LL.B.,", 0.84, 1.38),
    ("Development Officer", 1.0, 0.98),
    ("Life Insurance Corporation of India", 0.84, 1.46),
    (
        "Office : City Branch-XIl, Street No. 4, Habsiguda, Hyderabad - 500 007.",
        0.84,
        1.0,
    ),
    ("Ress:PlotNO254, Telecom Nagar, Gachi Bowli, Hyderabad- 500 032.", 0.84, 0.98),
    ("CamScanner", 0.84, 0.81),
]
# Raj-Motta/OCR-Business_Card_Reader, Version Final/Selected/178.jpeg: a
# Hyderabad structural engineer's card, her degrees under her name
STRUCTURES_SWEEP = [
    ("Er. Anita Devi Bonala", 0.84, 1.07),
    ("B.E. Civil, M.I.E.", 0.84, 1.0),
    ("M. Tech Structures", 0.99, 1.0),
    ("Ph.D. (Structures)", 1.0, 1.0),
    ("∈shana", 0.84, 2.91),
    ("GHMC Licenced Structural Er.", 0.99, 1.0),
    ("Regd. No. 17", 0.98, 1.12),
    ("Architects & Structural Engineers", 0.99, 1.19),
    ("Cell: 9951 2222 36", 0.84, 0.98),
    ("Ph: 040-48530445", 0.84, 0.98),
    ("Office Address 3-5-3, Vivekananda Nagar, Kukatpally, Hyd-72.", 0.99, 1.33),
    ("mailanita.bonala@gmail.com - Email: eshanaprojects@gmail.com", 0.84, 1.53),
    ("CS", 1.0, 0.91),
    ("r", 0.25, 0.35),
    ("CamScanner", 0.84, 0.77),
]
# Raj-Motta/OCR-Business_Card_Reader, Version Final/Selected/162.jpeg: a
# Melbourne professor's card, his street without a number
SWINBURNE_SWEEP = [
    ("Professor Emad Gad", 1.0, 1.18),
    ("Chair of Department of Civil and", 0.97, 1.04),
    ("Construction Engineering", 1.0, 1.0),
    ("CRICOS Provider 00111D", 1.0, 0.88),
    ("SWIN", 0.93, 2.35),
    ("SWINBURNE", 0.84, 0.94),
    ("UNIVERSITY OF", 1.0, 0.98),
    ("BUR", 1.0, 2.39),
    ("TECHNOLOGY", 0.84, 0.94),
    ("NEd", 0.84, 2.88),
    ("with", 0.84, 1.08),
    ("Faculty of Science, Engineering and", 1.0, 1.08),
    ("Technology", 1.0, 1.08),
    ("School of Engineering", 1.0, 1.04),
    ("John Street Hawthorn", 0.99, 0.94),
    ("Victoria 3122 Australia", 1.0, 0.9),
    ("Mail H38", 1.0, 1.27),
    ("PO Box218 Hawthorn", 0.84, 0.94),
    ("Victoria3122 Australia", 0.84, 1.0),
    ("Telephone +613 9214 8210", 0.84, 0.9),
    ("Facsimile +61 3 9214 8264", 0.84, 1.04),
    ("Mobile +61 413 175 650", 0.84, 0.84),
    ("Email egad@swin.edu.au", 0.84, 1.0),
    ("www.swinburne.edu.au", 1.0, 0.94),
]
# Raj-Motta/OCR-Business_Card_Reader, Version Final/Selected/155.jpeg: a
# Bangalore software director's card, scanned with a phone app
ORACLE_SWEEP = [
    ("ORACLE", 1.0, 1.55),
    ("Oracle India Private Limited", 1.0, 0.89),
    ("Prestige Technology Park", 1.0, 1.02),
    ("Mercury Block 2B, Lvl 7-9, #29", 1.0, 1.0),
    ("Sarjapur Marthahalli Ring Road", 0.97, 0.89),
    ("Bangalore, Karnataka - 560 103", 0.99, 1.0),
    ("CSINDinned with", 0.84, 1.32),
    ("CamScanner", 0.84, 0.7),
    ("CHANDRASEKHAR PATARLAPALLI, PMP ®", 0.84, 1.0),
    ("Director", 1.0, 0.93),
    ("JD Edwards EnterpriseOne", 0.84, 1.02),
    ("phone +91 80 40298952", 0.96, 1.02),
    ("mobile +91.98 80594936", 0.84, 0.89),
    ("+91 80 40296480", 0.96, 0.89),
    ("fax", 1.0, 0.95),
    ("chandrasekhar.patarlapalli@oracle.com", 0.99, 1.0),
    ("oracle.com", 1.0, 0.93),
]


# Raj-Motta/OCR-Business_Card_Reader, Version Final/Selected/256.jpeg: a
# Hyderabad space agency scientist's card, three initials before his name
NRSC_SWEEP = [
    ("ro", 0.54, 0.6),
    ("eli", 0.84, 0.84),
    ("SART", 0.83, 1.98),
    ("isro", 0.99, 1.91),
    ("Dr. K.H.V. Durga Rao", 1.0, 1.28),
    ("Head, Disaster Management Support Division", 0.99, 0.98),
    ("National Remote Sensing Centre", 1.0, 1.16),
    ("Indian Space Research Organisation", 0.99, 1.16),
    ("Department of Space, Government of India", 1.0, 0.98),
    ("Balanagar, Hyderabad - 500 037, Telangana, India", 1.0, 0.98),
    ("Tel (0ff.): +91 40 23884541 / 4232", 0.84, 1.06),
    ("Fax", 1.0, 0.94),
    (": +91 40 23870445 / 23774271", 0.84, 0.98),
    ("Mobile", 1.0, 1.04),
    (": +91 9440583027", 0.95, 0.98),
    ("e-mail", 1.0, 0.94),
    (": durgarao_khv@nrsc.gov.in", 0.99, 1.06),
    ("khvdurgarao@yahoo.com", 0.84, 1.0),
]
# Raj-Motta/OCR-Business_Card_Reader, Version Final/Selected/284.jpeg: a
# Chittagong pharmaceutical firm's card
READYSUN_SWEEP = [
    ("MD. AHASANUL KARIM", 0.99, 1.1),
    ("REGIONAI SALES MANAGER", 0.98, 0.9),
    ("01755080945", 1.0, 0.95),
    ("勿", 0.13, 0.86),
    ("01813543183", 1.0, 1.0),
    ("THE READYSUN", 0.99, 2.38),
    ("PHARMACEUTICALS LIMITED (UNANI).", 1.0, 0.9),
    ("Office : Qawsar al-Mawa, Road-7", 0.98, 1.05),
    ("House : x53, Block : A, R/A, Chittagong.", 0.95, 1.1),
]


# Raj-Motta/OCR-Business_Card_Reader, Version Final/Selected/010.jpeg: a
# Texas clarinettist's card
CLARINET_SWEEP = [
    ("Dr. Michael Dean", 0.97, 1.49),
    ("Clarinet Performing", 1.0, 1.0),
    ("Teaching and Consulting", 1.0, 1.05),
    ("682.888.7639", 1.0, 1.19),
    ("clarinetmike.com", 1.0, 0.88),
    ("clarinetmike.wordpress.com", 1.0, 0.93),
    ("clarinetmiketexas @ yahoo.com", 0.84, 0.86),
]


# Raj-Motta/OCR-Business_Card_Reader, Version Final/Selected/241.jpeg: a
# Chennai project firm's manager's card, his one name over his role
INFINITY_SWEEP = [
    ("Ravikumar", 1.0, 1.0),
    ("Manager", 1.0, 1.03),
    ("InfinityPMC", 1.0, 0.71),
    ("InfinityPMC Private Limited", 1.0, 1.69),
    (
        (
            "WorkHub@Axis,No 27, Vellalar Street, 4th Floor, Adambakkam,Chennai - 600 "
            "088. Landmark: Above HDFC Bank Ltd"
        ),
        0.84,
        0.98,
    ),
    (
        (
            "Mobile: 97890 96485 |Email: ravikumar@infinitypmc.co.in "
            "|Websitewww.infinitypmc.co.in"
        ),
        0.84,
        0.98,
    ),
]


# Raj-Motta/OCR-Business_Card_Reader, Version Final/Selected/014.jpeg: a
# Moradabad phone shop's card, its proprietor named after his role
SHYAM_SWEEP = [
    ("マTETマTET", 0.67, 1.18),
    ("マTET マTET", 0.74, 1.18),
    ("Mob:-8445790640", 1.0, 1.02),
    ("Prop. Sonu", 0.96, 1.07),
    ("9997013121", 1.0, 0.91),
    ("Monu", 1.0, 1.0),
    ("Communication", 0.84, 2.13),
    ("Shyam", 0.84, 2.4),
    ("All Kind of Mobile Repairing,Mobile Recharge, Charger, Earphones,", 0.84, 1.0),
    ("Mobile Covers,Tampered, Downloading, Photostate,", 0.84, 0.96),
    ("& Any kind of Online Works.", 0.84, 1.0),
    ("Qanoon Goyan Falz GunJ, Moradabad-244001", 0.84, 0.91),
    ("Add:-", 0.84, 0.78),
]
# Raj-Motta/OCR-Business_Card_Reader, Version Final/Selected/070.jpeg: a
# Godavarikhani printer's card, its state at the foot
ABHAYA_SWEEP = [
    ("ABHAYA ADS", 1.0, 1.75),
    ("Multicolour Flex Printing & Hoardings", 1.0, 1.35),
    ("9949305965", 0.84, 1.19),
    ("Office:", 0.84, 1.0),
    ("abhayaads@gmail.com", 1.0, 1.11),
    ("Opp: Jyothi Dry Cleanning", 1.0, 0.73),
    ("Laxminagar, GODAVARIKHANI,", 1.0, 0.65),
    ("www.abhayaads.com", 1.0, 1.08),
    ("Karimnagar Dist -505209", 1.0, 0.79),
    ("Telangana State.", 1.0, 0.73),
]


# Raj-Motta/OCR-Business_Card_Reader, Version Final/Selected/164.jpeg: a
# Hyderabad builder's card, his degree after his role
WONDER_SWEEP = [
    ("Mobile : 9246538840", 0.84, 1.0),
    ("L. Krishna Reddy", 0.84, 1.73),
    ("Ph. : 27666972", 0.84, 1.04),
    ("Managing Director B.E. Civil", 0.99, 1.0),
    ("WONDER AVENUES (P) LTD.", 1.0, 1.53),
    ("bai", 0.73, 0.95),
    ("1-9-630/1, 3rd Floor, Vidyanagar, Hyderabad - 44.", 0.84, 1.05),
    ("井", 0.56, 0.55),
    ("CamScanner", 1.0, 0.78),
]


# HikaruGyoji/business-card, img/business-card-ura.png: a Japanese web
# engineer's card, its back printed as markup
MARKUP_SWEEP = [
    ("O", 0.81, 0.94),
    ("i", 0.84, 0.98),
    ("Profile.info ×", 0.84, 1.1),
    ("1", 0.99, 0.52),
    ("<profile>", 0.99, 1.17),
    ("2", 1.0, 0.85),
    ("<title>Web Engineer</title>", 0.99, 1.06),
    ("3", 1.0, 0.81),
    ("<name>Hikaru Gyoji</name>", 0.84, 0.94),
    ("4", 1.0, 0.75),
    ("<mail>hikarugyoji@gmail.com</mail>", 1.0, 1.19),
    ("5", 1.0, 0.88),
    ("<x>@HikaruGyoji</x>", 1.0, 1.04),
    ("6", 1.0, 1.0),
    ("<instagram>hikarugyoji</instagram>", 1.0, 1.1),
    ("7", 1.0, 0.88),
    ("<github>HikaruGyoji</github>", 1.0, 1.1),
    ("8", 1.0, 0.94),
    ("<url>https://hikarugyoji.github.io/portfolio</url>", 1.0, 1.17),
    ("9", 1.0, 0.79),
    ("</profile>", 1.0, 1.12),
    ("10", 1.0, 1.1),
]


# Raj-Motta/OCR-Business_Card_Reader "Version Final/Selected/257.jpeg": a
# business manager's card from Hyderabad, its address read in two columns
_CAPRICOT_257 = [
    ("M: +91 93460 39220", 0.99, 0.98),
    ("E: francis.a@capricot.com", 0.99, 1.0),
    ("P: +91 40 6663 9371/ 73", 0.99, 0.88),
    ("F: +91 40 6663 9372", 1.0, 0.88),
    ("capricot.com", 1.0, 0.98),
    ("capricot", 1.0, 2.41),
    ("Capricot Technologies Pvt. Ltd.", 0.99, 1.1),
    ("Unit no.7 & 8, 4th Floor", 0.98, 0.98),
    ("'DownTown - The Mall'", 0.84, 0.98),
    ("Francis.A", 1.0, 1.16),
    ("6-2-27/A, 6-2-28, Beside Lotus", 0.98, 0.98),
    ("Business Manager", 1.0, 1.16),
    ("Hospital , Lakdikapul", 0.98, 1.0),
    ("Education Solutions", 1.0, 1.0),
    ("Hyderabad 500 004, India", 1.0, 1.0),
    ("Bangalore  New Delhi  Mumbai | Hyderabad", 0.84, 1.19),
]


def _parse(lines, region="US", leave_out=()):
    """The card as the scan parses the real card's ``lines``, without the lines
    of ``leave_out`` (another card of the same kind, which does not print
    them)."""
    lines = [line for line in lines if line[0] not in leave_out]
    return parse_card_text(
        "\n".join(text for text, _sure, _height in lines),
        region,
        line_confidence={text: sure for text, sure, _height in lines},
        line_heights={text: height for text, _sure, height in lines},
    )


# 371.jpg, a Kayseri firm's card, as the OCR reads it: the surname printed
# without its marks ("SAGIR", as the e-mail spells it)
MEISSA_371 = (
    (
        "Sansel SAGIR\nGeneral Manager\nMEISSA\nMEYSA A.Ş.\n"
        "Gsm :+90 532 201 33 73\nsansel.sagir@meissa.com.tr"
    ),
    "TR",
    None,
    None,
    {"Sansel SAGIR": 1.23, "MEISSA": 2.08},
)


def _generated(script):
    """What ``content()`` of the word-list ``script`` gives, made in a process
    of its own: wordfreq's lists of 19 languages take hundreds of MB, which
    this process (its address space capped by Odoo) must not keep."""
    code = (
        "import importlib.util, sys\n"
        "spec = importlib.util.spec_from_file_location('build', sys.argv[1])\n"
        "module = importlib.util.module_from_spec(spec)\n"
        "spec.loader.exec_module(module)\n"
        "sys.stdout.buffer.write(module.content())\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(script)],
        capture_output=True,
        check=True,
        timeout=600,
    )
    return done.stdout


class TestRealCardText(MtapCommon):
    """Issue 33: the parser's rules on the text the scan read on real cards.
    Where a rule is about a card that lacks a line, the real card's text is
    given without it."""

    def test_a_tagline_is_never_the_company_or_the_name(self):
        card = _parse(YOKOGAWA_13)
        self.assertEqual(card["company"], "Yokogawa Middle East & Africa B.S.C. (c)")
        self.assertEqual(card["name"], "Laxminarayana Rai")
        card = _parse(ROYAL_CARGO_15)
        self.assertEqual(card["company"], "Royal Cargo Vietnam Co.,Ltd.")
        self.assertEqual(card["name"].casefold(), "nguyen van tuan")
        self.assertNotIn("We deliver", card["name"] + card["company"] + card["title"])

    def test_the_domain_spelled_whole_is_a_sure_company(self):
        card = _parse(COMPASS_23)
        self.assertEqual(card["company"], "Compass Freight & Logistics")
        self.assertEqual(card["emails"][0][0], "majd@compass-freight.net")
        self.assertNotIn("company", low_confidence_fields(card))

    def test_the_cards_own_domain_over_its_groups(self):
        """A card that prints its group's web address after its own: the
        group's name is no company unless nothing else is, and then checked."""
        card = _parse(CEEKAY_19)
        self.assertEqual(card["company"], "CEEKAY SHIPPING SDN BHD")
        self.assertNotIn("company", low_confidence_fields(card))
        self.assertIn("PAREKHGROUP", card["note"])
        # without the e-mail, the first web address is the card's own
        card = _parse(CEEKAY_19, leave_out=["Email: projects.sea@ceekayshipping.com"])
        self.assertEqual(card["company"], "CEEKAY SHIPPING SDN BHD")
        card = _parse(
            CEEKAY_19,
            leave_out=[
                "Email: projects.sea@ceekayshipping.com",
                "CEEKAY SHIPPING SDN BHD",
            ],
        )
        self.assertIn("company", low_confidence_fields(card))

    def test_a_part_of_the_domain_is_a_company_to_check(self):
        """A wordmark the card prints alone, or the OCR cut short, spells only a
        part of the domain: the company, shown to be checked."""
        card = _parse(COMPASS_23, leave_out=["Freight & Logistics"])
        self.assertEqual(card["company"], "Compass")
        self.assertIn("company", low_confidence_fields(card))

    def test_company_words_alone_are_a_company_to_check(self):
        """Without an e-mail or web address to match and without a legal form,
        a large line of company words may be a line of services."""
        card = _parse(COMPASS_23, leave_out=["Compass", "majdocompass-freight.net"])
        self.assertEqual(card["company"], "Freight & Logistics")
        self.assertLess(card["confidence"]["company"], LOW_CONFIDENCE)
        self.assertIn("company", low_confidence_fields(card))

    def test_a_department_is_no_name(self):
        card = _parse(YOKOGAWA_13, leave_out=["Laxminarayana Rai"])
        self.assertNotEqual(card["name"], "SCM Division")
        self.assertEqual(card["title"], "Sourcing Department Head SCM Division")
        # nor "L Rai" from "l.rai@": an initial and a surname are no name to
        # give; the form leaves it empty
        self.assertEqual(card["name"], "")

    def test_a_street_is_no_name_and_a_verse_no_company(self):
        card = _parse(OPTICA_29, region="BR")
        self.assertEqual(card["name"], "")
        self.assertNotIn("Itaquera", card["company"])
        self.assertNotIn("possível", card["company"])
        self.assertEqual(card["emails"][0][0], "oticadajo2014@hotmail.com")

    def test_a_wordmark_in_lower_case(self):
        """Card 29's large wordmark, "optica da jo" as PP-OCRv6 reads it (the
        older reader glued it), runs in lower case but spells the free mail
        address's name one letter off: the company, to be checked; the lower-case
        line of what the shop sells is none."""
        lines = [
            ("optica da jo", 0.84, 2.36) if text == "opticadajo" else line
            for line in OPTICA_29
            for text in line[:1]
        ]
        card = _parse(lines, region="BR")
        self.assertEqual(card["company"], "optica da jo")
        self.assertIn("company", low_confidence_fields(card))
        card = parse_card_text("optica da jo\n3569-6905\n", "BR")
        self.assertFalse(card["company"])

    def test_a_free_mail_address_whose_at_was_misread(self):
        """Whatever letter the OCR read for the "@" before a free mail
        provider's domain, the address is found, to be checked."""
        card = _parse(NOGUEIRA_27, region="BR")
        self.assertEqual(card["emails"][0][0], "ricknog39@gmail.com")
        self.assertIn("email", low_confidence_fields(card))
        self.assertEqual(card["name"], "Ricardo Nogueira")
        # a web address ending in a word that is a mail provider's is no e-mail
        card = parse_card_text("Nina Berg\ncargoweb.de\n", "DE")
        self.assertEqual(card["emails"], [])
        self.assertEqual(card["urls"], ["https://cargoweb.de"])

    def test_a_qr_link_elsewhere_is_not_the_website(self):
        # the web address shares its line with the e-mail: its "www." is no
        # "www:" label
        card = _parse(YOKOGAWA_13)
        self.assertEqual(card["urls"], ["https://www.yokogawa.com/bh"])
        # the card's QR code points to a link service: not the card's own site
        self.assertFalse(is_own_site(card, "https://qrco.de/bd9W7S"))
        self.assertTrue(is_own_site(card, "https://www.yokogawa.com/bh/contact"))

    def test_a_given_name_tells_the_name_from_a_line_of_services(self):
        """Two capitalised words may be a person or a service ("Links
        Patrocinados"): with no e-mail that spells the name and no line printed
        larger, the line that holds a known given name is the name, checked."""
        flat = [(text, sure, 1.0) for text, sure, _height in NOGUEIRA_27]
        card = _parse(flat, region="BR", leave_out=("ricknog39dgmail.com",))
        self.assertEqual(card["name"], "Ricardo Nogueira")
        self.assertIn("name", low_confidence_fields(card))
        self.assertIn("Links Patrocinados", card["lines"])

    def test_degrees_and_licences_after_the_name(self):
        """A financial adviser's card prints the licences after the name:
        the name is the person's, the letters are kept in the note's lines."""
        card = parse_card_text(
            "JENNIFER L. WALSH, CFP®, ChFC\n"
            "Senior Wealth Advisor\n"
            "Harbor Point Wealth Partners\n"
            "125 High Street, Suite 400\n"
            "Boston, MA 02110\n"
            "T 617.555.0142\n"
            "jwalsh@harborpointwealth.com",
            "US",
        )
        self.assertEqual(card["name"], "Jennifer L. Walsh")
        self.assertIn("CFP®, ChFC", card["lines"])
        self.assertEqual(card["title"], "Senior Wealth Advisor")
        self.assertEqual(card["company"], "Harbor Point Wealth Partners")
        # a comma that parts no degree stays no name
        for line in ("New York, NY", "Smith, Sales", "Acme, Inc."):
            card = parse_card_text(f"{line}\njwalsh@harborpointwealth.com", "US")
            self.assertNotEqual(card["name"], line.split(",")[0], line)

    def test_a_street_or_house_number_is_no_website(self):
        """Indian addresses print "St.No.5" and "H.No. 6-3-200": no web address
        (.no is Norway's); the printed www. address is the website."""
        card = _parse(CAMBRIDGE_75, region="IN")
        self.assertEqual(card["urls"], ["https://www.cambridgeindia.org"])
        card = _parse(RMSI_79, region="IN")
        self.assertEqual(card["urls"], ["https://www.rmsinet.com"])
        self.assertNotIn("website", low_confidence_fields(card))

    def test_a_domain_printed_as_the_wordmark_is_the_company(self):
        """A start-up prints its domain large as its logo ("Winz.team", the web
        address www.winz.team below): the company, not a messenger handle; the
        handles printed small stay handles."""
        card = _parse(WINZ_63, region="BR")
        self.assertEqual(card["company"], "Winz.team")
        self.assertEqual(card["name"], "Thiago Souto")
        self.assertIn("@thiago_winz", card["lines"])
        # printed small, "winz.team" is no wordmark
        small = [
            (text, sure, 1.0 if text == "Winz.team" else h) for text, sure, h in WINZ_63
        ]
        self.assertNotEqual(_parse(small, region="BR")["company"], "Winz.team")

    def test_a_department_is_no_title(self):
        """Under a Tunisian banker's name, two lines name his departments
        ("Division Conventions…", "Direction Marketing et Vente Directe"): no
        role, so no title; they stay on the card's other lines. A role of a
        unit ("Division Head") stays a title."""
        card = _parse(ATB_85, region="TN")
        self.assertEqual(card["name"], "Khaled ZNAIDI")
        self.assertEqual(card["title"], "")
        self.assertIn("Direction Marketing et Vente Directe", card["lines"])
        card = parse_card_text("Anna Weber\nDivision Head\nanna@weber.de", "DE")
        self.assertEqual(card["title"], "Division Head")

    def test_an_honorific_glued_to_the_name(self):
        """ "Ms.Natasha Acharya": the OCR glued the honorific to the name; the
        line is her name (no handle like "natasha.acharya"), the honorific
        kept in the note's lines."""
        card = _parse(C4I4_99, region="IN")
        self.assertEqual(card["name"], "Natasha Acharya")
        self.assertIn("Ms.", card["lines"])

    def test_a_role_word_with_one_letter_misread(self):
        """ "Training Co-ordanator": a long role word with one letter misread is
        still a role, spelled right in the case printed, and to be checked;
        a word of two letters off is none."""
        card = _parse(C4I4_99, region="IN")
        self.assertEqual(card["title"], "Training Co-ordinator")
        self.assertIn("title", low_confidence_fields(card))
        card = parse_card_text("Ana Ruiz\nREPRISENTATIVE\nana@ruiz.es", "ES")
        self.assertEqual(card["title"], "REPRESENTATIVE")
        card = parse_card_text("Ana Ruiz\nReprisentatyve\nana@ruiz.es", "ES")
        self.assertEqual(card["title"], "")

    def test_a_vietnamese_limited_company(self):
        """ "CÔNG TY TNHH …" (a Vietnamese limited company, its form first) is
        the company, read as printed, to be checked."""
        card = _parse(SLEEPDAYS_87, region="VN")
        self.assertEqual(card["company"], "CÔNG TY TNHH ÐÔNG DUONG SKY")
        self.assertIn("company", low_confidence_fields(card))
        self.assertEqual(card["name"], "Lê Hoàng Khánh")

    def test_a_company_line_that_begins_with_and(self):
        """A long company name printed over two lines, the second beginning
        with "and": one company; the space the OCR dropped after a comma is
        put back, not in a form printed "Co.,Ltd."."""
        card = _parse(ICST_47, region="BE")
        self.assertEqual(
            card["company"],
            "Institute for Computer Sciences, Social Informatics and "
            "Telecommunications Engineering",
        )
        self.assertEqual(card["title"], "Conference Coordinator")
        card = parse_card_text("Techno Brave Co.,Ltd.\nKen Sato\nsato@tb.jp", "JP")
        self.assertEqual(card["company"], "Techno Brave Co.,Ltd.")

    def test_a_page_name_glued_in_one_word_is_no_company(self):
        """Save the Children's card prints its page ("SavetheChildrenNigeria")
        beside its name: the page is a handle, the name the company; the
        charity's register number is no phone; the title goes on in brackets;
        the "&" the OCR glued to a word gets its space back."""
        card = _parse(SAVE_THE_CHILDREN_125, region="NG")
        self.assertEqual(card["company"], "Save the Children")
        self.assertEqual(
            card["title"],
            "MIS & Cash Transfer Manager (Child Development Grant Programme)",
        )
        numbers = [number for number, _types in card["phones"]]
        self.assertEqual(numbers, ["+234 815 086 0080", "+234 705 391 7717"])
        self.assertIn("SavetheChildrenNigeria", card["lines"])
        # a name glued in one word is still a company when no line prints it
        # with its spaces
        card = _parse(
            SAVE_THE_CHILDREN_125, region="NG", leave_out=["Save the Children"]
        )
        self.assertEqual(card["company"], "SavetheChildrenNigeria")

    def test_two_companies_and_no_domain_are_checked(self):
        """A dealer's card prints the brand it sells ("ATCOM TECHNOLOGIES
        LIMITED") and its own name ("UNIQUE SERVICES"), and no e-mail or web
        address to tell which is its own: the company is to be checked. Its
        name is printed with its initials glued ("M.S.JAKEERULLA")."""
        card = _parse(ATCOM_123, region="IN")
        self.assertIn(
            card["company"], ["ATCOM TECHNOLOGIES LIMITED", "UNIQUE SERVICES"]
        )
        self.assertIn("company", low_confidence_fields(card))
        self.assertEqual(card["name"], "M.S.Jakeerulla")
        # a word of the name is in the e-mail as one of its parts, not inside a
        # shop's mailbox
        for email, sure in [
            ("anna.maria.kowalska@firma.pl", True),
            ("svsannashop@gmail.com", False),
        ]:
            card = parse_card_text(f"Maria Nowak\n{email}", "PL")
            self.assertEqual("name" not in low_confidence_fields(card), sure, email)
        # one company only: no doubt from that
        card = _parse(ATCOM_123, region="IN", leave_out=["UNIQUE SERVICES"])
        self.assertEqual(card["company"], "ATCOM TECHNOLOGIES LIMITED")
        self.assertNotIn("company", low_confidence_fields(card))

    def test_a_trade_under_a_shops_name(self):
        """ "MAHENdERA" / "FURNITURE HOUSE": the trade under the shop's name is
        part of it, and no person's name; the person is the line beside a
        number."""
        card = _parse(FURNITURE_119, region="IN")
        self.assertEqual(card["company"].casefold(), "mahendera furniture house")
        self.assertEqual(card["name"], "Mahender Kumar")

    def test_two_web_addresses_on_one_line(self):
        """ "www.mic.gov.vn/www.aita.gov.vn": two addresses, the first the
        website; a Vietnamese ministry's card."""
        card = _parse(MIC_117, region="VN")
        self.assertEqual(
            card["urls"][:2], ["https://www.mic.gov.vn", "https://www.aita.gov.vn"]
        )
        self.assertEqual(card["name"].casefold(), "nguyên phú tién")

    def test_a_name_stacked_a_word_a_line(self):
        """ "Technische" / "Hochschule" / "Wildau" at th-wildau.de: the three
        lines together spell the domain, and are the company."""
        card = _parse(WILDAU_107, region="DE")
        self.assertEqual(card["company"], "Technische Hochschule Wildau")
        # two lines that spell it no better than one are not joined
        card = parse_card_text(
            "Stanford\nElectrical\nEngineering\njo@stanford.edu", "US"
        )
        self.assertEqual(card["company"], "Stanford")

    def test_another_role_on_the_card_marks_the_title(self):
        """A card that prints two roles ("Partner", "Chartered Accountant"): the
        one taken is to be checked; one role alone is sure."""
        text = (
            "Ravi Mehta\nManaging Partner\nMehta & Co.\nChartered Accountant\n"
            "ravi@mehtaco.in"
        )
        card = parse_card_text(text, "IN")
        self.assertEqual(card["title"], "Managing Partner")
        self.assertIn("title", low_confidence_fields(card))
        card = parse_card_text(text.replace("\nChartered Accountant", ""), "IN")
        self.assertEqual(card["title"], "Managing Partner")
        self.assertNotIn("title", low_confidence_fields(card))

    def test_a_legal_form_as_the_ocr_misreads_it(self):
        """PP-OCRv6 reads the "l" of "S.r.l." or "Ltd." as an "I": the form as
        printed; a Polish "sp. j." is a legal form ("spółka jawna")."""
        for printed, company in [
            ("Caffè Santoro S.r.I.", "Caffè Santoro S.r.l."),
            ("BIANCHI ARREDAMENTI S.R.I.", "BIANCHI ARREDAMENTI S.R.L."),
            ("Harbour Freight Itd.", "Harbour Freight Ltd."),
            ("Ogrody Świerk sp. j.", "Ogrody Świerk sp. j."),
        ]:
            card = parse_card_text(f"{printed}\nFederico Mancini\nfm@example.com", "IT")
            self.assertEqual(card["company"], company)
        card = parse_card_text("ABC Traders Co., Itd.\nRavi Kumar\nravi@abc.in", "IN")
        self.assertEqual(card["company"], "ABC Traders Co., Ltd.")
        # "itd." is Polish for "etc.", no legal form
        card = parse_card_text(
            "Ogrody Świerk sp. j.\nProjekty, nasadzenia, itd.\nzofia@ogrody.pl", "PL"
        )
        self.assertIn("Projekty, nasadzenia, itd.", card["lines"])
        # a role that begins with "Of" is no part of the company above it
        card = parse_card_text(
            "Baker & Lee LLP\nOf Counsel\nJane Roe\njroe@bakerlee.com", "US"
        )
        self.assertEqual(card["company"], "Baker & Lee LLP")
        self.assertEqual(card["title"], "Of Counsel")
        # an "I" that ends a name is no legal form
        card = parse_card_text("Acme Freight\nJohn Smith I.\njs@acmefreight.com", "US")
        self.assertNotIn("L.", card["name"])

    def test_academic_degrees_before_the_name(self):
        """ "Prof. Dr.-Ing. Roland Neumann": the degrees, whole or in parts, are
        no part of the name and no title; a department ("Fachbereich …", its
        field "Ingenieur-und Naturwissenschaften") is no title either."""
        card = _parse(WILDAU_107, region="DE")
        self.assertEqual(card["name"], "Roland Neumann")
        self.assertEqual(card["title"], "")
        self.assertIn("Prof. Dr.-Ing.", card["lines"])
        for printed, name in [
            ("Dr. rer. nat. Anna Weber", "Anna Weber"),
            ("Dipl.-Kfm. Hans Meier", "Hans Meier"),
        ]:
            card = parse_card_text(f"{printed}\nweber@lab.de", "DE")
            self.assertEqual(card["name"], name)

    def test_a_teacher_of_a_university_abroad(self):
        """A Spanish lecturer's card: "Profesor Ayudante" is his title, the
        university the company, its two lines ("UNIVERSIDAD" / "DE MALAGA",
        which alone reads as a surname) joined and checked, its city read
        unsure; the dash in "29071 - Málaga" is no part of the city."""
        card = _parse(MALAGA_103, region="ES")
        self.assertEqual(card["title"], "Profesor Ayudante")
        self.assertEqual(card["company"], "UNIVERSIDAD DE MALAGA")
        self.assertIn("company", low_confidence_fields(card))
        [(address, _types)] = card["addresses"]
        self.assertEqual((address["zip"], address["city"]), ("29071", "Málaga"))
        # under a given name, "DE SOUZA" is the rest of the name, not a company's
        card = parse_card_text(
            "MARIA\nDE SOUZA\nGerente Comercial\nmaria@casaverde.com.br", "BR"
        )
        self.assertNotIn("SOUZA", card["company"])

    def test_a_name_printed_a_word_a_line(self):
        """ "MARIA" / "DE SOUZA", of one size: a given name alone over the rest
        of the name; the two lines are the name, neither is the company. A
        brand's word that is also a given name ("DELL" over "P. Selvam" at a
        Dell store) is no part of the name."""
        card = _parse(
            [
                ("MARIA", 0.99, 1.4),
                ("DE SOUZA", 0.98, 1.4),
                ("Gerente Comercial", 0.99, 1.0),
                ("Casa Verde Móveis Ltda.", 0.97, 1.1),
                ("maria@casaverde.com.br", 0.99, 0.9),
            ],
            region="BR",
        )
        self.assertEqual(card["name"], "Maria de Souza")
        self.assertEqual(card["company"], "Casa Verde Móveis Ltda.")
        # of two sizes, they are not one line's name
        card = _parse(
            [
                ("MARIA", 0.99, 1.6),
                ("DE SOUZA", 0.98, 0.8),
                ("maria@casaverde.com.br", 0.99, 0.9),
            ],
            region="BR",
        )
        self.assertNotEqual(card["name"], "Maria de Souza")
        card = _parse(DELL_137, region="IN")
        self.assertEqual(card["name"], "P. Selvam")

    def test_a_name_beside_the_same_name_in_another_script(self):
        """ "Chang Sau Sheong 郑兆雄" on a Singapore card: the name in Latin
        letters is the name, the Chinese one kept in the note's lines; the
        card's own domain printed alone, "spgroup.com.sg", a country's second
        level, is its website."""
        card = _parse(SP_GROUP_147, region="SG")
        self.assertEqual(card["name"], "Chang Sau Sheong")
        self.assertIn("郑兆雄", card["lines"])
        self.assertEqual(card["urls"][:1], ["https://spgroup.com.sg"])
        self.assertEqual(card["title"], "Chief Executive Officer")

    def test_two_peoples_names_on_one_line(self):
        """ "PANKAJ GUPTA / SHEO KUMARI GUPTA": the first is the card's name,
        the second kept in the note's lines, not lost; the role under it, in
        brackets, is the title without them."""
        card = _parse(PRAKASH_149, region="IN")
        self.assertEqual(card["name"], "Pankaj Gupta")
        self.assertIn("SHEO KUMARI GUPTA", card["lines"])
        self.assertEqual(card["title"], "Financial & Insurance Advisor")

    def test_a_legal_form_alone_ends_the_company_above(self):
        """ "NEWTON" / "FINANCIAL" / "CORPORATION" stacked under a wordmark, a
        line of services beside ("INTERNATIONAL BUSINESS"): the three lines
        ended by their legal form are the company, checked, as the other lines
        could be one too."""
        card = _parse(NEWTON_151)
        self.assertEqual(card["company"], "NEWTON FINANCIAL CORPORATION")
        self.assertIn("company", low_confidence_fields(card))
        self.assertEqual(card["name"], "David Newton")
        card = parse_card_text("Rivera Logistics\nINC.\nana@mail.com", "US")
        self.assertEqual(card["company"], "Rivera Logistics INC.")

    def test_a_number_the_users_country_does_not_read_is_kept_whole(self):
        """ ":0274.3859563", a Vietnamese shop's number, for a user in the
        United States: kept as printed, checked, not cut to its last seven
        digits read as an American local number."""
        card = parse_card_text("Tiệm Đồng Hồ Đức\n:0274.3859563", "US")
        self.assertEqual([phone for phone, _types in card["phones"]], ["0274.3859563"])
        self.assertIn("phone", low_confidence_fields(card))
        # a local number without its area code: as printed too, checked
        card = parse_card_text("Tel 555 1234", "US")
        self.assertEqual(card["phones"][0][0], "555 1234")
        self.assertIn("phone", low_confidence_fields(card))

    def test_a_list_of_services_is_no_field(self):
        """A taxi firm's card lists its services after bullets ("· Executive
        Travel", "· Event Transportation"): no item is a name or a title; its
        logo's words read in the wrong order ("Taxi" / "City") are the company
        in the order of its domain, airdriecitytaxi.ca (the town's name before
        them), checked."""
        card = _parse(CITY_TAXI_165, region="CA")
        self.assertFalse(card["name"])
        self.assertNotIn("Travel", card["title"])
        # "Executive Class" under the wordmark: a class of service, no role
        self.assertFalse(card["title"])
        self.assertIn("Executive Class", card["lines"])
        self.assertEqual(card["company"], "City Taxi")
        self.assertIn("company", low_confidence_fields(card))
        self.assertIn("Event Transportation", card["lines"])

    def test_a_shop_named_the_something_and_what_it_sells(self):
        """ "The Little Wood Shop", the largest line: no person's name ("The"),
        the company, checked; "Furniture, Gifts, Toys and Wooden Slabs", what it
        sells, no company."""
        card = _parse(WOOD_SHOP_157, region="ZA")
        self.assertEqual(card["company"], "The Little Wood Shop")
        self.assertIn("company", low_confidence_fields(card))
        self.assertNotEqual(card["name"], "The Little Wood Shop")
        # a list with no "and" (card 53, a medical supplier's): no company either
        card = _parse(
            [
                ("Vijay", 0.98, 1.06),
                ("Shop: 011-46066047", 0.98, 1.06),
                ("Ancle Weight, CUFF Weight, Gym Ball", 0.84, 1.0),
            ],
            region="IN",
        )
        self.assertNotIn("Gym", card["company"])
        # a title over a list of regions is still a title
        card = _parse(
            [
                ("Fabio Rojas", 1.0, 1.35),
                ("TLD Manager", 1.0, 1.0),
                ("Europe, Asia, Middle East", 1.0, 1.06),
                ("frojas@interwf.com", 1.0, 1.09),
            ]
        )
        self.assertEqual(card["title"], "TLD Manager Europe, Asia, Middle East")

    def test_a_legal_form_after_a_comma_is_no_degree(self):
        """ "BOURBON CITY ARCHERY,LLC": a company, not a person with letters
        after the name; the e-mail that spells it (bourboncityarchery@gmail)
        makes it no name either."""
        card = _parse(ARCHERY_155)
        self.assertEqual(card["company"], "BOURBON CITY ARCHERY, LLC")
        self.assertEqual(card["name"], "Lev Weinstein")

    def test_a_word_written_in_two_capitals_is_not_parted(self):
        """ "DevOps Birth Assistant": "DevOps" is one word, not two the OCR
        glued; "SeniorAdviser" still is."""
        card = _parse(THOUGHTWORKS_161, region="DE")
        self.assertEqual(card["title"], "DevOps Birth Assistant")
        self.assertEqual(card["name"], "Moritz Heiber")

    def test_a_persons_own_domain_and_a_phone_read_with_commas(self):
        """ "Ed Gibbs" at edgibbs.com, edward_gibbs@yahoo.com: the domain spells
        his name, the e-mail too: his name, not a company's; "916,505,3613" is
        his number, its dots read as commas."""
        card = _parse(GIBBS_163)
        self.assertEqual(card["name"], "Ed Gibbs")
        self.assertFalse(card["company"])
        self.assertEqual(card["phones"][0][0], "+1 916-505-3613")
        self.assertEqual(card["urls"][:1], ["https://edgibbs.com"])
        # an amount in lakhs is no number
        self.assertFalse(parse_card_text("Fees Rs 12,50,000", "IN")["phones"])

    def test_a_country_code_printed_without_its_plus(self):
        """ "36203129335": a Hungarian mobile printed with its country code but no
        plus, on a card whose domain says no country: read as +36, to be
        checked. A tax number is no phone number."""
        card = _parse(QFD_105)
        self.assertEqual(card["phones"][0][0], "+36 20 312 9335")
        self.assertIn("phone", low_confidence_fields(card))
        card = parse_card_text(
            "Jo Doe\nVAT No.: 12345678901\nTel: 212 555 0187\njo@doe.com", "US"
        )
        self.assertEqual(card["phones"], [("+1 212-555-0187", ["work"])])
        self.assertIn("VAT No.: 12345678901", card["lines"])

    def test_a_misread_web_address_is_no_company(self):
        """A web address the OCR misread ("https: //nje-hu/") is no company,
        even printed large."""
        card = parse_card_text(
            "https: //acme-hu/\nJane Roe\nSales Manager\njane@acme.hu", "HU"
        )
        self.assertNotIn("http", card["company"])

    def test_a_postcode_is_no_phone_number(self):
        """Six digits after a city ("Hyderabad - 500 034") are its postcode: the
        card's phone is the labelled number (an old Hyderabad number of seven
        digits, which today's plan does not know: as printed), the postcode no
        number at all."""
        card = _parse(RMSI_79, region="IN")
        numbers = [number for number, _types in card["phones"]]
        self.assertEqual(numbers[0], "040-3303984")
        self.assertNotIn("+91 500034", numbers)

    def test_numbers_no_plan_knows_are_kept_as_printed(self):
        """Brazilian numbers printed without their area code ("3569-6905"), read
        for a user in the United States, and a country code in brackets without
        its plus ("(237) 222 86 20", an old Cameroonian number): kept as printed,
        in card order, to be checked, never dropped; a "Tél/Fax" line is a
        number to call too, as the card's truth keeps it."""
        card = _parse(OPTICA_29)
        self.assertEqual(
            card["phones"], [("3569-6905", ["work"]), ("97038-8110", ["work"])]
        )
        self.assertIn("phone", low_confidence_fields(card))
        self.assertNotIn("3569-6905", card["lines"])
        card = _parse(YAOUNDE_67)
        self.assertEqual(
            card["phones"],
            [("(237) 222 86 20", ["work"]), ("(237) 222 45 47", ["work"])],
        )
        # a street number, a postcode and a date are no phone numbers
        card = parse_card_text(
            "Jane Roe\nAv. Itaquera, 2994 - Jd. Fernandes\n"
            "STANFORD, CALIFORNIA 94305-9505\nSince 12.03.1998\njane@roe.example",
            "US",
        )
        self.assertEqual(card["phones"], [])

    def test_whole_words_that_spell_the_domain(self):
        """A company printed over two lines, whose domain takes two of its
        words whole ("Keller" + "India" at kellerindia.com): both lines are
        the company; the full name wins over the logo's wordmark."""
        card = _parse(KELLER_73, region="IN")
        self.assertEqual(card["company"], "Keller Ground Engineering India Pvt. Ltd.")
        card = _parse(CAMBRIDGE_75, region="IN")
        self.assertEqual(card["company"], "Cambridge University Press India")
        # a name whose initials are the domain's stays over its logo
        card = parse_card_text(
            "Isabel García Ruiz\nTeaching Fellow\nUCL Department of Geography\n"
            "University College London\ni.garcia-ruiz@ucl.ac.uk",
            "GB",
        )
        self.assertEqual(card["company"], "University College London")

    def test_a_title_goes_on_after_a_dash(self):
        """A title whose rest is printed on the next line after a dash
        ("TERRITORY MANAGER" / "- ACADEMIC") is read whole, dash kept."""
        card = _parse(CAMBRIDGE_75, region="IN")
        self.assertEqual(card["title"], "TERRITORY MANAGER - ACADEMIC")
        self.assertNotIn("ACADEMIC", card["lines"])

    def test_initials_without_dots_and_an_honorific(self):
        """Indian names print initials without a dot ("SUDARSAN V MADDI", "G V
        Gupta"); an honorific before the name ("Pr.", "Dr.") is kept in the
        note's lines, not in the name."""
        card = _parse(GLOBAL_TRUST_71, region="IN")
        self.assertEqual(card["name"], "Sudarsan V Maddi")
        card = _parse(CAMBRIDGE_75, region="IN")
        self.assertEqual(card["name"], "G V Gupta")
        card = _parse(YAOUNDE_67, region="CM")
        self.assertEqual(card["name"], "AYINA OHANDJA Louis-Max")
        self.assertIn("Pr.", card["lines"])
        # "Dr. Smith": the honorific stays with a name of one word
        card = parse_card_text("Dr. Smith\nsmith@clinic.com", "US")
        self.assertNotEqual(card["name"], "Smith")

    def test_a_role_printed_beside_the_name(self):
        """A name and a role on one line ("Jane Roe, CEO", "John Smith
        (Director)", "Maria Lopez – Sales Manager"): the name is the name, the
        role its title; "CEO" is no degree, "CFP®" stays one."""
        cases = [
            (
                "Jane Roe, CEO\nAcme Widgets Inc.\njane@acmewidgets.com",
                "Jane Roe",
                "CEO",
            ),
            (
                "Acme Widgets\nJohn Smith (Director)\njohn.smith@acme.com",
                "John Smith",
                "Director",
            ),
            (
                "Maria Lopez – Sales Manager\nmaria@lp-partners.es",
                "Maria Lopez",
                "Sales Manager",
            ),
        ]
        for text, name, title in cases:
            card = parse_card_text(text, "US")
            self.assertEqual((card["name"], card["title"]), (name, title), text)
            self.assertNotIn("name", low_confidence_fields(card))
        card = parse_card_text("Jane Roe, CFP®, ChFC\njane@roewealth.com", "US")
        self.assertEqual((card["name"], card["title"]), ("Jane Roe", ""))
        self.assertIn("CFP®, ChFC", card["lines"])

    def test_a_name_the_email_does_not_spell_whole_is_checked(self):
        """An e-mail that gives only the initials ("sks@") finds the name's line
        but does not confirm its letters; one that spells a word with another
        letter says one of them is misread: the name is to be checked. Spelled
        whole, it is not."""
        card = parse_card_text(
            "Sanjay Kumar Srivastaya\nsks@rambolls.com\n+91 11 4100 4800", "IN"
        )
        self.assertEqual(card["name"], "Sanjay Kumar Srivastaya")
        self.assertIn("name", low_confidence_fields(card))
        card = parse_card_text(
            "Sanjay Srivastaya\nsanjay.srivastava@rambolls.com\n+91 11 4100 4800", "IN"
        )
        self.assertIn("name", low_confidence_fields(card))
        card = parse_card_text(
            "Sanjay Srivastava\nsanjay.srivastava@rambolls.com\n+91 11 4100 4800", "IN"
        )
        self.assertNotIn("name", low_confidence_fields(card))

    def test_a_title_that_runs_on_in_lower_case(self):
        """French, Spanish, Portuguese and Italian titles begin with the role and
        go on in lower case: a title, no tagline; checked when most of it is in
        lower case (a line of services may begin with a role word too)."""
        card = _parse(NOGUEIRA_27, region="BR")
        self.assertEqual(card["title"], "Consultor de marketing")
        card = _parse(NOGUEIRA_27_SMALL, region="BR")
        self.assertEqual(card["title"], "Consultor ce marketing")
        self.assertIn("title", low_confidence_fields(card))
        # a line of services in lower case stays no title
        self.assertNotIn("Campanhas", card["title"])

    def test_an_email_label_glued_to_the_address(self):
        card = _parse(DY_ULC_11_SMALL, region="KR")
        self.assertEqual(card["emails"][0][0], "kevin@dyulc.co.kr")

    def test_a_misread_at_before_the_cards_own_web_address(self):
        """ "satoshi-totbrave.com" on a card that prints www.tbrave.com: the
        letter before the card's own domain was its "@"."""
        card = _parse(TECHNO_BRAVE_35_SMALL, region="JP")
        self.assertEqual(card["emails"][0][0], "satoshi-t@tbrave.com")
        self.assertIn("email", low_confidence_fields(card))
        self.assertEqual(card["urls"][0], "http://www.tbrave.com")

    def test_title_words_the_ocr_glued(self):
        card = _parse(ROYAL_CARGO_15_SMALL, region="VN")
        self.assertEqual(card["title"], "Senior Adviser")
        self.assertIn("title", low_confidence_fields(card))
        # a company's name is never parted ("InterGlobe", "TechnoBrave")
        card = _parse(TECHNO_BRAVE_35_SMALL, region="JP")
        self.assertEqual(card["company"], "Techno Brave Co.,Ltd.")

    def test_a_title_that_may_go_on_is_checked(self):
        """The line under the title, of its size, that no field took may be the
        rest of it ("SCMDivisión" under "Sourcing Department Head")."""
        card = _parse(YOKOGAWA_13_SMALL)
        self.assertEqual(card["title"], "Sourcing Department Head")
        self.assertIn("title", low_confidence_fields(card))
        # read whole, the two lines are one title
        card = _parse(YOKOGAWA_13)
        self.assertEqual(card["title"], "Sourcing Department Head SCM Division")

    def test_a_company_that_may_go_on_is_checked(self):
        """A wordmark printed over two lines ("InterGlobe" / "Marine"): the
        company taken from one of them is checked, the other line of its size
        may be the rest of its name."""
        card = _parse(INTERGLOBE_21)
        self.assertEqual(card["company"], "InterGlobe Marine LLC")
        self.assertNotIn("company", low_confidence_fields(card))
        # without its legal name, the trade under the wordmark ("Marine") is
        # read with it
        card = _parse(INTERGLOBE_21, leave_out=["InterGlobe Marine LLC"])
        self.assertEqual(card["company"], "InterGlobe Marine")
        # a word under it that names no trade may go on the name: checked
        horizon = [
            ("Horizon", *line[1:]) if line[0] == "Marine" else line
            for line in INTERGLOBE_21
        ]
        card = _parse(horizon, leave_out=["InterGlobe Marine LLC"])
        self.assertEqual(card["company"], "InterGlobe")
        self.assertIn("company", low_confidence_fields(card))
        # an address line beside the company is no part of its name
        card = _parse(CEEKAY_19)
        self.assertNotIn("company", low_confidence_fields(card))

    def test_a_po_box_is_no_phone(self):
        card = _parse(INTERGLOBE_21)
        numbers = [number for number, _types in card["phones"]]
        self.assertIn("+971 55 946 1994", numbers)
        self.assertFalse([number for number in numbers if "114734" in number])

    def test_a_title_that_goes_on_over_regions(self):
        """The regions a title covers, on the next line ("TLD Manager" /
        "Europe, Asia, Middle East"), are the rest of it, whatever the size a
        small photo measured; joined from two lines, it is checked."""
        card = _parse(INTERWORLD_17_SMALL)
        self.assertEqual(card["title"], "TLD Manager Europe, Asía, Middle East")
        self.assertIn("title", low_confidence_fields(card))
        # a country alone under a title is an address's last line
        card = parse_card_text("Nina Berg\nSales Manager\nGermany\n", "DE")
        self.assertEqual(card["title"], "Sales Manager")

    def test_a_title_over_department_lines(self):
        """ "Senior R&D Engineer" / "Production Workflow" / "Corporate Research
        Hannover": three lines of one size, of department words, one title; a
        line shaped as a name is no second name once the name is found."""
        card = _parse(THOMSON_49, region="DE")
        self.assertEqual(card["name"], "Ralf Ostermann")
        self.assertEqual(
            card["title"],
            "Senior R&D Engineer Production Workflow Corporate Research Hannover",
        )
        self.assertEqual(card["company"], "Deutsche Thomson OHG")

    def test_a_handle_is_never_the_company(self):
        """A Skype name (or any handle) is no company, name or title. The
        company printed over two lines is read from its first, to be checked:
        the next line of its size may be the rest."""
        card = _parse(ICST_47, region="BE")
        self.assertNotIn("skype", card["company"].casefold())
        self.assertTrue(card["company"].startswith("Institute for Computer Sciences"))
        self.assertIn("company", low_confidence_fields(card))
        self.assertEqual(card["title"], "Conference Coordinator")
        self.assertIn("Skype: gabriella.magyar-icst", card["lines"])

    def test_a_card_printed_in_lower_case(self):
        """On a card printed in small letters, small letters make no tagline: the
        title is read; the company, printed only as the card's largest line (a
        wordmark the two-letter domain cannot confirm), is there to be checked."""
        card = _parse(PACKETVIDEO_43)
        self.assertEqual(card["name"], "Richard Svienty")
        self.assertEqual(card["title"], "member of technical staff")
        self.assertEqual(card["company"], "packetvideo")
        self.assertIn("company", low_confidence_fields(card))
        # the largest line is no company when it is a tagline
        card = _parse(
            [("ship with us today", 0.96, 1.6), *PACKETVIDEO_43],
            leave_out=["packetvideo"],
        )
        self.assertEqual(card["company"], "")

    def test_a_wordmark_over_lines_is_checked(self):
        """ "STANFORD" / "ELECTRICAL" / "ENGINEERING": the domain confirms the
        first line, and the lines in capitals under it may be the rest."""
        card = _parse(STANFORD_41)
        self.assertEqual(card["company"], "STANFORD")
        self.assertIn("company", low_confidence_fields(card))
        self.assertEqual(card["name"], "Vijay Chandrasekhar")

    def test_a_company_the_cards_domain_does_not_name_is_checked(self):
        """A legal name that is not the card's domain's (KTL ... A.Ş. at
        kinay.com) may be a partner's or a group's: checked. One that spells the
        domain and says no more is sure."""
        card = _parse(KTL_09, region="TR")
        self.assertEqual(card["company"], "KTL ULUSLARARASI TAŞIMACILIK VE TİC. A.Ş.")
        self.assertIn("company", low_confidence_fields(card))
        card = _parse(CEEKAY_19)
        self.assertNotIn("company", low_confidence_fields(card))

    def test_a_company_cut_at_a_line_break(self):
        """The company's name over two lines: its first words, then the rest with
        the legal form ("Royal Cargo" / "Vietnam Co.,Ltd."), or a line that
        goes on with "&" ("Compass Freight" / "& Logistics Ltd.")."""
        lines = [
            part
            for line in ROYAL_CARGO_15
            for part in (
                [("Royal Cargo", 0.96, 1.0), ("Vietnam Co.,Ltd.", 0.96, 1.0)]
                if line[0] == "Royal Cargo Vietnam Co.,Ltd."
                else [line]
            )
        ]
        card = _parse(lines, region="VN")
        self.assertEqual(card["company"], "Royal Cargo Vietnam Co.,Ltd.")
        lines = [
            ("Compass Freight", 0.96, 1.33),
            ("& Logistics Ltd.", 0.94, 1.30),
            *COMPASS_23[2:],
        ]
        card = _parse(lines)
        self.assertEqual(card["company"], "Compass Freight & Logistics Ltd.")
        # a title over a company line is not joined to it
        card = _parse(DY_ULC_11_SMALL, region="KR")
        self.assertNotIn("Dept", card["company"])

    def test_an_at_sign_read_as_a_registered_mark(self):
        """A small "@" that the OCR read as "®" (the packetvideo card at 640 px):
        the address is found, not a web address."""
        lines = [
            ("svienty®pv.com", 0.98, 0.87) if text == "svienty@pv.com" else line
            for line in PACKETVIDEO_43
            for text in [line[0]]
        ]
        card = _parse(lines)
        self.assertEqual(card["emails"][0][0], "svienty@pv.com")
        self.assertEqual(card["urls"], ["https://www.pv.com"])
        # a registered mark after a brand stays one
        card = parse_card_text("Ana Lima\nAcme® Tools\nana@acme.com.br\n", "BR")
        self.assertEqual(card["emails"][0][0], "ana@acme.com.br")

    def test_an_email_address_the_ocr_broke(self):
        """The ICST card's address as OCR breaks addresses: over two lines (a
        long address wraps, the detector cuts a line in two), its dot read as a
        comma, its "m" as "rn", its "@" twice, its label glued with a dash. The
        address is found whole; one joined from two lines is to be checked."""
        printed = "e-mail: gabriella.magyar@icst.org"
        whole = "gabriella.magyar@icst.org"
        for broken, address, checked in (
            (("e-mail: gabriella.magyar@", "icst.org"), whole, True),
            (("gabriella.magyar", "@icst.org"), whole, True),
            (("e-mail: gabriella.magyar@icst", ".org"), whole, True),
            (
                ("e-mail: g.magyar@icst-", "belgium.org"),
                "g.magyar@icst-belgium.org",
                True,
            ),
            (("e-mail: gabriella.magyar@icst,org",), whole, False),
            (
                ("e-mail: gabriella.magyar@icst.corn",),
                "gabriella.magyar@icst.com",
                False,
            ),
            (("e-mail: gabriella.magyar@@icst.org",), whole, False),
            (("eMail- gabriella.magyar@icst.org",), whole, False),
            (("E.gabriella.magyar@icst.org",), whole, True),
        ):
            with self.subTest(broken=broken):
                lines = []
                for line in ICST_47:
                    if line[0] == printed:
                        lines += [(part, 0.97, 1.0) for part in broken]
                    else:
                        lines.append(line)
                card = _parse(lines, region="BE")
                self.assertEqual([e for e, _t in card["emails"]], [address])
                self.assertEqual("email" in low_confidence_fields(card), checked)
                self.assertEqual(card["name"], "Gabriella MAGYAR")
        # an address whole on its line, a web address on the next: not joined
        lines = [
            *ICST_47[:7],
            ("e-mail: gabriella.magyar@icst.org", 0.97, 1.0),
            ("www.icst.org", 0.97, 1.0),
        ]
        card = _parse(lines, region="BE")
        self.assertEqual(card["emails"][0][0], "gabriella.magyar@icst.org")
        self.assertEqual(card["urls"][0], "https://www.icst.org")
        self.assertNotIn("email", low_confidence_fields(card))
        # two addresses on one line, the second beginning with "info": two
        card = parse_card_text("Ana Lima\nana@acme.com,info@acme.com\n", "BR")
        self.assertEqual(
            [e for e, _t in card["emails"]], ["ana@acme.com", "info@acme.com"]
        )

    def test_a_company_a_free_mail_address_spells(self):
        """Card 169 (small capitals): "blueridgemassageandbodywork@gmail.com"
        spells "BLUE RIDGE MASSAGE & BODYWORK", the "&" as "and": the company, to
        be checked (a free mail address's name is the owner's choice). The
        small capitals the OCR read as a mix of cases are capitals again."""
        card = _parse(BLUE_RIDGE_169)
        self.assertEqual(card["company"], "BLUE RIDGE MASSAGE & BODYWORK")
        self.assertIn("company", low_confidence_fields(card))
        self.assertEqual(card["name"], "Shawnda Peery")
        self.assertEqual(card["title"], "Licensed Massage Therapist")
        # a free mail address that spells the person's name names no company
        card = parse_card_text(
            "Shawnda Peery\nLicensed Massage Therapist\nshawndapeery@gmail.com\n",
            "US",
        )
        self.assertEqual(card["name"], "Shawnda Peery")
        self.assertFalse(card["company"])

    def test_a_wordmark_letter_cut_off_at_its_edge(self):
        """Card 181: the OCR lost the "U" of the large "Unique" logo; the
        address's name has it: "Unique Financial Advisor", to be checked."""
        card = _parse(UNIQUE_FINANCIAL_181, region="IN")
        self.assertEqual(card["company"], "Unique Financial Advisor")
        self.assertIn("company", low_confidence_fields(card))
        self.assertEqual(card["name"], "Dhruval Modi")

    def test_a_short_role_word_with_a_letter_misread(self):
        """Card 173: "Dircctor" is "Director", spelled right and to be checked;
        a word of seven letters one letter off a role word but for its first
        letter is no role."""
        card = _parse(AHA_SOLAR_173, region="IN")
        self.assertEqual(card["title"], "Director")
        self.assertIn("title", low_confidence_fields(card))
        self.assertEqual(card["name"], "Piyush Bhatt")
        card = parse_card_text("Piyush Bhatt\nKirector\npiyush@ahasolar.in\n", "IN")
        self.assertFalse(card["title"])

    def test_a_name_printed_in_lower_case(self):
        """Card 177 prints its name in lower case by design, over the role: the
        name, to be checked; a lower-case line with no role under it and no
        given name is none."""
        card = _parse(UNIQUE_INTERIOR_177)
        self.assertEqual(card["name"], "chetan surwade")
        self.assertIn("name", low_confidence_fields(card))
        self.assertEqual(card["title"], "Sales Executive")
        self.assertEqual(card["company"], "unique interior studio")
        card = parse_card_text("chetan surwade\n+91-70690 08009\n", "US")
        self.assertFalse(card["name"])

    def test_numbers_after_an_office_label(self):
        """Card 187: "(O) 22142165 (O) 22155822", two local numbers after the
        office's label (read "(0)"), no area code, on a card that says no
        country: both kept as printed, to be checked, not dropped."""
        card = _parse(DEEPMALA_187)
        self.assertEqual(
            [number for number, _types in card["phones"]], ["22142165", "22155822"]
        )
        self.assertIn("phone", low_confidence_fields(card))
        # an unbroken run of digits with no label stays no number
        card = parse_card_text("Tulsidas Makhija\nGST 24123456789\n", "US")
        self.assertFalse(card["phones"])

    def test_offers_landmarks_and_trades_are_no_name_or_title(self):
        """Card 185: "FREE HOME" / "DELIVERY" is an offer, no name; "OPP.
        SARTHAK SCHOOL," a landmark of the address, no company. Card 189:
        "SALES & SERVICES" says what the firm does, no role."""
        for leave_out in ((), ("info@mrfoodler.com", "www.mrfoodler.com")):
            card = _parse(MR_FOODLER_185, region="IN", leave_out=leave_out)
            self.assertNotIn("free", card["name"].lower())
            for field in ("name", "title", "company"):
                self.assertNotIn("sarthak", card[field].lower())
        card = _parse(MR_FOODLER_185, region="IN")
        self.assertEqual(card["company"], "MR. FOODLER")
        card = _parse(AQUA_AIR_189, region="IN")
        self.assertFalse(card["title"])
        self.assertEqual(card["name"], "Mitesh J.Chauhan")
        self.assertEqual(card["emails"][0][0], "mitesh.aquaair@gmail.com")

    def test_a_trade_under_the_firms_own_word(self):
        """Card 149 prints "PRAKASH" large over "INSURANCE SERVICES": the
        company is both, to be checked, and small logo crumbs between them are
        passed over; card 115 prints "SOFTWARE" over "MAESTRO"."""
        card = _parse(PRAKASH_149, region="IN")
        self.assertEqual(card["company"], "PRAKASH INSURANCE SERVICES")
        self.assertIn("company", low_confidence_fields(card))
        card = _parse(SW_MAESTRO_115, region="KR")
        self.assertEqual(card["company"], "SOFTWARE MAESTRO")
        self.assertEqual(card["name"], "Hyunseung Jeon")
        # the trade alone when no word of its size is printed by it
        card = parse_card_text("Insurance Services\n+91 8707468165\n", "IN")
        self.assertEqual(card["company"], "Insurance Services")

    def test_a_name_a_word_a_line_in_two_sizes(self):
        """Invented: a given name printed large over the surname in small
        letters ("JOHN" / "Smith"), or small over it ("Anna" / "KOWALSKA", a
        Polish woman's form of a surname), is one name; a one-word firm over a
        surname's size stays apart."""
        card = parse_card_text(
            "Northwind Trading Ltd.\nJOHN\nSmith\nSales Manager\n"
            "+44 20 7946 0958\ninfo@northwind.co.uk\n",
            "GB",
            line_heights={"JOHN": 1.8},
        )
        self.assertEqual((card["name"], card["title"]), ("JOHN Smith", "Sales Manager"))
        card = parse_card_text(
            "Anna\nKOWALSKA\nProjektantka wnętrz\n+48 601 234 567\n"
            "studio@ak-design.pl\n",
            "PL",
            line_heights={"KOWALSKA": 1.8},
        )
        self.assertEqual(
            (card["name"], card["title"], card["company"]),
            ("Anna KOWALSKA", "Projektantka wnętrz", ""),
        )

    def test_a_firm_named_after_its_owner(self):
        """Invented: a barber's shop whose name goes on with its owner's under
        it ("Great Cuts" / "by John"), a lawyer's office named after him ("Law
        Offices of" / "John R. Miller"), to be checked; "Attorney at Law" is one
        role, no firm called "Law"."""
        card = parse_card_text(
            "Great Cuts\nby John\nJohn Thorp\nBarber\n(305) 247-4077\n",
            line_heights={"Great Cuts": 1.8},
        )
        self.assertEqual(card["company"], "Great Cuts by John")
        self.assertEqual(card["name"], "John Thorp")
        card = parse_card_text(
            "Law Offices of\nJohn R. Miller\nAttorney at Law\n(212) 555-0143\n"
            "jmiller@millerlaw.com\n",
            line_heights={"Law Offices of": 1.5, "John R. Miller": 1.5},
        )
        self.assertEqual(
            (card["name"], card["title"], card["company"]),
            ("John R. Miller", "Attorney at Law", "Law Offices of John R. Miller"),
        )
        self.assertIn("company", low_confidence_fields(card))
        card = parse_card_text(
            "Director of\nJohn Smith\n(212) 555-0143\n", line_heights={}
        )
        self.assertEqual(card["company"], "")

    def test_a_name_and_a_role_apart_by_a_bar_or_a_slash(self):
        """Invented: "John Smith / Sales Manager" and "Jane Roe | Head of
        Marketing", on one line: the name, then the role; two names after a
        slash stay a name and the other kept."""
        for line, name, title in (
            ("John Smith / Sales Manager", "John Smith", "Sales Manager"),
            ("Jane Roe | Head of Marketing", "Jane Roe", "Head of Marketing"),
        ):
            card = parse_card_text(
                f"{line}\nNorthwind Trading Ltd.\n+44 20 7946 0958\n"
                "info@northwind.co.uk\n",
                "GB",
            )
            self.assertEqual((card["name"], card["title"]), (name, title))
        card = parse_card_text(
            "PANKAJ GUPTA / SHEO KUMARI GUPTA\n+91 98250 12345\n", "IN"
        )
        self.assertEqual((card["name"], card["title"]), ("Pankaj Gupta", ""))

    def test_a_brand_over_the_rest_of_the_domain(self):
        """Invented: "BERGMANN" printed over "Maschinenbau GmbH & Co. KG" at
        bergmann-maschinenbau.de: the domain spells both, the company is both
        (a slogan over them stays out); a logo over a company that spells the
        domain alone stays apart."""
        card = parse_card_text(
            "Quality is our tradition\nBERGMANN\nMaschinenbau GmbH & Co. KG\n"
            "Peter Lang\nVertriebsleiter\nTel. +49 711 123456\n"
            "p.lang@bergmann-maschinenbau.de\n",
            "DE",
            line_heights={"BERGMANN": 1.8},
        )
        self.assertEqual(card["company"], "BERGMANN Maschinenbau GmbH & Co. KG")
        self.assertEqual(
            (card["name"], card["title"]), ("Peter Lang", "Vertriebsleiter")
        )
        card = parse_card_text(
            "ACME\nAcme Logistics GmbH\nPeter Lang\nVertriebsleiter\n"
            "Tel. +49 711 123456\np.lang@acme-logistics.de\n",
            "DE",
            line_heights={"ACME": 1.8},
        )
        self.assertEqual(card["company"], "Acme Logistics GmbH")

    def test_a_firms_town_after_a_bar_is_not_its_name(self):
        """Invented: a footer "Dutch Flower Line B.V. | Aalsmeer": the firm's
        name ends with its legal form, the town after the bar is no part of
        it."""
        card = parse_card_text(
            "Sophie de Vries\nAccount Manager\n+31 6 12345678\n"
            "sophie@dutchflowerline.nl\nDutch Flower Line B.V. | Aalsmeer\n",
            "NL",
        )
        self.assertEqual(card["company"], "Dutch Flower Line B.V.")
        self.assertEqual(card["name"], "Sophie de Vries")

    def test_czech_doctorates_before_a_name(self):
        """Invented: "MUDr. Jan Svoboda", "JUDr. Eva Dvořáková": a Czech
        physician's and lawyer's degree before the name, no part of it."""
        for line, name in (
            ("MUDr. Jan Svoboda", "Jan Svoboda"),
            ("JUDr. Eva Dvořáková", "Eva Dvořáková"),
        ):
            card = parse_card_text(
                f"Klinika Praha s.r.o.\n{line}\nPrimář\n+420 601 123 456\n"
                "info@klinika-praha.cz\n",
                "CZ",
            )
            self.assertEqual(card["name"], name)

    def test_a_vietnamese_role_in_small_letters(self):
        """Invented: "Giám đốc kinh doanh" (sales director) and "Trưởng phòng
        nhân sự" (head of human resources), their field in small letters as
        Vietnamese writes it: the title, no slogan."""
        for role in ("Giám đốc kinh doanh", "Trưởng phòng nhân sự"):
            card = parse_card_text(
                f"ABC VIETNAM CO., LTD\nNguyễn Văn Nam\n{role}\n0903 123 456\n"
                "nam.nguyen@abcvietnam.vn\n",
                "VN",
            )
            self.assertEqual(card["title"], role)

    def test_a_role_written_as_a_sentence(self):
        """Invented: roles in small letters but the first ("Key account
        manager", "Satış ve pazarlama müdürü", "Chef de projet digital") are
        the title; slogans so written stay none."""
        for line, title in (
            ("Key account manager", "Key account manager"),
            ("Customer service representative", "Customer service representative"),
            ("Satış ve pazarlama müdürü", "Satış ve pazarlama müdürü"),
            ("Chef de projet digital", "Chef de projet digital"),
            ("Your trusted advisor", ""),
            ("Quality you can trust", ""),
        ):
            card = parse_card_text(
                f"Northwind S.L.\nAlex Morgan\n{line}\n+34 91 555 44 33\n"
                "alex@northwind.es\n",
                "ES",
            )
            self.assertEqual(card["title"], title)

    def test_a_nickname_in_quotes_and_a_role_before_the_name(self):
        """Invented: 'Robert "Bob" Smith': the name, the nickname he goes by
        kept apart; "CEO John Smith", "Head Chef Marco Rossi": the role, then
        the name with nothing between them; an honorific before a name
        ("Prof. Dr.-Ing. Klaus Weber") is no role, and a role's field no
        name ("Director Sales Operations")."""
        card = parse_card_text(
            'Northwind Trading Ltd.\nRobert "Bob" Smith\nSales Manager\n'
            "+44 20 7946 0958\nbob@northwind.co.uk\n",
            "GB",
        )
        self.assertEqual(card["name"], "Robert Smith")
        self.assertIn('"Bob"', card["lines"])
        for line, name, title in (
            ("CEO John Smith", "John Smith", "CEO"),
            ("Head Chef Marco Rossi", "Marco Rossi", "Head Chef"),
            ("Prof. Dr.-Ing. Klaus Weber", "Klaus Weber", ""),
            ("Director Sales Operations", "", "Director Sales Operations"),
        ):
            card = parse_card_text(
                f"Northwind Trading Ltd.\n{line}\n+44 20 7946 0958\n"
                "info@northwind.co.uk\n",
                "GB",
            )
            self.assertEqual((card["name"], card["title"]), (name, title))

    def test_a_name_its_letters_then_the_role(self):
        """Invented: "John Smith, CPA, Partner", "Jane Doe, MBA, PhD, Managing
        Director": the name, the letters after it kept with the card's other
        lines, then the role."""
        for line, name, title, letters in (
            ("John Smith, CPA, Partner", "John Smith", "Partner", "CPA"),
            (
                "Jane Doe, MBA, PhD, Managing Director",
                "Jane Doe",
                "Managing Director",
                "MBA, PhD",
            ),
        ):
            card = parse_card_text(
                f"Northwind Trading Ltd.\n{line}\n+44 20 7946 0958\n"
                "info@northwind.co.uk\n",
                "GB",
            )
            self.assertEqual((card["name"], card["title"]), (name, title))
            self.assertIn(letters, card["lines"])

    def test_a_company_s_field_label(self):
        """Invented: a staff card's fields with their labels ("Company:
        Northwind Trading", "Empresa: Transportes Ruiz"): the firm, without
        its label."""
        for line, company in (
            ("Company: Northwind Trading", "Northwind Trading"),
            ("Empresa: Transportes Ruiz", "Transportes Ruiz"),
        ):
            card = parse_card_text(
                f"John Smith\nSales Manager\n{line}\n+44 20 7946 0958\n"
                "john.smith@gmail.com\n",
                "GB",
            )
            self.assertEqual(card["company"], company)
            self.assertEqual(card["name"], "John Smith")

    def test_rarer_roles_are_not_misread(self):
        """Invented: "Trainee" is a role of its own, not "Trainer" misread;
        "Investor", "Florist" and "Scrum Master" are roles, to be checked; a
        florist's shop stays the company."""
        for role in ("Trainee", "Investor", "Florist", "Scrum Master"):
            card = parse_card_text(
                f"Northwind Ltd.\nAlex Morgan\n{role}\n+44 20 7946 0958\n"
                "alex@northwind.co.uk\n",
                "GB",
            )
            self.assertEqual(card["title"], role)
            self.assertIn("title", low_confidence_fields(card))
        card = parse_card_text(
            "Bloom Florist\nJane Doe\nOwner\n(415) 555-0143\njane@bloomflorist.com\n",
            line_heights={"Bloom Florist": 1.8},
        )
        self.assertEqual(
            (card["name"], card["title"], card["company"]),
            ("Jane Doe", "Owner", "Bloom Florist"),
        )

    def test_a_name_read_with_a_digit_or_in_two_cases(self):
        """Invented: a name the OCR read with a digit for a letter ("J0hn
        Smith", "John Sm1th": the reading the name lists know) and one printed
        with its given name in small letters ("john SMITH") are names; a role
        with a digit ("B2B Sales") stays no name."""
        for line, name in (
            ("J0hn Smith", "John Smith"),
            ("John Sm1th", "John Smith"),
            ("Wi1liam Wi1son", "William Wilson"),
            ("john SMITH", "John SMITH"),
            ("B2B Sales", ""),
        ):
            card = parse_card_text(
                f"Northwind Ltd.\n{line}\nSales Manager\n+44 20 7946 0958\n"
                "info@northwind.co.uk\n",
                "GB",
            )
            self.assertEqual(card["name"], name)

    def test_a_role_read_with_a_digit_for_a_letter(self):
        """Invented: "Sa1es Manager", "Techn1cian": the role, its letter put
        back, to be checked; "B2B Sales Manager" is printed so."""
        for line, title, marked in (
            ("Sa1es Manager", "Sales Manager", True),
            ("Techn1cian", "Technician", True),
            ("B2B Sales Manager", "B2B Sales Manager", False),
        ):
            card = parse_card_text(
                f"Northwind Ltd.\nJohn Smith\n{line}\n+44 20 7946 0958\n"
                "john.smith@northwind.co.uk\n",
                "GB",
            )
            self.assertEqual(card["title"], title)
            self.assertEqual("title" in low_confidence_fields(card), marked)

    def test_a_company_read_with_a_digit_for_a_letter(self):
        """Invented: "Northwind Log1stics Ltd.": the firm, its letter put back,
        to be checked; "Studio 54 Ltd." is printed so."""
        for line, company in (
            ("Northwind Log1stics Ltd.", "Northwind Logistics Ltd."),
            ("Studio 54 Ltd.", "Studio 54 Ltd."),
        ):
            card = parse_card_text(
                f"{line}\nJohn Smith\nSales Manager\n+44 20 7946 0958\n"
                "john.smith@northwind.co.uk\n",
                "GB",
            )
            self.assertEqual(card["company"], company)
            self.assertIn("company", low_confidence_fields(card))

    def test_a_trade_mark_sign_is_no_part_of_the_company(self):
        """Invented: "NORTHWIND™" and "Northwind®" over the name: the firm is
        "NORTHWIND", "Northwind", its sign left out."""
        for line, company in (("NORTHWIND™", "NORTHWIND"), ("Northwind®", "Northwind")):
            card = parse_card_text(
                f"{line}\nJohn Smith\nSales Manager\n+44 20 7946 0958\n"
                "john.smith@northwind.co.uk\n",
                "GB",
            )
            self.assertEqual(card["company"], company)

    def test_a_pharmacist_s_role_and_a_surname_that_is_a_trade(self):
        """Invented: "Farmacêutica Responsável" is the role; "PAUL" over
        "BOULANGER" (a baker's trade and a surname) is the name."""
        card = parse_card_text(
            "Farmácia Saúde\nDra. Ana Costa\nFarmacêutica Responsável\n"
            "(11) 3456-7890\nfarmaciasaude@uol.com.br\n",
            "BR",
        )
        self.assertEqual(
            (card["name"], card["title"]), ("Ana Costa", "Farmacêutica Responsável")
        )
        card = parse_card_text(
            "PAUL\nBOULANGER\nGérant\n06 12 34 56 78\ncontact@boulangerie-paul.fr\n",
            "FR",
        )
        self.assertEqual((card["name"], card["title"]), ("Paul Boulanger", "Gérant"))

    def test_review_of_this_round_s_rules(self):
        """Invented, from the review of this round's rules: two roles apart by a
        slash or a bar after the name keep the name ("Maria Lopez CEO /
        Founder"); a letter read from a digit takes its word's case ("J0HN
        SMITH", "0liver Smith", "SA1ES MANAGER"); a slogan written as a sentence
        stays no title ("Leading software developer"); a law office's name in
        capitals ("LAW OFFICES OF" / "JOHN R. MILLER")."""
        for line, name, title in (
            ("Maria Lopez CEO / Founder", "Maria Lopez", "CEO / Founder"),
            ("John Smith Owner | Operator", "John Smith", "Owner | Operator"),
        ):
            card = parse_card_text(
                f"Northwind Ltd.\n{line}\n+44 20 7946 0958\ninfo@northwind.co.uk\n",
                "GB",
            )
            self.assertEqual((card["name"], card["title"]), (name, title))
        for line, name in (
            ("J0HN SMITH", "John Smith"),
            ("0liver Smith", "Oliver Smith"),
        ):
            card = parse_card_text(
                f"Northwind Ltd.\n{line}\nSales Manager\n+44 20 7946 0958\n"
                "info@northwind.co.uk\n",
                "GB",
            )
            self.assertEqual(card["name"], name)
        card = parse_card_text(
            "Northwind Ltd.\nJohn Smith\nSA1ES MANAGER\n+44 20 7946 0958\n"
            "john.smith@northwind.co.uk\n",
            "GB",
        )
        self.assertEqual(card["title"], "SALES MANAGER")
        card = parse_card_text(
            "Northwind Ltd.\nJohn Smith\nLeading software developer\n"
            "+44 20 7946 0958\njohn.smith@northwind.co.uk\n",
            "GB",
        )
        self.assertEqual(card["title"], "")
        card = parse_card_text(
            "LAW OFFICES OF\nJOHN R. MILLER\nAttorney at Law\n(212) 555-0143\n"
            "jmiller@millerlaw.com\n"
        )
        self.assertEqual(card["company"], "LAW OFFICES OF JOHN R. MILLER")

    def test_roles_of_more_languages(self):
        """Invented: a Polish dispatcher, a Turkish dentist, a Finnish managing
        director, a Swedish sales manager and a German driving instructor are
        read as the title."""
        for role in (
            "Dyspozytor",
            "Diş Hekimi",
            "Toimitusjohtaja",
            "Försäljningschef",
            "Fahrlehrer",
        ):
            card = parse_card_text(
                f"Piotr Nowak\n{role}\nKowalski Transport Sp. z o.o.\n"
                "+48 601 234 567\np.nowak@kowalski-transport.pl\n",
                "PL",
            )
            self.assertEqual(card["title"], role)
            self.assertEqual(card["name"], "Piotr Nowak")

    def test_a_trade_in_everyday_words_under_a_brand(self):
        """Invented: a one-word brand over its trade in everyday words that end
        with a firm's noun ("SAKURA" / "Japanese Restaurant", "MARIA" / "Hair
        Salon") is one company, to be checked, not the trade alone; a person's
        name over a trade stays the name."""
        card = parse_card_text(
            "SAKURA\nJapanese Restaurant\nKenji Watanabe\nManager\n"
            "Tel: +81 3-1234-5678\n",
            "JP",
        )
        self.assertEqual(card["company"], "SAKURA Japanese Restaurant")
        self.assertEqual(card["name"], "Kenji Watanabe")
        self.assertIn("company", low_confidence_fields(card))
        card = parse_card_text(
            "MARIA\nHair Salon\nTel. 0176 1234567\nsalon@maria-friseur.de\n", "DE"
        )
        self.assertEqual(card["company"], "MARIA Hair Salon")
        card = parse_card_text(
            "Mira Patel\nInterior Design\n+91 98765 43210\nmira@gmail.com\n", "IN"
        )
        self.assertEqual(card["name"], "Mira Patel")
        self.assertEqual(card["company"], "Interior Design")

    def test_trades_listed_are_no_firms_name(self):
        """Invented: a freelancer's trades listed in everyday words ("Wedding &
        Event Photography", "Heating & Cooling" / "Residential, Commercial")
        name no firm, as the set's cards that print no firm are read
        ("WEB, PRINT, BRAND DESIGN", 297.jpg): the company is left empty and
        the line kept; a firm named by its owner ("Smith Plumbing & Heating"),
        partners ("DAVIS & SONS") or its domain keeps its name."""
        card = parse_card_text(
            "JOHN CARTER\nWedding & Event Photography\n+1 415 555 0199\n"
            "johncarterphoto@yahoo.com",
            "US",
            line_heights={"JOHN CARTER": 2.0},
        )
        self.assertEqual(card["company"], "")
        self.assertEqual(card["name"], "John Carter")
        self.assertIn("Wedding & Event Photography", card["lines"])
        card = parse_card_text(
            "Paul Martin\nHeating & Cooling\nResidential, Commercial\n"
            "paulmartin.hvac@gmail.com\n(555) 222-3344",
            "US",
            line_heights={"Paul Martin": 2.0},
        )
        self.assertEqual(card["company"], "")
        card = parse_card_text(
            "Mike Smith\nSmith Plumbing & Heating\n(617) 555-0123\n"
            "mike@smithplumbing.com",
            "US",
            line_heights={"Mike Smith": 2.0, "Smith Plumbing & Heating": 2.0},
        )
        self.assertEqual(card["company"], "Smith Plumbing & Heating")
        card = parse_card_text(
            "DAVIS & SONS\nRoofing, Siding, Gutters\nTom Davis\ntom@davisandsons.com",
            "US",
            line_heights={"DAVIS & SONS": 2.0},
        )
        self.assertEqual(card["company"], "DAVIS & SONS")
        card = parse_card_text(
            "Fresh & Clean\nJane Doe\n(555) 123-4567\njane@freshandclean.com",
            "US",
            line_heights={"Fresh & Clean": 2.0},
        )
        self.assertEqual(card["company"], "Fresh & Clean")
        # a firm's name in everyday words that ends with its kind of place
        card = parse_card_text(
            "Paul Young\nSenior Negotiator\nBricks & Mortar Estates\n"
            "paulyoung.bm@gmail.com",
            "GB",
            line_heights={"Paul Young": 2.0},
        )
        self.assertEqual(card["company"], "Bricks & Mortar Estates")

    def test_a_line_of_business_under_the_role(self):
        """Card 175: "Retail Banking", printed under "Assistant Manager" at its
        size, is the rest of the title."""
        card = _parse(HDFC_175, region="IN")
        self.assertEqual(card["title"], "Assistant Manager Retail Banking")
        self.assertEqual(card["company"], "HDFC BANK")

    def test_a_shops_lines_are_no_persons_name(self):
        """Card 157 prints no person's name: "AUTHENTIC WOOD CREATIONS" and
        "LOCAL CRAFT" say what the shop makes. Card 183: the shop's name
        written out in full wins over a piece of its logo."""
        card = _parse(WOOD_SHOP_157, region="ZA")
        self.assertFalse(card["name"])
        card = _parse(MELDI_183, region="IN")
        self.assertEqual(card["company"], "Meldi Tea Spot & Fast Food")
        self.assertIn("company", low_confidence_fields(card))

    def test_a_trade_as_the_role(self):
        """Card 159: "HAIRSTYLIST" under the name is the role."""
        card = _parse(GINNYS_ZONE_159)
        self.assertEqual(card["title"], "HAIRSTYLIST")
        self.assertEqual(card["name"], "Ginny Fleming")

    def test_a_script_logo_read_out_of_order(self):
        """Card 193: the OCR reads the script logo's "Ink" before "Defining";
        the free mail address's name gives the order, and the trade under it
        ends the company."""
        card = _parse(DEFINING_INK_193)
        self.assertEqual(card["company"], "Defining Ink Tattoo & Art Studio")
        self.assertFalse(card["name"])

    def test_a_shops_name_in_its_free_mail_address(self):
        """Card 195: "FASHION KARNICS", spelled by fashionKarnics@gmail.com, is
        the shop, not a person; its number, alone on its line with a trunk
        prefix and no country printed, is kept as printed, to be checked."""
        card = _parse(FASHION_KARNICS_195, region="US")
        self.assertEqual(card["company"], "FASHION KARNICS")
        self.assertFalse(card["name"])
        self.assertEqual(card["phones"], [("07019664670", ["work"])])
        self.assertIn("phone", low_confidence_fields(card))
        # a run of digits after other text is no number without a label
        card = parse_card_text("FASHION KARNICS\nRC 07019664670\n", "US")
        self.assertFalse(card["phones"])

    def test_a_university_named_over_two_lines(self):
        """Card 197: "UNIVERSITY OF ILLINOIS" / "AT URBANA - CHAMPAIGN" is one
        name."""
        card = _parse(ILLINOIS_197)
        self.assertEqual(
            card["company"], "UNIVERSITY OF ILLINOIS AT URBANA - CHAMPAIGN"
        )
        self.assertEqual(card["name"], "Lisa Weidinger")

    def test_a_malay_card(self):
        """Card 201: "Ketua Penolong Pengarah" (chief assistant director) is the
        role, "PERBADANAN PUTRAJAYA" (a corporation) the company."""
        card = _parse(PUTRAJAYA_201, region="MY")
        self.assertEqual(card["title"], "Ketua Penolong Pengarah")
        self.assertEqual(card["company"], "PERBADANAN PUTRAJAYA")
        self.assertEqual(card["name"], "Muhammad Rushdi bin Abu Hassan")

    def test_a_label_before_a_number_is_no_company(self):
        """Card 205: "Shop:" labels the shop's number; left over when the
        number is read, it is no company."""
        card = _parse(GREAT_CUTS_205)
        self.assertNotEqual(card["company"], "Shop")
        self.assertEqual(
            [number for number, _types in card["phones"]],
            ["+1 305-247-4077", "+1 786-399-5047"],
        )
        # a minister's honorific is no part of the name
        self.assertEqual(card["name"], "John Thorp")
        # a person's name before a colon is no label: it stays
        card = parse_card_text("Viren Shah : 9427802464\nLIC\n", "IN")
        self.assertEqual(card["name"], "Viren Shah")

    def test_a_clinic_card_with_letters_after_the_name(self):
        """Card 209: "DPT, CSCS" after the name are degrees, the first without
        its comma; the OCR put a space before the "_" of the address, taken out
        and to be checked; "Rehab & Sports Medicine" under "St. Francis" ends the
        company."""
        card = _parse(ST_FRANCIS_209)
        self.assertEqual(card["name"], "Michael Gard")
        self.assertIn("DPT, CSCS", card["lines"])
        self.assertEqual(card["emails"], [("Michael_Gard@ssmhc.com", ["work"])])
        self.assertIn("email", low_confidence_fields(card))
        self.assertEqual(card["company"], "St. Francis Rehab & Sports Medicine")
        self.assertEqual(card["title"], "Physical Therapist")
        # a surname that reads as a degree is kept when the name would lose it
        card = parse_card_text("Ana Mba\nana@mba.example.com\n", "US")
        self.assertEqual(card["name"], "Ana Mba")

    def test_an_office_number_is_no_company(self):
        """Card 207: "Centre Molka RDC Bureau N° 41 Manar II" is where the office
        is (an address's number), not the company; the card's company is only
        in its logo, so none is read."""
        card = _parse(ARIFI_207, region="TN")
        self.assertNotIn("Bureau", card["company"])
        self.assertEqual(card["name"], "Abdelkader Arifi")
        self.assertEqual(card["title"], "Gérant")

    def test_a_landmark_of_the_address_is_no_field(self):
        """Indian addresses give a landmark: "Nr. Gota Railway Crossing" (card
        175), "Opp. Saibaba Temple" (179). A landmark that names a trade ("Nr.
        Dentist Clinic", put here in place of card 175's, its role lines left
        out) is no title: a line that begins "Opp." or "Nr." is the address's."""
        lines = [
            ("Nr. Dentist Clinic,", *line[1:])
            if line[0].startswith("Nr. Gota")
            else line
            for line in HDFC_175
            if line[0] not in ("Assistant Manager", "Retail Banking")
        ]
        card = _parse(lines, region="IN")
        self.assertFalse(card["title"])
        self.assertEqual(card["company"], "HDFC BANK")
        self.assertIn("Nr. Dentist Clinic,", card["lines"])

    def test_a_department_is_no_company(self):
        """ "DEPARTMENT OF ELECTRICAL ENGINEERING" under the title is where the
        person works: never the company, even where no e-mail names the
        company, and kept in the note."""
        for leave_out in ((), ("ulate@ee.stanford.edu",)):
            card = _parse(STANFORD_45, leave_out=leave_out)
            self.assertNotIn("DEPARTMENT", card["company"])
            self.assertEqual(card["title"], "DIRECTOR OF ADMISSIONS")
            self.assertIn("DEPARTMENT OF ELECTRICAL ENGINEERING", card["lines"])
        self.assertEqual(card["name"], "Rafael Ulate")

    def test_a_title_that_begins_on_the_line_above(self):
        """ "REGIONAL BUSINESS DEVELOPMENT" / "EXECUTIVE (NORTH AMERICA)": the
        department words above the line with the role begin the title."""
        card = _parse(BETCONSTRUCT_61)
        self.assertEqual(
            card["title"], "REGIONAL BUSINESS DEVELOPMENT EXECUTIVE (NORTH AMERICA)"
        )
        self.assertEqual(card["name"], "Lyudmila Karapetyan")
        self.assertEqual(card["company"], "BETCONSTRUCT")

    def test_dots_and_slashes_the_ocr_lost_in_addresses(self):
        """ "tecsg com sg" after an "@" is tecsg.com.sg; "http:/ljasonpriem.com"
        had its second slash read as a letter. A name is never joined to the
        wordmark above it."""
        card = _parse(TOSHIBA_51, region="SG")
        self.assertEqual(card["emails"][0][0], "arumugam_thiyagarajan@tecsg.com.sg")
        self.assertEqual(card["company"], "Toshiba Tec Singapore Pte Ltd")
        self.assertNotIn("Arumugam", card["note"])
        card = parse_card_text("Jason Priem\nhttp:/ljasonpriem.com\n", "US")
        self.assertEqual(card["urls"], ["http://jasonpriem.com"])

    def test_a_legal_name_followed_by_its_address(self):
        """ "byteRays Technology Pvt. Ltd;" (its address after the stray
        punctuation): the legal name, over the wordmark, to be checked."""
        card = _parse(BYTERAYS_55, region="NP")
        self.assertEqual(card["company"], "byteRays Technology Pvt. Ltd")
        self.assertIn("company", low_confidence_fields(card))

    def test_a_verb_and_its_object_is_a_tagline(self):
        """ "Exploring the Science of Digital Forensics" over a blogger's card:
        a slogan (a verb in -ing, then an article), no company."""
        card = _parse(OGMINI_213)
        self.assertNotIn("Exploring", card["company"])
        self.assertEqual(card["name"], "Christopher Eng")
        self.assertEqual(card["urls"], ["https://ogmini.github.io"])
        # a firm's name that begins with a trade in -ing stays one
        card = _parse([("Building Materials Company", 1.0, 1.4), *OGMINI_213[1:4]])
        self.assertEqual(card["company"], "Building Materials Company")

    def test_a_unit_named_at_length_is_no_part_of_the_title(self):
        """Cards 51 and 197: "Information Systems Division", "Department of
        Electrical and Computer Engineering" under the role name where the
        person works; the title is the role. A short one ("SCM Division") is
        still the rest of the role (see ``test_a_department_is_no_name``)."""
        card = _parse(TOSHIBA_51, region="SG")
        self.assertEqual(card["title"], "Assistant General Manager (Division Head)")
        self.assertIn("Information Systems Division", card["lines"])
        card = _parse(ILLINOIS_197)
        self.assertEqual(card["title"], "Office Support Specialist")
        self.assertIn(
            "Department of Electrical and Computer Engineering", card["lines"]
        )

    def test_a_rarer_role_is_a_title_to_check(self):
        """A role the card names in a word rarer on cards ("Electrician",
        "Notaire"): the title, to be checked; a surname that is a trade too
        ("Baker") stays the name's."""
        card = parse_card_text(
            "Maria Keller\nLicensed Electrician\nmaria@kellerpower.com\n", "US"
        )
        self.assertEqual(card["name"], "Maria Keller")
        self.assertEqual(card["title"], "Licensed Electrician")
        self.assertIn("title", low_confidence_fields(card))
        card = parse_card_text("Anna Baker\nanna@bakerlaw.com\n", "US")
        self.assertEqual(card["name"], "Anna Baker")
        self.assertEqual(card["title"], "")

    def test_a_wordmark_in_small_letters_is_the_company_to_check(self):
        """Card 187: "deepmala fancy" / "lights", the card's largest lines, in
        small letters by design and no e-mail to match: the company, to be
        checked; a slogan in small letters is none."""
        card = _parse(DEEPMALA_187, region="IN")
        self.assertEqual(card["company"], "deepmala fancy lights")
        self.assertEqual(card["name"], "Tulsidas Makhija")
        self.assertIn("company", low_confidence_fields(card))
        lines = [
            ("we light up your home", 1.0, 1.56)
            if line[0] == "deepmala fancy"
            else line
            for line in DEEPMALA_187
            if line[0] != "lights"
        ]
        card = _parse(lines, region="IN")
        self.assertNotIn("light", card["company"])

    def test_a_legal_form_spelled_out_under_the_initials_the_domain_gives(self):
        """Card 219: "JINNO INTERNATIONAL COOPERATION" / "JOINT STOCK COMPANY"
        at jic.vn: the initials spell the domain with or without the legal form
        spelled out, so the name goes on to it. "RYO" / "IMAI", a word a line:
        the e-mail (ryo@) says "Ryo" is the given name, as does the list of
        Japanese given names."""
        card = _parse(JINNO_219, region="VN")
        self.assertEqual(
            card["company"], "JINNO INTERNATIONAL COOPERATION JOINT STOCK COMPANY"
        )
        self.assertEqual(card["name"], "Ryo Imai")
        self.assertNotIn("name", low_confidence_fields(card))
        # without the e-mail, "Ryo" is a Japanese given name all the same
        email = "E-mail: ryo@jic.vn / Tax code: 0106472242"
        card = _parse(JINNO_219, region="VN", leave_out=[email])
        self.assertEqual(card["name"], "Ryo Imai")
        # and a word no list knows is stacked on the e-mail's word only
        lines = [("ZYX", *line[1:]) if line[0] == "RYO" else line for line in JINNO_219]
        card = _parse(lines, region="VN", leave_out=[email])
        self.assertNotEqual(card["name"], "Zyx Imai")

    def test_the_firms_own_name_under_the_role_is_no_part_of_it(self):
        """Card 199: "Ricoh Commercial" under "Technology Service Technician I"
        at ricoh-usa.com names the firm's unit: the title is the role."""
        card = _parse(RICOH_199)
        self.assertEqual(card["title"], "Technology Service Technician I")
        self.assertEqual(card["name"], "Joseph W Caramelli")
        self.assertIn("Ricoh Commercial", card["lines"])

    def test_a_line_in_capitals_under_a_role_in_small_letters_is_apart(self):
        """Card 11: "INTERNATIONAL FREIGHT", the firm's trade in capitals, under
        "Director": no part of the role, which is shown to be checked."""
        card = _parse(DY_ULC_11, region="KR")
        self.assertEqual(card["title"], "Director")
        self.assertIn("title", low_confidence_fields(card))
        self.assertEqual(card["company"], "DY ULC CO., LTD.")

    def test_degrees_after_a_name_over_a_shops_name_the_mailbox_spells(self):
        """Card 225: "D.Jayakumar, M.Sc., M.Phil., (Maths) MLIS" (degrees, one
        with its subject in brackets) is the person; "Royal Shelter", printed
        large and spelled by the mailbox royalshelter2007@, the company. Both
        to be checked; the degrees kept in the note."""
        card = _parse(ROYAL_SHELTER_225, region="IN")
        self.assertEqual(card["name"], "D.Jayakumar")
        self.assertEqual(card["company"], "Royal Shelter")
        self.assertIn("M.Sc., M.Phil., (Maths) MLIS", card["lines"])
        self.assertIn("name", low_confidence_fields(card))
        self.assertIn("company", low_confidence_fields(card))

    def test_the_common_nouns_of_firms_in_other_languages(self):
        """Card 227: "FABRICA DE CASETON" (a factory) at fabricadecasetondc@ is
        the company, "DOLLY CENTENO" the person. Card 231: "SERVIS NODI" (a
        repair shop) is no person's name."""
        card = _parse(CASETON_227, region="CO")
        self.assertEqual(card["company"], "FABRICA DE CASETON")
        self.assertEqual(card["name"].casefold(), "dolly centeno")
        card = _parse(NODI_231, region="BA")
        self.assertEqual(card["company"], "SERVIS NODI")
        self.assertNotEqual(card["name"], "Servis Nodi")

    def test_middle_dots_between_a_numbers_digits(self):
        """Card 235: "(973)·462·8589" is one number."""
        card = _parse(STARK_235)
        self.assertEqual(
            [number for number, _types in card["phones"]], ["+1 973-462-8589"]
        )
        self.assertEqual(card["name"], "Jennifer Stark")

    def test_two_roles_joined_by_a_slash(self):
        """Card 237: "singer/songwriter" is the title."""
        card = _parse(KINAL_237)
        self.assertEqual(card["title"], "singer/songwriter")
        self.assertEqual(card["name"], "Ryan Kinal")

    def test_a_company_over_two_lines_is_as_sure_as_the_least_sure(self):
        """Card 239: "GroupHouse" / "Prodúctions" at grouphouseproductions.com:
        the OCR was unsure of the second line (its stray accent), so the
        company is to be checked."""
        card = _parse(GROUPHOUSE_239)
        self.assertEqual(card["company"], "GroupHouse Prodúctions")
        self.assertIn("company", low_confidence_fields(card))

    def test_what_we_do_is_a_slogan(self):
        """Card 229, a nail salon's list of services: "Revendemos Produtos"
        (we resell products) is no person's name; a surname of that ending
        ("Ramos") still is one."""
        card = _parse(LEILA_229, region="BR")
        self.assertNotEqual(card["name"], "Revendemos Produtos")
        card = parse_card_text("Ana Ramos\nana@ramos.com.br\n", "BR")
        self.assertEqual(card["name"], "Ana Ramos")

    def test_one_more_word_of_firms_ends_the_company(self):
        """Card 245: "Michael Shannon Automotive" / "Services" is a mechanic's
        firm, no person ("Automotive" is a word of firms); "LICENSED" alone
        says how, no role."""
        card = _parse(SHANNON_245, region="AU")
        self.assertEqual(card["company"], "Michael Shannon Automotive Services")
        self.assertNotEqual(card["name"], "Michael Shannon Automotive")
        self.assertEqual(card["title"], "")

    def test_what_a_shop_does_is_no_persons_name(self):
        """Card 257: "Waste Removal", one of the services of a firm that prints
        no person, is no name; card 261: "Web Applications" neither."""
        card = _parse(DANICE_257, region="ZA")
        self.assertEqual(card["name"], "")
        self.assertEqual(card["company"], "DANICE WASTE MANAGEMENT")
        card = _parse(FRONCZAK_261)
        self.assertNotEqual(card["name"], "Web Applications")

    def test_a_wordmark_of_four_words_ended_by_its_trade(self):
        """Card 251: "Wyoming Valley Appliance Repair", the card's largest line,
        is the company, to be checked; "Chris Leeds" is the person."""
        card = _parse(WYOMING_251)
        self.assertEqual(card["company"], "Wyoming Valley Appliance Repair")
        self.assertIn("company", low_confidence_fields(card))
        self.assertEqual(card["name"], "Chris Leeds")
        self.assertEqual(card["title"], "Master Technician")

    def test_where_the_shop_is_is_no_name(self):
        """Card 253: "Outside Concord Mills Mall" says where the salon is, as
        "Opp." and "Near" do; "Moon Nails" is its name, not a person's."""
        card = _parse(MOON_253)
        self.assertNotEqual(card["name"], "Outside Concord Mills Mall")
        self.assertEqual(card["company"], "Moon Nails")

    def test_the_firms_name_before_its_slogan(self):
        """Card 229: "Leila Nails. Cuidando de você!" gives the company, to be
        checked; "Serviços", a heading, is none."""
        card = _parse(LEILA_229, region="BR")
        self.assertEqual(card["company"], "Leila Nails")
        self.assertIn("company", low_confidence_fields(card))

    def test_what_a_firm_cares_for_is_no_name(self):
        """Card 269: "HOME CARE" is the firm's trade, no person; "Neil Bahura"
        is the name. "MERCIFUL" / "HOME CARE" spell more of the mailbox
        mercifulhcllc@ than "MERCIFUL" alone: the company, to be checked."""
        card = _parse(MERCIFUL_269)
        self.assertEqual(card["name"], "Neil Bahura")
        self.assertEqual(card["company"], "MERCIFUL HOME CARE")
        self.assertIn("company", low_confidence_fields(card))

    def test_md_before_a_name_is_muhammad(self):
        """Card 275: "Md. Majibur Rahaman" is a person's name ("Md." shortens
        Muhammad), no managing director; "N.A.AUTOMOBILE" is the company, the
        space the OCR lost after its initials put back."""
        card = _parse(AUTOMOBILE_275, region="IN")
        self.assertEqual(card["name"], "Md. Majibur Rahaman")
        self.assertEqual(card["title"], "")
        self.assertEqual(card["company"], "N.A. AUTOMOBILE")

    def test_initials_then_the_trade_in_small_letters(self):
        """Card 277: "CMA sports shop" is the shop's wordmark, no slogan."""
        card = _parse(CMA_277, region="IN")
        self.assertEqual(card["company"], "CMA sports shop")
        self.assertEqual(card["name"], "Syed Usman Ali")
        self.assertEqual(card["title"], "Proprietor")

    def test_a_shops_mailbox_named_as_its_site(self):
        """Card 281: "FREEZE CONTROL" at freezecontrol123@gmail.com and
        freezecontrol.co.in is the firm, no person (no given name in it)."""
        card = _parse(FREEZE_281, region="IN")
        self.assertEqual(card["company"], "FREEZE CONTROL")
        self.assertNotEqual(card["name"], "Freeze Control")

    def test_a_name_only_a_free_mailbox_spells_whole_is_to_be_checked(self):
        """Card 285: "Multi Plats" at multiplats@hotmail.fr, no given name in
        it, may be the caterer's mailbox: if read as a name, to be checked;
        "Et Autre Saveurs" (and other flavours) is no name."""
        card = _parse(MULTIPLATS_285, region="FR")
        # the card prints no person: no name, or this one to be checked
        self.assertIn(card["name"], ("", "Multi Plats"))
        if card["name"]:
            self.assertIn("name", low_confidence_fields(card))
        card = parse_card_text("Ana Ramos\nanaramos@gmail.com\n", "BR")
        self.assertNotIn("name", low_confidence_fields(card))

    def test_hindi_given_names_as_cards_print_them(self):
        """A given name in Hindi counts in each way Indian cards print it: the
        last "a" unsaid or said after two consonants, a long vowel as "ee",
        an "a" between syllables unsaid, "ज़" as z; a person's name the free
        mailbox spells whole is then no shop's."""
        self.assertEqual(_romanised("संदीप"), {"sandip", "sandeep"})
        self.assertIn("narendra", _romanised("नरेन्द्र"))
        self.assertIn("harsh", _romanised("हर्ष"))
        self.assertIn("jagdish", _romanised("जगदीश"))
        self.assertIn("gulzar", _romanised("गुलज़ार"))
        self.assertIn("ambika", _romanised("अंबिका"))
        self.assertNotIn("annt", _romanised("अनन्त"))
        self.assertEqual(_romanised("Sandeep"), set())
        card = parse_card_text("Sandeep Thakkar\nsandeepthakkar@gmail.com\n", "IN")
        self.assertEqual(card["name"], "Sandeep Thakkar")
        self.assertNotIn("name", low_confidence_fields(card))

    def test_a_wordmark_over_its_trade_in_small_capitals(self):
        """Card 289: "AMPED" over "ELECTRIC" is the company; "RUDEE DELEON"
        the electrician."""
        card = _parse(AMPED_289)
        self.assertEqual(card["company"], "AMPED ELECTRIC")
        self.assertEqual(card["name"], "Rudee Deleon")
        self.assertEqual(card["title"], "ELECTRICIAN")

    def test_made_with_love_is_a_slogan(self):
        """Card 293: "made with looe" (love, misread) is no person's name."""
        card = _parse(KRAZY_293)
        self.assertEqual(card["name"], "")

    def test_a_role_a_colon_then_the_name(self):
        """Card 295: "Prop: P. Kishan Rao" prints the proprietor's role, then
        his name: he is the person, over "R.S.GRANITES", a larger line of a
        name's shape; "Prop" is his title, to be checked."""
        card = _parse(GRANITES_295, region="IN")
        self.assertEqual(card["name"], "P. Kishan Rao")
        self.assertEqual(card["title"], "Prop")
        self.assertIn("title", low_confidence_fields(card))

    def test_a_psychologists_council_number_is_no_phone(self):
        """Card 263: "CRP 07/41353" is the psychologist's number at her
        council, no phone; "(53) 98484-7284" is her phone, "PSICÓLOGA" her
        title."""
        card = _parse(BOHM_263, region="BR")
        self.assertEqual(
            [number for number, _types in card["phones"]], ["+55 53 98484-7284"]
        )
        self.assertEqual(card["title"], "PSICÓLOGA")

    def test_the_new_words_keep_ordinary_cards_as_they_were(self):
        """ "Inside Sales Manager" stays a title; "Tailor Made Travel" a company
        ("made" only begins a slogan with "with", "in", "by", "for"); a role
        that ends "CRM" keeps its phone; "Prop." before a name, as "Prop:";
        "Or Cohen" and "Ou Wei Ming" stay names."""
        card = parse_card_text(
            "Jane Doe\nInside Sales Manager\nTailor Made Travel\n"
            "Head of CRM: +44 7700 900123\njane@tailormadetravel.co.uk\n",
            "GB",
        )
        self.assertEqual(card["title"], "Inside Sales Manager")
        self.assertEqual(card["company"], "Tailor Made Travel")
        self.assertEqual(
            [number for number, _types in card["phones"]], ["+44 7700 900123"]
        )
        card = parse_card_text("Prop. Ramesh Kumar\n+91 98450 12345\n", "IN")
        self.assertEqual(card["name"], "Ramesh Kumar")
        self.assertEqual(card["title"], "Prop")
        card = parse_card_text("Or Cohen\nProduct Manager\n", "IL")
        self.assertEqual(card["name"], "Or Cohen")
        card = parse_card_text("CRP 07/41353\n(53) 98484-7284\n", "BR")
        self.assertEqual(
            [number for number, _types in card["phones"]], ["+55 53 98484-7284"]
        )

    def test_a_piece_of_a_sentence_is_to_be_checked(self):
        """A line of running text (it ends on a comma, the line before it ends
        on "and", a sentence ends inside it) is no sure title: "Domo's CEO
        loves business cards. But," and "Family Therapist (LMFTA) specializing"
        are to be checked; "1501 Pottery Ave" is the street, not a postcode and
        a city."""
        card = _parse(DOMO_SWEEP)
        self.assertIn("title", low_confidence_fields(card))
        card = _parse(THERAPY_SWEEP)
        self.assertEqual(card["title"], "Family Therapist (LMFTA) specializing")
        self.assertIn("title", low_confidence_fields(card))
        address = card["addresses"][0][0]
        self.assertEqual(address["street"], "1501 Pottery Ave")
        self.assertEqual((address["zip"], address["city"]), ("98366", "Port Orchard"))
        # after a line of text that runs on into it: to be checked; alone: sure
        card = parse_card_text(
            "Ana Ruiz\nWe help families who are new to the city and\n"
            "Family Therapist\nana@ruiztherapy.com\n",
            "US",
        )
        self.assertIn("title", low_confidence_fields(card))
        card = parse_card_text("Ana Ruiz\nFamily Therapist\nana@ruiztherapy.com\n")
        self.assertEqual(card["title"], "Family Therapist")
        self.assertNotIn("title", low_confidence_fields(card))

    def test_a_label_alone_is_no_company(self):
        """ "Email" over "Flora@email.com": a label, not the firm the domain
        spells (email.com is a free mailbox)."""
        card = _parse(FLORA_SWEEP)
        self.assertTrue(not card["name"] or "name" in low_confidence_fields(card))
        self.assertNotIn(card["company"].casefold(), ("email", "address", "phone"))
        self.assertNotIn(card["name"].casefold(), ("email", "address", "phone"))
        self.assertEqual(card["emails"][0][0], "Flora@email.com")

    def test_a_list_of_services_gives_no_title(self):
        """Lines that begin with "»" list what a shop does: none is the title
        or the company; "Sales & Service" says what it does, no role; a line
        labelled "Adress:" is the address, not the company."""
        card = _parse(SERVICES_SWEEP, region="PE")
        self.assertEqual(card["title"], "")
        self.assertNotIn("»", card["company"])
        card = _parse(RAJANNA_SWEEP, region="IN")
        self.assertEqual(card["title"], "")
        self.assertEqual(card["company"], "RAJANNA")
        self.assertEqual(
            card["addresses"][0][0]["street"],
            "Near CESS Office, Opp: Bank Of Baroda, Korutla Bustand Road, Vemulawada",
        )
        card = parse_card_text("Ravi Kumar\nService Engineer\n+91 98450 12345\n", "IN")
        self.assertEqual(card["title"], "Service Engineer")

    def test_a_given_name_alone_next_to_a_number(self):
        """Card 53 (jating0000la/business-card-extractor, business-card.jpg), a
        Delhi shop's: "Vijay" alone between his mobile and the shop's number is
        whom to call, his one name, to be checked. Invented: a shop's name that
        is an everyday word ("Joy") stays no name, and two such names leave the
        choice to the user."""
        card = _parse(MEDICAL_GOODS_53, region="IN")
        self.assertEqual(card["name"], "Vijay")
        self.assertIn("name", low_confidence_fields(card))
        card = parse_card_text("Joy Bakery\nMob. 98765 43210\nJoy\n", "IN")
        self.assertEqual(card["name"], "")
        card = parse_card_text(
            "Patel Hardware\nRakesh\nMob. 98765 43210\nShop: 011-46066047\nSuresh\n",
            "IN",
        )
        self.assertEqual(card["name"], "")
        card = parse_card_text(
            "Patel Hardware\nRakesh\nMob. 98765 43210\nShop No. 5, Main Bazaar\n", "IN"
        )
        self.assertEqual(card["name"], "Rakesh")

    def test_a_list_of_goods_gives_no_title(self):
        """Card 53 lists what a medical-supplies shop sells, comma after comma;
        one of its goods, "Dr. Coat", holds a role's word: the list is no
        title. Roles in a row stay the title, five of them too."""
        card = _parse(MEDICAL_GOODS_53, region="IN")
        self.assertEqual(card["title"], "")
        card = parse_card_text(
            "Csaba Szuda\nChief Executive Officer, VDA QMC Trainer, Senior Consultant\n"
            "+36 20 312 9335\n",
            "HU",
        )
        self.assertEqual(
            card["title"],
            "Chief Executive Officer, VDA QMC Trainer, Senior Consultant",
        )
        card = parse_card_text(
            "Ana Ruiz\nFounder, Director, Producer, Writer, Editor\n+1 212 555 0143\n"
        )
        self.assertEqual(card["title"], "Founder, Director, Producer, Writer, Editor")

    def test_a_role_at_a_place_is_no_address(self):
        """ "PhD Candidate @ SecLab": a role at a lab, no e-mail address to join
        up; the role is the title. An address with spaces round its "@" is
        still joined."""
        card = _parse(SECLAB_SWEEP)
        self.assertEqual(card["title"], "PhD Candidate @ SecLab")
        self.assertEqual(card["emails"][0][0], "machiry@cs.ucsb.edu")
        card = parse_card_text("Ana Ruiz\nEmail: Ana @ Gmail.com\n")
        self.assertEqual(card["emails"][0][0].lower(), "ana@gmail.com")

    def test_a_product_the_card_s_site_spells_stays_one_word(self):
        """Card 303: "NavisWorks" in the title is the product of
        www.navisworks.com, printed as one word, not two the OCR glued; a
        role's words glued in small print are still parted."""
        card = _parse(AUTODESK_303, region="GB")
        self.assertTrue(card["title"].startswith("Development Manager, NavisWorks"))
        card = parse_card_text("Ana Ruiz\nSeniorAdviser\nana@example.com\n")
        self.assertEqual(card["title"], "Senior Adviser")

    def test_a_vietnamese_name_is_to_be_checked(self):
        """ "VIỆT HẢI" read "VIÊT HÅI": the OCR reads Vietnamese accents wrong
        often, and the e-mail address spells the letters, not the accents; the
        name is to be checked. A Swedish "Å" and a Portuguese "ô" are not
        Vietnamese."""
        card = _parse(VIET_HAI_SWEEP, region="VN")
        self.assertEqual(card["name"], "Viêt Håi")
        self.assertIn("name", low_confidence_fields(card))
        for name, mail in (
            ("Åsa Lindström", "asa.lindstrom"),
            ("Antônio Ferreira", "antonio.ferreira"),
        ):
            card = parse_card_text(
                f"{name}\nSenior Engineer\nVolvo Cars\n+46 8 123 456 78\n"
                f"{mail}@volvocars.com\n",
                "SE",
            )
            self.assertEqual(card["name"], name)
            self.assertNotIn("name", low_confidence_fields(card))

    def test_where_one_works_and_a_firm_s_mailbox_are_no_name(self):
        """ "DETROIT-BASED MILLENNIAL FUTURIST" says where and what the person
        is, no name; cozynerd.consulting@ and suehirorestaurant.slc@ are firms'
        mailboxes, no one's name either ("anna.lopez@" is hers)."""
        card = _parse(COZY_NERD_SWEEP, region="US")
        self.assertNotIn("Detroit", card["name"])
        self.assertNotIn("Consulting", card["name"])
        card = parse_card_text("+1 734 752 1190\nanna.lopez@gmail.com\n", "US")
        self.assertEqual(card["name"], "Anna Lopez")
        # suehirorestaurant.slc@: the restaurant's mailbox
        card = _parse(SUEHIRO_SWEEP, region="US")
        self.assertNotIn("Suehirorestaurant", card["name"])

    def test_a_phone_label_with_a_country_s_code(self):
        """ "Telf. AO:" labels the Angolan number ("Telf.", teléfono): no name
        of anyone."""
        card = _parse(ARTESGC_SWEEP, region="AO")
        self.assertNotIn("Telf", card["name"])
        self.assertEqual(len(card["phones"]), 2)
        self.assertNotIn("Telf. SA", card["lines"])

    def test_a_number_glued_to_the_web_address(self):
        """ "6046872468www.gachet.org": the gallery's number and its web
        address, the space between them lost."""
        card = _parse(GACHET_SWEEP, region="CA")
        self.assertEqual(card["urls"], ["https://www.gachet.org"])
        self.assertEqual(
            [number for number, _types in card["phones"]], ["+1 604-687-2468"]
        )

    def test_a_shop_named_after_its_owner(self):
        """ "Andy's American Kustoms (AAK)": whose shop, then what it is, its
        initials in brackets; the company (to be checked: the web address
        spells another name), Andy Fanshawe the person."""
        card = _parse(AAK_SWEEP, region="GB")
        self.assertEqual(card["company"], "Andy's American Kustoms (AAK)")
        self.assertEqual(card["name"], "Andy Fanshawe")
        card = parse_card_text("Maria's Bakery\nMaria Lopez\n+1 212 555 0143\n")
        self.assertEqual(card["company"], "Maria's Bakery")

    def test_rarer_trades_and_glued_roles_are_titles(self):
        """ "CALLIGRAPHIST" and "Gardener" under the person's name are roles
        (rarer ones: to be checked); "Exp.Manager" and "dott.ssa" are a role's
        words joined by a dot."""
        for lines, title in (
            (CALLIGRAPHY_SWEEP, "CALLIGRAPHIST"),
            (GARDENER_SWEEP, "Gardener"),
        ):
            card = _parse(lines, region="IN")
            self.assertEqual(card["title"], title)
            self.assertIn("title", low_confidence_fields(card))
        card = parse_card_text("John Ho\nExp.Manager\njohn@sunshining.cn\n", "CN")
        self.assertEqual(card["title"], "Exp.Manager")

    def test_degrees_after_a_name_are_no_title(self):
        """ "Joseph C. Wu, MD, PhD": a doctor's degrees, no managing director;
        his role is the line under it. "Ravi Kumar, MD" alone stays a role."""
        card = _parse(STANFORD_CVI_SWEEP)
        self.assertEqual(card["name"], "Joseph C. Wu")
        self.assertEqual(card["title"], "Director, Stanford Cardiovascular Institute")
        card = parse_card_text(
            "Ravi Kumar, MD\nAcme Pharma Ltd\n+91 98450 12345\n", "IN"
        )
        self.assertEqual(card["title"], "MD")

    def test_a_misspelt_role_and_a_cut_one(self):
        """ "Propritor" (a letter left out of "Proprietor") is the role, as
        printed, to be checked; "SPECIALIST IN" under it names no role of its
        own and a title that ends on "in" is cut: to be checked too."""
        card = _parse(BHATTI_SWEEP, region="PK")
        self.assertEqual(card["title"], "Propritor")
        self.assertIn("title", low_confidence_fields(card))
        card = parse_card_text("Ana Ruiz\nSpecialist in\nana@ruiz.es\n", "ES")
        self.assertEqual(card["title"], "Specialist in")
        self.assertIn("title", low_confidence_fields(card))
        # "Landscape" is a word, not "Landscaper" cut
        card = parse_card_text("Ana Ruiz\nLandscape Design\nana@ruiz.es\n", "ES")
        self.assertEqual(card["title"], "")

    def test_a_role_word_misread_or_short_of_a_letter(self):
        """Invented: a role's letter misread is put back as the OCR misreads
        letters ("Direotor", an o for the c: Director, not the German and Polish
        Direktor); a department's word short of a letter ("Markting") is left as
        printed, as "Propritor" is, and checked."""
        card = parse_card_text(
            "Ian Bell\nDireotor of Operations\nian@bellgroup.com",
            "GB",
            line_heights={"Ian Bell": 1.6},
        )
        self.assertEqual(card["title"], "Director of Operations")
        card = parse_card_text(
            "Jan Kos\nMarkting Manager\njan@kosmar.pl",
            "PL",
            line_heights={"Jan Kos": 1.6},
        )
        self.assertEqual(card["title"], "Markting Manager")
        self.assertIn("title", low_confidence_fields(card))
        card = parse_card_text(
            "Jan Kos\nMarketing Manager\njan@kosmar.pl",
            "PL",
            line_heights={"Jan Kos": 1.6},
        )
        self.assertNotIn("title", low_confidence_fields(card))

    def test_the_maker_s_site_and_a_firm_by_name(self):
        """ "Designed By www.webcomforts.com" is the designer's site, not the
        college's (kept in the note); "BY SOLAR UNIVERSE" under a product's
        logo names the firm, without "by"."""
        card = _parse(IMPERIAL_SWEEP, region="PK")
        self.assertEqual(card["urls"], [])
        self.assertIn("Designed By www.webcomforts.com", card["lines"])
        card = _parse(SOLAR_UNIVERSE_SWEEP)
        self.assertEqual(card["company"], "SOLAR UNIVERSE")

    def test_a_scanning_app_s_mark_is_no_one_s_name(self):
        """ "CamScanner", the app's mark on a scan, is nothing of the card's:
        the name is the one printed with its degrees after it, a comma after
        the last ("Y.V. Siva Kumar M.A., LL.B.,"); "PMP ®" after a name is a
        certificate, its mark read apart."""
        card = _parse(LIC_OFFICER_SWEEP, region="IN")
        self.assertEqual(card["name"], "Y.V. Siva Kumar")
        self.assertEqual(card["title"], "Development Officer")
        self.assertNotIn("CamScanner", card["lines"])
        card = _parse(ORACLE_SWEEP, region="IN")
        self.assertEqual(card["name"], "Chandrasekhar Patarlapalli")
        self.assertEqual(card["title"], "Director")

    def test_degrees_and_a_street_are_no_name(self):
        """ "B.E. Civil" is a degree, "John Street Hawthorn" a street and its
        suburb: no one's name; "Professor" before a name is his rank, the
        name is "Emad Gad". "M.A. Khan" keeps his initials."""
        card = _parse(STRUCTURES_SWEEP, region="IN")
        self.assertEqual(card["name"], "Anita Devi Bonala")
        card = _parse(SWINBURNE_SWEEP, region="AU")
        self.assertEqual(card["name"], "Emad Gad")
        self.assertEqual(
            card["title"], "Chair of Department of Civil and Construction Engineering"
        )
        card = parse_card_text("M.A. Khan\nSales Manager\nkhan@acme.pk\n", "PK")
        self.assertEqual(card["name"], "M.A. Khan")

    def test_initials_before_a_name_and_md_for_muhammad(self):
        """ "Dr. K.H.V. Durga Rao": three initials and two names, a person's
        name, not a doctor's role; "MD. AHASANUL KARIM": Muhammad shortened,
        no managing director; "REGIONAI", an "L" read as "I", is mended and
        to be checked."""
        card = _parse(NRSC_SWEEP, region="IN")
        self.assertEqual(card["name"], "K.H.V. Durga Rao")
        self.assertEqual(card["title"], "Head, Disaster Management Support Division")
        card = _parse(READYSUN_SWEEP, region="BD")
        self.assertEqual(card["name"], "Md. Ahasanul Karim")
        self.assertEqual(card["title"], "REGIONAL SALES MANAGER")
        self.assertIn("title", low_confidence_fields(card))

    def test_a_surname_that_is_a_role_s_word(self):
        """ "Dr. Michael Dean": Dean is his surname, no dean's role; "Regional
        Director" is a role, no one's name."""
        card = _parse(CLARINET_SWEEP)
        self.assertEqual((card["name"], card["title"]), ("Michael Dean", ""))
        card = parse_card_text("Anna Ruiz\nRegional Director\nanna@ruiz.es\n", "ES")
        self.assertEqual(
            (card["name"], card["title"]), ("Anna Ruiz", "Regional Director")
        )

    def test_one_name_the_address_spells_over_a_role(self):
        """ "Ravikumar" over "Manager", at ravikumar@: his one name, to be
        checked; a one-word line the address does not spell stays no name."""
        card = _parse(INFINITY_SWEEP, region="IN")
        self.assertEqual((card["name"], card["title"]), ("Ravikumar", "Manager"))
        self.assertIn("name", low_confidence_fields(card))
        card = parse_card_text(
            "Ravikumar\nManager\n+91 97890 96485\nsales@acme.in\n", "IN"
        )
        self.assertEqual(card["name"], "")

    def test_one_name_after_a_role_and_a_state_that_is_none(self):
        """ "Prop. Sonu": the proprietor and his one name; "Telangana State."
        is where the shop is, no one's name; "Manager: Sales" names no one."""
        card = _parse(SHYAM_SWEEP, region="IN")
        self.assertEqual((card["name"], card["title"]), ("Sonu", "Prop"))
        card = _parse(ABHAYA_SWEEP, region="IN")
        self.assertEqual(card["name"], "")
        card = parse_card_text("Manager: Sales\n+91 98450 12345\n", "IN")
        self.assertEqual(card["name"], "")
        # a Mumbai restaurant's card (Raj-Motta/OCR-Business_Card_Reader,
        # Version Final/Selected/112.jpeg) prints "Online Order" by its
        # web address: what it offers, no one's name
        card = parse_card_text("Online Order\n+91 80808 08599\n", "IN")
        self.assertEqual(card["name"], "")

    def test_degrees_after_a_role_are_left_out_of_it(self):
        """ "Managing Director B.E. Civil": the role, without the degree after
        it, to be checked; the degree is kept with the note's lines."""
        card = _parse(WONDER_SWEEP, region="IN")
        self.assertEqual(card["title"], "Managing Director")
        self.assertIn("title", low_confidence_fields(card))
        self.assertIn("B.E. Civil", card["lines"])
        self.assertEqual(card["name"], "L. Krishna Reddy")

    def test_a_card_printed_as_markup(self):
        """Card 57 prints its owner as FOAF markup, a Japanese engineer's card
        its back as tags: the text between the tags is read, not the tags
        ("<foaf:organization>UNC-Chapel Hill SILS<", "</url>" after the web
        address)."""
        card = _parse(FOAF_57)
        self.assertEqual(card["name"], "Jason Priem")
        self.assertEqual(card["company"], "UNC-Chapel Hill SILS")
        card = _parse(MARKUP_SWEEP, region="JP")
        self.assertEqual(card["title"], "Web Engineer")
        self.assertEqual(card["urls"][0], "https://hikarugyoji.github.io/portfolio")
        self.assertNotIn("<", card["company"])

    def test_roles_that_go_on_after_a_comma(self):
        """Card 105: "Chief Executive Officer VDA QMCTrainer," ends on a comma;
        its roles go on at "Senior Consultant", two lines down past the office's
        name: one title, to be checked."""
        card = _parse(QFD_105)
        self.assertTrue(card["title"].endswith(", Senior Consultant"))
        self.assertIn("title", low_confidence_fields(card))
        card = parse_card_text(
            "Ana Ruiz\nSenior Consultant\nAcme Ltd\n+44 20 7946 0321\n"
        )
        self.assertEqual(card["title"], "Senior Consultant")

    def test_words_shortened_with_capitals_are_no_sure_website(self):
        """ "Spl.In" (specialised in) has the shape of a web address: to be
        checked; "saftronics.github.io" and "Example.com" stay sure."""
        card = _parse(STUDIO_SWEEP, region="IN")
        self.assertIn("website", low_confidence_fields(card))
        # the shape alone, however sure the OCR was of the line
        card = parse_card_text("R.C.S tudio\nSpl.In\n9958907995\n", "IN")
        self.assertEqual(card["urls"], ["https://spl.in"])
        self.assertIn("website", low_confidence_fields(card))
        card = parse_card_text("Steve Levinsky\nSAFtronics.github.io\n", "US")
        self.assertEqual(card["urls"], ["https://saftronics.github.io"])
        self.assertNotIn("website", low_confidence_fields(card))

    def test_a_date_is_no_phone(self):
        """ "15-08-1997" under "DOB" is a date of birth, not a number to call."""
        card = _parse(STAFF_SWEEP, region="IN")
        self.assertEqual(
            [number for number, _types in card["phones"]], ["+91 90002 60803"]
        )
        card = parse_card_text("Ana Ruiz\nValid until 20.09.2020\n+44 7700 900123\n")
        self.assertEqual(
            [number for number, _types in card["phones"]], ["+44 7700 900123"]
        )

    def test_a_person_s_own_site_names_the_person(self):
        """ "NATHAN HARE" at nathanhare.net, no other name on the card: the
        domain spells a person's name, the card is his own; the name, not the
        company, to be checked (a firm named after its founder prints it
        too). Card 299's "Daniel Groves" over his role, and "Khemissi Moetez"
        (no given name the lists know) over "Software engineer": their names,
        the second sure (card 299's OCR was unsure of every line). "Palo Alto
        Networks" stays a sure company."""
        card = _parse(HARE_SWEEP)
        self.assertEqual((card["name"], card["company"]), ("Nathan Hare", ""))
        self.assertIn("name", low_confidence_fields(card))
        card = _parse(GROVES_299)
        self.assertEqual((card["name"], card["company"]), ("Daniel Groves", ""))
        self.assertEqual(card["title"], "Web Designer and Developer")
        card = _parse(KHEMISSI_SWEEP, region="TN")
        self.assertEqual((card["name"], card["company"]), ("Khemissi Moetez", ""))
        self.assertNotIn("name", low_confidence_fields(card))
        # her name over two lines, her mailbox spells it, her role under it
        card = _parse(ADDY_SWEEP)
        self.assertEqual((card["name"], card["company"]), ("Addy Wilson", ""))
        # a shop's name its mailbox spells, in everyday words, stays the shop's
        card = parse_card_text(
            "FREEZE\nCONTROL\nRepairs\n+91 98452 03882\nfreezecontrol123@gmail.com\n",
            "IN",
        )
        self.assertEqual(card["name"], "")
        # a firm's name with no given name and no role under it stays the firm
        card = parse_card_text(
            "Zentrix Lomar\n+44 20 7946 0321\nwww.zentrixlomar.com\n"
        )
        self.assertEqual((card["name"], card["company"]), ("", "Zentrix Lomar"))
        card = parse_card_text(
            "Andras Pinter\nPalo Alto Networks\napinter@paloaltonetworks.com\n"
        )
        self.assertEqual(card["company"], "Palo Alto Networks")
        self.assertNotIn("company", low_confidence_fields(card))

    def test_what_the_card_is_is_no_title(self):
        """ "STUDENT CARD" names the card, not the person's role."""
        card = _parse(MACARIS_SWEEP, region="IE")
        self.assertEqual(card["title"], "")
        card = parse_card_text("Ana Ruiz\nCard Services Manager\n")
        self.assertEqual(card["title"], "Card Services Manager")

    def test_a_mailbox_that_holds_a_shops_name_is_no_persons(self):
        """weloveminutemaids@outlook.com spells "Minute Maids", a shop (maids
        are its trade): "Lacee Richter", printed largest, is the person."""
        card = _parse(MAIDS_SWEEP)
        self.assertEqual(card["name"], "Lacee Richter")
        self.assertNotEqual(card["company"], "")

    def test_a_web_address_the_ocr_spaced_is_mended(self):
        """ "www.swish classy travels.com" is one address, which the e-mail's
        name spells: sure; spaced and spelled by nothing, it is to be checked."""
        card = _parse(TRAVELS_SWEEP, region="KE")
        self.assertEqual(card["urls"], ["https://www.swishclassytravels.com"])
        self.assertNotIn("website", low_confidence_fields(card))
        card = parse_card_text("Jo Bloggs\nwww.bloggs design.com\n", "GB")
        self.assertEqual(card["urls"], ["https://www.bloggsdesign.com"])
        self.assertIn("website", low_confidence_fields(card))

    def test_a_name_the_company_has_too_is_to_be_checked(self):
        """ "DELTA CODEX" printed twice: the company, and no sure person."""
        card = _parse(DELTA_SWEEP, region="LK")
        self.assertTrue(not card["name"] or "name" in low_confidence_fields(card))

    def test_contact_and_empty_brackets_are_no_part_of_a_name(self):
        """ "Contact Joey Stanley": the name without "Contact", to be checked;
        "Howe ( ) of the UGA" (the e-mail taken out of its brackets) is to be
        checked wherever it goes."""
        card = _parse(STUDY_SWEEP)
        self.assertFalse(card["name"].casefold().startswith("contact"))
        fields = low_confidence_fields(card)
        bracketed = [f for f in ("name", "title", "company") if "( )" in card[f]]
        self.assertTrue(bracketed)
        self.assertLessEqual(set(bracketed), set(fields))

    def test_a_name_then_a_role_on_one_line_without_a_mark(self):
        """ "Donte Burks Owner/Operator": his name, then his role; both to be
        checked, nothing parting them."""
        card = _parse(BURKS_SWEEP)
        self.assertEqual(card["name"], "Donte Burks")
        self.assertEqual(card["title"], "Owner/Operator")
        self.assertIn("name", low_confidence_fields(card))
        self.assertIn("title", low_confidence_fields(card))
        card = parse_card_text("Senior Sales Manager\nAcme Ltd\n")
        self.assertEqual((card["name"], card["title"]), ("", "Senior Sales Manager"))

    def test_a_possessive_is_a_shops_name(self):
        """ "Daddy's Hands Custom Woodworking" is the firm; "Duane Green" the
        person (his "III" misread)."""
        card = _parse(WOODWORKING_SWEEP)
        self.assertEqual(card["company"], "Daddy's Hands Custom Woodworking")
        self.assertTrue(card["name"].startswith("Duane Green"))
        self.assertEqual(card["title"], "Owner")

    def test_a_crowded_card_is_no_page_of_text(self):
        """42 short lines ("FRIG", "AC", "TV"...) are a shop's crowded card, not
        a page: read, its two numbers found; 45 lines of a letter are a page."""
        text = "\n".join(line for line, _sure, _height in APPLIANCE_SWEEP)
        self.assertIsNone(not_a_card(text))
        card = _parse(APPLIANCE_SWEEP, region="IN")
        self.assertEqual(
            [number for number, _types in card["phones"]],
            ["+91 99040 70071", "+91 98983 40063"],
        )
        page = "\n".join(f"Line {n:02d} of a letter on a page." for n in range(45))
        self.assertEqual(not_a_card(page), "document")

    def test_a_number_alone_with_its_trunk_prefix_is_kept(self):
        """Two nine-digit numbers alone on their lines with a trunk 0 (a Moldovan
        card read in the United States: russuoctavian911-stack/
        GURETENCOGURSERVICE, business-card.jpg): kept as printed, to be checked,
        so the form is not refused as unreadable."""
        card = parse_card_text(
            "TYPCEPBH\npynesoe ynpaBnehue\n068751560\n077867589\nEAAE", "US"
        )
        self.assertEqual(
            [number for number, _types in card["phones"]], ["068751560", "077867589"]
        )
        self.assertIn("phone", low_confidence_fields(card))

    def test_the_sweep_rules_keep_ordinary_cards_as_they_were(self):
        """What the rules from the unseen images must not touch: "9000 St.
        Gallen" is a postcode and a city; a street found wins over a line labelled
        "Address:"; "Add-on services" is no address; "T-Mobile" is no label;
        "Service Writer" is a role; five stars are no bullet; a person's own
        free mailbox ("itskevinotieno@") marks no name with a given name; an
        initial, a state, "Mrs." and "Exec." are no running text; "Amazon.Com"
        is a sure site."""
        card = parse_card_text("Anna Müller\nAcme AG\n9000 St. Gallen\n", "CH")
        self.assertEqual(
            (card["addresses"][0][0]["zip"], card["addresses"][0][0]["city"]),
            ("9000", "St. Gallen"),
        )
        card = parse_card_text(
            "Ravi Kumar\nAcme Pvt Ltd\nAddress: 4th Floor, ABC Tower,\n"
            "12 MG Road, Bangalore 560001\n",
            "IN",
        )
        self.assertEqual(card["addresses"][0][0]["street"], "12 MG Road")
        card = parse_card_text("Ravi Kumar\nAdd-on services: printing\n", "IN")
        self.assertEqual(card["addresses"], [])
        card = parse_card_text("Jane Doe\nT-Mobile\njane.doe@t-mobile.com\n")
        self.assertEqual(card["company"], "TMobile")
        card = parse_card_text("Bob Lee\nService Writer\nAcme Motors\n")
        self.assertEqual(card["title"], "Service Writer")
        card = parse_card_text("★★★★★ Grand Hotel\nJohn Smith\nFront Office Manager\n")
        self.assertIn("Grand Hotel", card["company"])
        card = parse_card_text("Kevin Otieno\nitskevinotieno@gmail.com\n", "KE")
        self.assertNotIn("name", low_confidence_fields(card))
        card = parse_card_text("Ramesh A\nSales Executive\n", "IN")
        self.assertNotIn("title", low_confidence_fields(card))
        card = parse_card_text("Jane Doe\n123 Main St, Portland OR\nSales Manager\n")
        self.assertNotIn("title", low_confidence_fields(card))
        card = parse_card_text("Mary Ann de Souza\nExec. Vice President of Sales\n")
        self.assertEqual(card["title"], "Exec. Vice President of Sales")
        self.assertNotIn("title", low_confidence_fields(card))
        card = parse_card_text("Acme\nAmazon.Com\n")
        self.assertNotIn("website", low_confidence_fields(card))

    def test_an_infotech_is_a_firm(self):
        """ "ABCD ALPHA INFOTECH": "infotech" (as "softech", "infra") names a
        firm's trade, never a person."""
        card = _parse(INFOTECH_SWEEP, region="IN")
        self.assertEqual(card["company"], "ABCD ALPHA INFOTECH")
        self.assertEqual(card["name"], "")
        self.assertEqual(card["title"], "Director - Projects")

    def test_a_firm_name_over_its_legal_form(self):
        """ "MEGA GTO" / "INT'L CO. LTD", "MICHIGAN DECK" / "REFINISHING LLC": one
        word and a legal form end the firm's name begun on the line above, a
        name's shape with no given name; its free mailbox ("megagtoa80@")
        spells a shop's name, no person's. The side that prints it again gives
        no person's name either; a line of running text ("Deck Refinishing
        And", "Licensed And Insured") is none."""
        card = _parse(MEGA_GTO_SWEEP, region="NG")
        self.assertEqual(card["company"], "MEGA GTO INT'L CO. LTD")
        self.assertNotEqual(card["name"], "Mega Gto")
        # no person's name, or one to be checked
        self.assertFalse(card["name"] and "name" not in low_confidence_fields(card))
        card = _parse(DECK_SWEEP)
        self.assertEqual(card["company"], "MICHIGAN DECK REFINISHING LLC")
        self.assertEqual(card["name"], "Ryan Johnson")
        self.assertEqual(card["title"], "OWNER/OPERATOR")
        # "Tomoaki Higurashi" / "Micron Inc." at micron-inc.co.jp: the domain
        # spells the firm alone, the person's name stays theirs
        card = parse_card_text(
            "Tomoaki Higurashi\nMicron Inc.\nt.higurashi@micron-inc.co.jp\n", "JP"
        )
        self.assertEqual(card["company"], "Micron Inc.")
        self.assertEqual(card["name"], "Tomoaki Higurashi")

    def test_an_address_split_by_a_mark(self):
        """ "michigandeckfinishing@" / "CO" / "gmail.com": the mark the OCR read
        between the halves is passed over, the address joined and marked;
        "gmail.com" alone is never the card's web site."""
        card = _parse(DECK_SPLIT_MAIL_SWEEP)
        self.assertEqual(card["emails"][0][0], "michigandeckfinishing@gmail.com")
        self.assertIn("email", low_confidence_fields(card))
        self.assertEqual(card["urls"], [])
        self.assertEqual(card["company"], "MICHIGAN DECK REFINISHING LLC")
        # its person's name is glued in capitals ("RYANJOHNSON"): no name is
        # sure, the firm's line printed again is none
        self.assertNotEqual(card["name"], "Michigan Deck")
        self.assertTrue(card["name"] == "" or "name" in low_confidence_fields(card))
        card = parse_card_text("Jane Doe\nyahoo.com\n")
        self.assertEqual(card["urls"], [])

    def test_a_name_the_ocr_glued(self):
        """ "MichaelChen": a given name, then a capital, is a name whose space the
        OCR lost; put back and marked. "KeeganMcGinnis" keeps its "Mc"."""
        card = _parse(GLUED_NAME_SWEEP, region="CN")
        self.assertEqual(card["name"], "Michael Chen")
        self.assertIn("name", low_confidence_fields(card))
        self.assertEqual(card["title"], "Marketing Manager")
        card = parse_card_text("KeeganMcGinnis\nWeb Developer\n")
        self.assertEqual(card["name"], "Keegan McGinnis")
        # a firm's name printed over two lines stays the firm's
        card = parse_card_text(
            "Clínica\nFlavioRestrepo\nclinicaflaviorestrepo@gmail.com\n", "CO"
        )
        self.assertEqual(card["company"], "Clínica FlavioRestrepo")

    def test_one_word_name_before_a_role(self):
        """ "Abdulmajid, CEO": a name of one word, then the role after a comma;
        the name marked, the role the person's. A name of two words on its own
        line wins over a one-word one ("Naoki Ishigaki" / "Ruby, Project
        Manager")."""
        card = _parse(ONE_NAME_SWEEP, region="AE")
        self.assertEqual(card["name"], "Abdulmajid")
        self.assertEqual(card["title"], "CEO")
        self.assertIn("name", low_confidence_fields(card))
        card = parse_card_text("Naoki Ishigaki\nRuby, Project Manager\n@n350071\n")
        self.assertEqual(card["name"], "Naoki Ishigaki")

    def test_a_name_at_the_end_of_a_mailbox(self):
        """61 short lines of slogans and partners' names are a crowded card, not a
        page of text; "insuranceadvisorgaurava@" spells "GAURAV ARORA" at its end
        (the trade first): his name, over a cut word the mailbox begins with
        ("Health Insura")."""
        text = "\n".join(line for line, _sure, _height in INSURANCE_AGENT_SWEEP)
        self.assertIsNone(not_a_card(text))
        card = _parse(INSURANCE_AGENT_SWEEP, region="IN")
        self.assertEqual(card["name"], "Gaurav Arora")
        self.assertNotIn("name", low_confidence_fields(card))
        self.assertEqual(card["title"], "INSURANCE ADVISOR")
        self.assertEqual(card["emails"][0][0], "insuranceadvisorgaurava@gmail.com")
        self.assertEqual(card["phones"][0][0], "+91 85950 50607")
        page = "\n".join(f"Line {n:02d} of a list" for n in range(95))
        self.assertEqual(not_a_card(page), "document")

    def test_a_name_a_role_and_more(self):
        """ "Eric Rothenberg, Owner, License #M45678": the name, then the role
        with the rest; a number with the role is to be checked."""
        card = _parse(LICENSE_SWEEP)
        self.assertEqual(card["name"], "Eric Rothenberg")
        self.assertEqual(card["title"], "Owner, License #M45678")
        self.assertIn("title", low_confidence_fields(card))
        self.assertEqual(card["company"], "FABRIKAM, INC.")

    def test_travel_is_a_firms_word(self):
        """ "WING Travel" names an agency, not a person: "Joey K. Smith" is."""
        card = _parse(TRAVEL_SWEEP)
        self.assertEqual(card["name"], "Joey K. Smith")
        self.assertEqual(card["company"], "WING Travel")
        self.assertEqual(card["title"], "Managing director")

    def test_an_address_one_letter_off_is_marked(self):
        """An e-mail domain one letter off the wordmark ("blurwave.com" beside
        "BLUEWAVE"), or a local part one letter off the name's initial and
        surname ("igandhi@" for "Jimit Gandhi"): one of the two is misread."""
        card = _parse(BLUEWAVE_SWEEP)
        self.assertEqual(card["emails"][0][0], "whitehurst@blurwave.com")
        self.assertIn("email", low_confidence_fields(card))
        card = _parse(GANDHI_SWEEP, region="HK")
        self.assertEqual(card["name"], "Jimit Gandhi")
        self.assertIn("email", low_confidence_fields(card))
        # a part of the address that spells a name's word whole is no misreading
        card = parse_card_text("RUPALI SINHA\nFASHION DESIGNER\nrupali.a@ymail.com\n")
        self.assertNotIn("email", low_confidence_fields(card))
        card = parse_card_text("David Lam\nBIGGROWTH\ndavid@biggrowth.com\n")
        self.assertNotIn("email", low_confidence_fields(card))

    def test_a_line_going_on_is_no_title(self):
        """ "Movie Rentals" / "and Sales": a line that begins with a small "and"
        goes on from the one above; no role."""
        card = _parse(MOVIES_SWEEP)
        self.assertEqual(card["title"], "")
        self.assertEqual(card["company"], "RED DOOR")
        self.assertEqual(card["emails"][0][0], "support@reddoormovies.com")

    def test_a_company_the_domain_spells_more_of(self):
        """ "NAIL SPA" at lajolienailspa.com: the end of the firm's name, its
        first word (a logo's) unread; to be checked."""
        card = _parse(NAIL_SPA_SWEEP)
        self.assertEqual(card["company"], "NAIL SPA")
        self.assertIn("company", low_confidence_fields(card))
        self.assertEqual(card["urls"][0], "https://www.lajolienailspa.com")

    def test_this_rounds_rules_keep_ordinary_cards(self):
        """What the rules of the 1,700-image sweep must not change on ordinary
        cards: a person over a firm with a legal form and no e-mail, a founder's
        name printed twice, a firm's own site on a mail provider's name, a
        one-word firm before a role, a name ending with a stray dot, role
        mailboxes and nicknames, "Travel Agent", a level in a role."""
        card = parse_card_text("Tomoaki Higurashi\nMicron Inc.\nSales Engineer\n", "JP")
        self.assertEqual(
            (card["name"], card["company"]), ("Tomoaki Higurashi", "Micron Inc.")
        )
        card = parse_card_text(
            "Maria Lopez\nDesign Studio\nMaria Lopez\nCreative Director\n", "ES"
        )
        self.assertEqual(card["name"], "Maria Lopez")
        card = parse_card_text(
            "Jane Dupont\nDirectrice Marketing\n"
            "jane.dupont@orange.com\nwww.orange.com\n",
            "FR",
        )
        self.assertEqual(card["urls"], ["https://www.orange.com"])
        card = parse_card_text("Jane Doe\nlive.acmeltd.com\njane@acmeltd.com\n")
        self.assertEqual(card["urls"], ["https://live.acmeltd.com"])
        card = parse_card_text("Tesla, Sales Advisor\nJane Smith\n+1 555 123 4567\n")
        self.assertEqual(card["name"], "Jane Smith")
        card = parse_card_text("Maria Santos.\nGerente Comercial\n", "BR")
        self.assertTrue(card["name"].startswith("Maria Santos"))
        for text in (
            "Ingo Müller\nGeschäftsführer\nMüller GmbH\ninfo@mueller-gmbh.de\n",
            "Robert Brown\nSales Director\nAcme Corp\nbbrown@acme.com\n",
            "Pablo Sáez Sanz\nDirector Comercial\npsaez@levante.es\n",
        ):
            card = parse_card_text(text)
            self.assertNotIn("email", low_confidence_fields(card), text)
        card = parse_card_text("Priya Nair\nTravel Agent\n+91 98470 12345\n", "IN")
        self.assertEqual(card["title"], "Travel Agent")
        card = parse_card_text("Jane Doe\nLevel 2 Support Engineer\njane@acme.com\n")
        self.assertNotIn("title", low_confidence_fields(card))
        # a role that may go on ("& Founder") stays to be checked
        card = parse_card_text(
            "Jane Doe\nChief Executive Officer\n& Founder\nAcme Corp\njane@acme.com\n"
        )
        self.assertIn("title", low_confidence_fields(card))

    def test_a_unit_of_a_university_and_a_blog(self):
        """A catering firm at Stanford: "coho.stanford.edu" is a web address (an
        .edu host), and its first part names the firm, "COHO"; "Blog" labels the
        blog's address, no company. The firm is to be checked (its logo, cut
        short, is all there is of it)."""
        card = _parse(COHO_PAGE_SWEEP)
        self.assertEqual(card["company"], "COHO")
        self.assertIn("company", low_confidence_fields(card))
        self.assertEqual(
            card["urls"],
            ["https://coho.stanford.edu", "https://stanfordcoho.blogspot.com"],
        )
        self.assertEqual(card["emails"][0][0], "coho@stanford.edu")
        card = parse_card_text("Ann Lee\nBlog annlee.example.com\n")
        self.assertEqual(card["company"], "")
        # the label of the next address read glued to an e-mail's end
        card = parse_card_text("COHO\nEmail coho@stanford.eduWeb coho.stanford.edu\n")
        self.assertEqual(card["emails"][0][0], "coho@stanford.edu")
        self.assertEqual(card["urls"], ["https://coho.stanford.edu"])

    def test_a_country_code_without_its_plus_in_groups(self):
        """ "Tel:886-3-5712121": Taiwan's code, printed without its plus, in
        groups; no plan of the user's country reads it: an international number,
        to be checked. The extension after it stays out."""
        card = _parse(TAIWAN_PAGE_SWEEP)
        self.assertEqual(card["name"], "Shih-Hsiang Lin")
        self.assertEqual(card["title"], "Graduate student")
        self.assertEqual(card["phones"][0], ("+886 3 571 2121", ["work"]))
        self.assertIn("phone", low_confidence_fields(card))
        # a number of the user's own country stays national
        card = parse_card_text("Ann Lee\nTel: 650-721-1234\n", "US")
        self.assertEqual(card["phones"], [("+1 650-721-1234", ["work"])])

    def test_a_short_bare_address_in_a_country_domain_is_checked(self):
        """ "xel.ro", what the OCR left of "pixel.room": a name of three letters
        in a country's domain, with no www and no e-mail that has it, is to be
        checked; a longer one is a web address."""
        card = parse_card_text("Ann Lee\nxel.ro\n")
        self.assertEqual(card["urls"], ["https://xel.ro"])
        self.assertIn("website", low_confidence_fields(card))
        card = parse_card_text("Ann Lee\nviethai.io.vn\n")
        self.assertNotIn("website", low_confidence_fields(card))

    def test_a_capital_i_read_as_a_small_l(self):
        """ "lan Goldsmith": a name whose other words are capitalised does not
        begin with a small letter; with an I its first word is a given name (the
        e-mail spells it too). A name printed in small letters stays."""
        card = _parse(GOLDSMITH_SWEEP)
        self.assertEqual(card["name"], "Ian Goldsmith")
        self.assertEqual(card["company"], "Cambridge Logic Ltd.")
        self.assertEqual(card["title"], "Hardware Engineer")
        card = parse_card_text("chetan surwade\nDirector\n", "IN")
        self.assertEqual(card["name"], "chetan surwade")

    def test_resources_is_a_firms_word(self):
        """ "GL RESOURCES" over "Tom Hamilton": a firm's line, not a person's;
        "Human Resources" in a role stays a role."""
        card = _parse(GL_RESOURCES_SWEEP, "GB")
        self.assertEqual(card["name"], "Tom Hamilton")
        self.assertEqual(card["company"], "GL RESOURCES")
        card = parse_card_text("Jane Doe\nHuman Resources Manager\nAcme Corp\n")
        self.assertEqual(card["title"], "Human Resources Manager")

    def test_a_forum_is_no_person(self):
        """ "COMPUTER FORUM" under "STANFORD": a body of members, not a person;
        the visiting scholar's name is the line under it."""
        card = _parse(FORUM_SWEEP)
        self.assertEqual(card["name"], "Tomokazu Marakami")
        self.assertTrue(card["title"].startswith("Visiting Scholar"))

    def test_what_a_restaurant_serves_is_no_name(self):
        """ "MUSAFIR" / "INDIAN", which its mailbox spells: a restaurant, never
        the person's name left unmarked; "Spalti Ristorante" is the firm."""
        card = _parse(MUSAFIR_SWEEP, "TR")
        self.assertNotEqual(card["name"], "Musafir Indian")
        if card["name"]:
            self.assertIn("name", low_confidence_fields(card))
        self.assertEqual(card["emails"][0][0], "musafir@istanbul.com")
        card = parse_card_text("Spalti\nRISTORANTE\n(650) 327-9390\n")
        self.assertEqual(card["name"], "")

    def test_a_street_without_its_number_is_no_name(self):
        """ "Embarcadero Rd", "Nia Ave", "El Camino Real" alone on a line (a
        map, a shop's directions): streets, not people."""
        for line in ("Embarcadero Rd", "Nia Ave", "El Camino Real"):
            card = parse_card_text(f"{line}\n(650) 327-9390\n")
            self.assertEqual(card["name"], "", line)
        # a given name before a street's word: a person ("Laura Lane")
        card = parse_card_text("Laura Lane\nDesigner\n")
        self.assertEqual(card["name"], "Laura Lane")

    def test_a_polish_practice_and_a_degree_before_a_name(self):
        """ "GABINET TRYCHOLOGICZNY" (a practice) is a firm's line, never the
        person's name left unmarked; the practice's own name, which its
        mailbox at onet.pl (a free mail portal, no firm's domain) spells, is
        the company, to be checked, the practice's kind kept with the other
        lines; "mgr" before "Pacierz Urszula" is her degree, no part of the
        name (the sweep's text, as read: no box heights)."""
        card = _parse(TRICHO_SWEEP, "PL")
        self.assertEqual(card["name"], "Pacierz Urszula")
        self.assertNotIn("Gabinet", card["name"])
        self.assertEqual(card["company"], "TRICHOHOLISTIC")
        self.assertIn("company", low_confidence_fields(card))
        self.assertIn("GABINET TRYCHOLOGICZNY", card["lines"])

    def test_bits_of_a_picture_or_a_label_are_no_sure_company(self):
        """What the OCR made of a picture ("spana i a S": half its words bits of
        one or two letters) or a label ("GitHub:") may be taken for the company
        where nothing better is printed, but never unmarked; a firm with its
        initials and an "&" stays sure."""
        for company in ("spana i a S", "GitHub:", "I am Pratik Kale"):
            card = parse_card_text(f"{company}\nAnn Lee\nann@acme-mail.com\n")
            if card["company"]:
                self.assertIn("company", low_confidence_fields(card), company)
        card = parse_card_text(
            "SS INFRABUILD\n& CONSTRUCTION\n+91 8299409433\nwww.ssinfrabuild.com\n",
            "IN",
        )
        self.assertEqual(card["company"], "SS INFRABUILD & CONSTRUCTION")
        self.assertNotIn("company", low_confidence_fields(card))

    def test_kinds_of_property_are_no_role(self):
        """A painter's card: "Residential & Commercial" says what he paints, no
        role ("Commercial" alone is one in French); "Industrial Engineer" stays
        a role."""
        card = parse_card_text(
            "ROD'S\nPAINTING\nAND REMODELING\nResidential & Commercial\n"
            "Presswasher - Sheetrock\nRodrigo Gallardo\nFree Estimates 404.422.5513\n"
        )
        self.assertEqual(card["title"], "")
        self.assertEqual(card["name"], "Rodrigo Gallardo")
        card = parse_card_text("Ann Lee\nIndustrial Engineer\nAcme Corp\n")
        self.assertEqual(card["title"], "Industrial Engineer")

    def test_the_label_before_the_person_to_ask_for(self):
        """ "CONTACTO: CRISTIAN DAVID OSORIO CATAÑO" (a Colombian repair shop's
        card, hemanja's "Contact: Mr. Lin" too): the person's name after its
        label; a number after the label stays a number. "inż." before a Polish
        engineer's name is his degree."""
        card = parse_card_text(
            "TECH\nMANTENIMIENTO CORRECTIVO Y PREVENTIVO\nWARRIORS\n"
            "CONTACTO: CRISTIAN DAVID OSORIO CATAÑO\nTELÉFONO Y WHATSAPP\n"
            "3103365616\n",
            "CO",
        )
        self.assertEqual(card["name"], "Cristian David Osorio Cataño")
        card = parse_card_text("Acme Trading\nContact: +1 650 555 0134\n")
        self.assertEqual(card["phones"], [("+1 650-555-0134", ["work"])])
        card = parse_card_text(
            "inż. Tomasz Kordek\nuprawnienia konstrukcyjno-budowlane\n"
            "tel. 792 060 707\ne-mail: kordektomek@gmail.com\n",
            "PL",
        )
        self.assertEqual(card["name"], "Tomasz Kordek")

    def test_what_a_shop_sells_or_a_forms_label_is_no_role(self):
        """ "Commercial Supply", "Commercial Auto/Truckers" (what a firm sells),
        "SALES REPAIR INSTALLATION MAINTENANCE" (what a shop does),
        "TECHNICIAN NAME:" (a form's label to fill in by hand): no job title.
        "Commercial" alone or with a role, and "Manager:" before a name, stay
        roles."""
        for line in (
            "Commercial Supply",
            "Commercial Auto/Truckers",
            "SALES REPAIR INSTALLATION MAINTENANCE",
            "TECHNICIAN NAME:",
        ):
            card = parse_card_text(f"Acme Trading\n{line}\n(650) 327-9390\n")
            self.assertEqual(card["title"], "", line)
        for text, title in (
            ("Jean Dupont\nCommercial\nAcme SARL\n", "Commercial"),
            ("Jean Dupont\nDirecteur Commercial\nAcme SARL\n", "Directeur Commercial"),
        ):
            self.assertEqual(parse_card_text(text, "FR")["title"], title)

    def test_the_roles_of_trades(self):
        """ "Insurance Agent" (an insurance agency's card in the Stanford set),
        "Tattoo Artist", "Mortgage Broker": roles, though their first word is
        what a firm does."""
        card = parse_card_text(
            "INSURANCE\nBAY TECH\nSERVICES\nDiana Monica Rios, B.S.B.A.\n"
            "Insurance Agent\nCell 408.728.3333\nbaytechins@gmail.com\n"
        )
        self.assertEqual(card["title"], "Insurance Agent")
        self.assertEqual(card["name"], "Diana Monica Rios")
        for role in ("Tattoo Artist", "Mortgage Broker"):
            card = parse_card_text(f"Ann Lee\n{role}\n(650) 327-9390\n")
            self.assertEqual(card["title"], role)

    def test_a_person_over_a_role_or_a_firms_first_words(self):
        """A painting firm's card ("SHELL SHOCK" / "SURFACE CO." over "Daniel
        Clark" / "OWNER", frankpconnelly/ShellShock images/BizCard.jpg): the
        given name over a role is the person's, not the firm's wordmark of a
        name's shape above it. A driving school's ("FIVE STAR" over "FIVE STAR
        DRIVING SCHOOL", kariuki901/antique images/business card.jpg): the
        firm's first words are no person. "Web Development" (treetrnk's
        web-portfolio images/business-card.png) says what he does: no name."""
        card = parse_card_text(
            "SHELL SHOCK\nSURFACE CO.\nDaniel Clark\nOWNER\n"
            "Facebook.com/shellshock\n(205)505-3011\nInterior & Exterior Painting\n"
        )
        self.assertEqual(card["name"], "Daniel Clark")
        self.assertEqual(card["title"], "OWNER")
        card = parse_card_text(
            "FIVE STAR\nFIVE STAR DRIVING SCHOOL\nNAME\nStanley Koigi\n"
            "Department\nInstructor\nTel: +254 712 649 262\n",
            "KE",
        )
        self.assertEqual(card["name"], "Stanley Koigi")
        self.assertEqual(card["company"], "FIVE STAR DRIVING SCHOOL")
        card = parse_card_text(
            "NATHAN HARE\nWEB DEVELOPMENT\nDESIGN\nHOSTING\nnathanhare.net\n"
        )
        self.assertNotEqual(card["name"], "Web Development")
        self.assertNotEqual(card["company"], "WEB DEVELOPMENT")

    def test_the_cut_end_of_a_mail_address_is_no_website(self):
        """ "ail.com" under a technical writer's name (the OCR kept the end of
        her gmail address, ascarborough.github.io img/businesscard.jpg): no web
        site, and no domain that makes her name the firm's. A firm's own
        short domain stays its website."""
        card = parse_card_text(
            "Abigail Scarborough\n| Technical Writer\nail.com\ngailscarbo\nrough\n"
        )
        self.assertEqual(card["urls"], [])
        self.assertEqual(card["name"], "Abigail Scarborough")
        self.assertEqual(card["company"], "")
        card = parse_card_text("Ann Lee\nAcme Trading\nacme.com\n")
        self.assertEqual(card["urls"], ["https://acme.com"])

    def test_a_surname_printed_in_small_letters(self):
        """ "Amit kumar" over "CEO & FOUNDER" (Saradhaperumal's
        Business-Card-Extraction-Using-OCR 2.png): the person's name, each word
        with its capital, to be checked; "Maria da silva" keeps its particle
        small. Without a role under it, "Grace church" stays no name."""
        card = parse_card_text(
            "Amit kumar\nCEO & FOUNDER\n123-456-7569\nhello@global.com\n"
            "www.global.com\n123 global St., Erode,\nTamilNadu 600115\nGLOBAL\n"
            "INSURANCE\n",
            "IN",
        )
        self.assertEqual(card["name"], "Amit Kumar")
        self.assertIn("name", low_confidence_fields(card))
        card = parse_card_text("Maria da silva\nGerente\n+55 11 3105-8655\n", "BR")
        self.assertEqual(card["name"], "Maria da Silva")
        card = parse_card_text("Grace church\n+1 650 555 0134\n")
        self.assertEqual(card["name"], "")

    def test_a_japanese_postcode_and_the_script_of_a_country(self):
        """A Nitori shop assistant's card (suddenly-inui/BusinessCardScanner
        images/sampleProcessed/1730811522.66…): "〒196-0014" is the postcode,
        no number to call; the card's kana say its numbers are Japanese, to be
        checked all the same (no domain says so). Hangul say Korean ones."""
        card = parse_card_text(
            "いぬき\nそうた\n井貫蒼太\n昭島モリタウン店\n担当\n株式会社ニトリ\n"
            "東京都昭島市田中町573-1-4〒196-0014\nTEL 042-500-2675\nニトリ\nNITORI\n",
            "US",
        )
        self.assertEqual(card["phones"], [("+81 42-500-2675", ["work"])])
        self.assertIn("phone", low_confidence_fields(card))
        card = parse_card_text("김철수\n삼성전자\nTEL 02-2255-0114\n", "US")
        self.assertEqual(card["phones"], [("+82 2-2255-0114", ["work"])])

    def test_a_wordmark_of_initials_printed_large(self):
        """A granite dealer's card (the real set's 295): "R.S.GRANITES", printed
        twice the size of its other lines, has a name's shape but no given
        name, and the person is "Prop: P. Kishan Rao": it is the firm's
        wordmark, to be checked. At the usual size it stays no company."""
        lines = [
            ("Prakash", 1.03),
            ("Prop: P. Kishan Rao", 1.16),
            ("Cell:9948987084", 0.92),
            ("Dalu Ram Karwa", 1.0),
            ("R.S.GRANITES", 2.3),
            ("ALL COLOUR GRANITES AVAILABLE", 1.4),
            ("Plot No. 81 & 82, IDA Rampur, HANUMAKONDA - 506 142. (T.S.)", 0.97),
        ]
        text = "\n".join(line for line, _height in lines)
        card = parse_card_text(text, "IN", line_heights=dict(lines))
        self.assertEqual(card["name"], "P. Kishan Rao")
        self.assertEqual(card["company"], "R.S. GRANITES")
        self.assertIn("company", low_confidence_fields(card))
        flat = dict(lines, **{"R.S.GRANITES": 1.0})
        card = parse_card_text(text, "IN", line_heights=flat)
        self.assertEqual(card["company"], "")

    def test_a_role_away_from_the_name_is_to_be_checked(self):
        """Lumo Place's card (LumoPlace/lumoplace.github.io
        images/business-card.jpeg): "Founder Lumo Place" is printed two lines
        under the founder's name, which the scan cannot tell from the shop's:
        the role read away from the name it took is to be checked. A role
        right under the name stays sure."""
        card = parse_card_text(
            "LUMO PLACE\n+33 6 60 35 83 85\nHAWA BALDÉ\nlumoplace@gmail.com\n"
            "Founder Lumo Place\nlumoplace\n",
            "FR",
        )
        self.assertEqual(card["title"], "Founder Lumo Place")
        self.assertIn("title", low_confidence_fields(card))
        card = parse_card_text(
            "Ann Lee\nSales Manager\nAcme Corp\nann.lee@acme.com\n+1 650 555 0134\n"
        )
        self.assertEqual(card["title"], "Sales Manager")
        self.assertNotIn("title", low_confidence_fields(card))

    def test_a_shortened_word_before_the_name_is_to_be_checked(self):
        """ "Pro. Samir Khanal" at samirkhanal9298@gmail.com (a Nepali
        engineering consultancy's card, Samirkhanal665/home images/visiting
        card.jpg): the address spells the name, not "Pro.", a word shortened
        before it (a proprietor's, an honorific): to be checked. An initial
        ("P. Samir Khanal") or a name the address spells whole stays sure."""
        card = parse_card_text(
            "Pro. Samir Khanal\n9866571600\nKali Gandaki Engineering Consultancy\n"
            "Rampur, Palpa\n+977-9847169298\nsamirkhanal9298@ gmail.com\n",
            "NP",
        )
        self.assertIn("name", low_confidence_fields(card))
        for name in ("Samir Khanal", "P. Samir Khanal"):
            card = parse_card_text(f"{name}\nEngineer\nsamirkhanal9298@gmail.com\n")
            self.assertEqual(card["name"], name)
            self.assertNotIn("name", low_confidence_fields(card), name)

    def test_products_name_a_firm_and_a_fields_label_goes(self):
        """An Odisha producer's card (khetrabilashaproduct/invoice
        visiting_card (2).png): "Khetrabilasha Products" is the firm, and the
        owner is the one after "Owner:". A staff card's "Designation: C.E.O"
        (Allanmug/ram images/Business Card.jpg) gives the role, not its
        label; a label alone stays no value."""
        card = parse_card_text(
            "Khetrabilasha Products\nOwner: Babula Behera\n"
            "Location: Bhubaneswar, Odisha\nContact: +91-XXXXXXXXXX\n"
            "Website: khetrabilashaproduct.github.io\n",
            "IN",
        )
        self.assertEqual(card["company"], "Khetrabilasha Products")
        self.assertEqual(card["name"], "Babula Behera")
        self.assertEqual(card["title"], "Owner")
        card = parse_card_text(
            "Ann Lee\nDesignation: C.E.O\nAcme Industries\n+91 98765 43210\n", "IN"
        )
        self.assertEqual(card["title"], "C.E.O")
        self.assertEqual(card["name"], "Ann Lee")
        card = parse_card_text("Ann Lee\nDesignation:\nAcme Industries\n", "IN")
        self.assertEqual(card["title"], "")

    def test_a_templates_words_and_a_buffet(self):
        """A template's words in place of the person's ("COMPANY NAME" over
        "JOHN SANCHEZ", AdrianVyne/Achie-Printing img/card-front.jpg; "Prénom
        Nom", minhnguyen251/minhng images/cartevisite.jpg) are no one's name
        nor firm. A São Paulo caterer's card
        (Hunaid2000/Business-Card-Reader images/img4.jpg): "Brunau" / "Buffet",
        its mailbox's name, is the firm and José Carlos the person."""
        card = parse_card_text(
            "COMPANY NAME\nJOHN SANCHEZ\nCREATIVE DESIGNER\n"
            "WWW.YOURWEBSITE.COM\n000-000-00\n"
        )
        self.assertEqual(card["name"], "John Sanchez")
        self.assertEqual(card["company"], "")
        card = parse_card_text("Prénom Nom\nDirecteur\n+33 6 60 35 83 85\n", "FR")
        self.assertEqual(card["name"], "")
        card = parse_card_text(
            "Brunau\nBuffet\neventos\nJosé Carlos\n(11) 9933-6564\n"
            "www.brunaubuffet.com.br\nbrunau@r7.com\n",
            "BR",
        )
        self.assertEqual(card["name"], "José Carlos")
        self.assertEqual(card["company"], "Brunau Buffet")

    def test_a_free_mail_domain_misread(self):
        """ "crewinfinitydancestudio@qmail.com" (a Hosur dance studio's card,
        vetritamil2425/new-dance-floor-docs business card (2).jpg): the OCR
        took the "g" of gmail for a "q"; the address is mended, to be checked.
        "ymail.com", a real free mail service, stays as printed."""
        card = parse_card_text(
            "Crew Infinity\nDance studio\ncrewinfinitydancestudio@qmail.com\n"
            "Crew Infinity Dance Studio\n+91 9791249980\n",
            "IN",
        )
        self.assertEqual(
            card["emails"], [("crewinfinitydancestudio@gmail.com", ["work"])]
        )
        self.assertIn("email", low_confidence_fields(card))
        card = parse_card_text("Ann Lee\nann@ymail.com\n")
        self.assertEqual(card["emails"], [("ann@ymail.com", ["work"])])
        self.assertNotIn("email", low_confidence_fields(card))

    def test_a_slogan_in_everyday_words_is_no_name(self):
        """Lines in everyday English words, none a given name, are what a card
        offers or promises, no person's name: "Lawn Mowing"
        (taywhite2006/lopropertycare business-card.png), "SHINE LIKE NEW"
        (necteau/easy-es-detailing assets/business-card.jpg), "SECURE SOLUTION"
        (Priyadivya16/cctv-camera visiting card.jpg). A name of common words
        with a given name ("John Green") or an unknown word ("Becka Tipton")
        stays a name."""
        card = parse_card_text(
            "Lawn Mowing\nEdging & Weed Eating\nHedge Trimming\nYard Cleanups\n"
            "Pressure Washing\nLO'S LAWNSCAPE AND\nPRESSURE WASHING\n9103782417\n"
            "biglo121@yahoo.com\n"
        )
        self.assertEqual(card["name"], "")
        card = parse_card_text(
            "EASY E'S\nDETAILING\nSHINE LIKE NEW\nCAR DETAILING\n704.929.2084\n"
        )
        self.assertEqual(card["name"], "")
        card = parse_card_text(
            "AD\nSECURE SOLUTION\nemail: aravithk508@gmail.com\nCell:9345580152\n",
            "IN",
        )
        self.assertEqual(card["name"], "")
        # "SERVING MUSKOKA" (orion-miller/Tall-Trees-Construction
        # images/business_card.png): what the firm does, then where
        card = parse_card_text(
            "TALLTREES\nCONSTRUCTION\nCUSTOM BUILT\nBasement Framing\n"
            "705.783.8380\nSERVING MUSKOKA\n& Surrounding Areas\n"
            "www.talltreesconstruction.ca\n",
            "CA",
        )
        self.assertEqual(card["name"], "")
        self.assertEqual(card["company"], "TALLTREES CONSTRUCTION")
        card = parse_card_text("Becka Tipton\n417-425-4778\n")
        self.assertEqual(card["name"], "Becka Tipton")
        card = parse_card_text("John Green\nOwner\n417-425-4778\n")
        self.assertEqual(card["name"], "John Green")

    def test_a_firm_of_engineers_is_no_person(self):
        """ "N.M. Engineers" (a role in the plural, printed large, that the
        mailbox spells) is the firm; Mohammed Usman, above it, the person."""
        card = _parse(NM_ENGINEERS_SWEEP, region="IN")
        self.assertEqual(card["name"], "Mohammed Usman")
        self.assertEqual(card["company"], "N.M. Engineers")

    def test_a_degree_after_the_name_and_a_state_with_its_country(self):
        """ "S. R RAJI B.P.T": the physiotherapist's name, her degree printed
        after it without a comma; "Tamil Nadu, India" is where the clinic is,
        no surname and a given name. Initials after a name ("Raji S.R.") stay
        the name's."""
        card = _parse(PHYSIOCURE_SWEEP, region="IN")
        self.assertEqual(card["name"], "S. R Raji")
        self.assertEqual(card["title"], "Physiotherapist")
        self.assertEqual(card["company"], "PHYSIOCURE CLINIC")
        self.assertIn("B.P.T", card["lines"])
        card = parse_card_text("Raji S.R.\nPhysiotherapist\n", "IN")
        self.assertEqual(card["name"], "Raji S.R.")

    def test_the_logo_over_the_name_the_domain_spells(self):
        """ "SecureGen" (the logo) over "Secure Gen" / "Systems": the firm's
        name is the two lines the domain spells, not the logo joined to
        them."""
        card = _parse(SECUREGEN_SWEEP, region="IN")
        self.assertEqual(card["company"], "Secure Gen Systems")
        self.assertEqual(card["name"], "Mukhtar Ansari")

    def test_a_name_that_is_part_of_the_firms_domain_is_checked(self):
        """ "SHRI RAM" at shriramenterprises.com: the shop's name (Shri Ram
        Enterprises), or its founder's; to be checked."""
        card = _parse(SHRI_RAM_SWEEP, region="IN")
        self.assertEqual(card["name"], "Shri Ram")
        self.assertIn("name", low_confidence_fields(card))
        # a person's own domain, which the mailbox spells too
        card = parse_card_text("Ed Gibbs\nedward_gibbs@edgibbs.com\n")
        self.assertEqual(card["name"], "Ed Gibbs")
        self.assertNotIn("name", low_confidence_fields(card))

    def test_labels_and_cut_lines_around_addresses(self):
        """ "E.Mail.plb6498@naver.com" (psw3077/plb-homepage business-card.jpg):
        the label, dotted, glued to the address is left out. A web address
        whose beginning the photo cut ("s://www.facebook.com/preminteriorwo",
        lavanya1016/PremInteriorDesigners visitingcard.jpg; the same card with
        a site of its own there is an invented variant) is to be checked. A
        firm's name that begins in lower case under another line ("Rc broz" /
        "junk hauling L.L.C.", Avila760/rcbroz-junkremoval
        images/business-card.jpg) is to be checked."""
        card = parse_card_text(
            "PROSPEROUS LUCKY BAG\nTel. 055.313.6778 Fax. 055.313.6779\n"
            "E.Mail.plb6498@naver.com\n",
            "KR",
        )
        self.assertEqual(card["emails"], [("plb6498@naver.com", ["work"])])
        card = parse_card_text(
            "DESIGN UR HOME\nINTERIOR DESIGNER\nLAVANYA PREM\n+91 9345347551\n"
            "charanprem2@gmail.com\ns://www.facebook.com/preminteriorwo\n",
            "IN",
        )
        # a page on a social network alone: no website (see below)
        self.assertEqual(card["urls"], [])
        self.assertIn("https://www.facebook.com/preminteriorwo", card["note"])
        card = parse_card_text(
            "DESIGN UR HOME\nINTERIOR DESIGNER\nLAVANYA PREM\n+91 9345347551\n"
            "charanprem2@gmail.com\ns://www.preminteriorwo.in\n",
            "IN",
        )
        self.assertEqual(card["urls"], ["https://www.preminteriorwo.in"])
        self.assertIn("website", low_confidence_fields(card))
        card = parse_card_text("Ann Lee\nhttps://www.example.com\n")
        self.assertNotIn("website", low_confidence_fields(card))
        card = parse_card_text(
            "Rc broz\njunk hauling L.L.C.\n(760) 464-5971\n(760) 620-1193\n"
        )
        self.assertEqual(card["company"], "junk hauling L.L.C.")
        self.assertIn("company", low_confidence_fields(card))

    def test_the_firms_name_read_again_a_letter_off_is_no_name(self):
        """The firm's name printed twice, once read a letter off, is no
        person's: "CREW INFTNITY" over "DANCE STUDIO" and "Crew Infinity Dance
        Studio" (vetritamil2425/new-dance-floor-docs business card/business
        card front side.jpg), "Savani Asscciation" and "Savani Association"
        (MonikaK2128/AI-assignment- visiting card.jpg)."""
        card = parse_card_text(
            "+91 9791249980\nCREW INFTNITY\nDANCE STUDIO\n"
            "crewinfinitydancestudio@gmail.com\nCrew Infinity Dance Studio\n"
            "REGULAR CLASSES\nWestern dance\n",
            "IN",
        )
        self.assertEqual(card["company"], "Crew Infinity Dance Studio")
        self.assertEqual(card["name"], "")
        card = parse_card_text(
            "Savani Association\nHarikrushna savani\ncharterd accountant\n"
            "9510580000\nsavanihari@gmail.com\nAddress:-\n42, abhilasha complex,\n"
            "Savani Asscciation\nvadodara.\n",
            "IN",
        )
        self.assertEqual(card["company"], "Savani Association")
        self.assertNotIn("savani a", card["name"].casefold())

    def test_a_country_in_a_name_without_a_given_name_is_a_firm(self):
        """ "Guiders Japan" (OkiAzama/GuidersJapan images/business-card.jpg): a
        word that names a country, and no given name, make a firm's name, no
        person's. A given name keeps it a person's ("Jordan Lee")."""
        card = parse_card_text(
            "Guiders Japan\nadviser Ryuji Azama\nOlinawa Local Guikle Cer\n", "JP"
        )
        self.assertNotEqual(card["name"], "Guiders Japan")
        card = parse_card_text("Jordan Lee\nSales Manager\n")
        self.assertEqual(card["name"], "Jordan Lee")

    def test_the_everyday_words_shipped_are_the_generators(self):
        """``tools/data/everyday_words.txt.gz`` is what
        ``scripts/build_everyday_words.py`` writes from the english-words
        package's web2 list, and every word of it, the first and the last too, is
        found; a proper noun ("lemon", printed "Lemon" too), a given name
        ("john") and a word in another script are not everyday words."""
        root = Path(__file__).resolve().parent.parent
        spec = importlib.util.spec_from_file_location(
            "build_everyday_words", root / "scripts" / "build_everyday_words.py"
        )
        build = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(build)
        shipped = gzip.decompress(
            (root / "tools" / "data" / "everyday_words.txt.gz").read_bytes()
        )
        self.assertEqual(shipped, build.content())
        words = shipped.decode("ascii").split("\n")
        for word in (words[0], words[1], words[len(words) // 2], words[-1]):
            self.assertTrue(given_names._listed(word), word)
        self.assertFalse(given_names._listed(words[-1] + "z"))
        # before the first word, after the last
        self.assertFalse(given_names._listed("0"))
        self.assertTrue(given_names.common_word("mowing"))
        self.assertFalse(given_names.common_word("lemon"))
        self.assertFalse(given_names.common_word("john"))
        self.assertFalse(given_names.common_word("москва"))

    def test_what_a_shop_sells_in_the_plural_is_no_name(self):
        """A line that ends with an everyday noun in the plural, with no given
        name, names a shop, no person: "Agro Derivatives" under the logo "SMR"
        (the firm is "SMR Agro Derivatives"; the name was taken, unmarked),
        "VIGHNAHARTA MOBILES" (Raj-Motta/OCR-Business_Card_Reader Version
        Final/Selected/005.jpeg). A surname that is a plural noun too stays a
        name: "TRAMPAS BOWERS" (AWD-2069/cleanitup
        images/business_card.jpg)."""
        card = _parse(SMR_AGRO_SWEEP, region="IN")
        self.assertEqual(card["name"], "")
        self.assertEqual(card["company"], "SMR Agro Derivatives")
        card = parse_card_text(
            "VIGHNAHARTA MOBILES\nNear Canara Bank, ward no-1Egra-721429\n"
            "Email: vighnahartamobiles17@gmail.com\n"
            "All Mobile repaire (Hardware & Software)\n",
            "IN",
        )
        self.assertEqual(card["name"], "")
        self.assertEqual(card["company"], "VIGHNAHARTA MOBILES")
        card = parse_card_text(
            "Clean it up\nCleaning Service Free Estimates\nTRAMPAS BOWERS\nOWNER\n"
            "423-895-1308 OR 423-707-5222\ntbowers73@yahoo.com\n"
        )
        self.assertEqual(card["name"], "Trampas Bowers")

    def test_a_title_cut_on_a_joining_word_goes_on(self):
        """A title whose line ends on "&", "and", "of" or "for" goes on at the
        next line ("Head of Sales &" / "Marketing"), to be checked; a company's
        line after it is not taken into it. (Invented card: the rule is a
        general one, no real card of the set or the sweeps prints it.)"""
        card = parse_card_text(
            "Jane Rowe\nHead of Sales &\nMarketing\nNorthwind Traders Ltd\n"
            "jane.rowe@northwind.example\n"
        )
        self.assertEqual(card["title"], "Head of Sales & Marketing")
        self.assertIn("title", low_confidence_fields(card))
        self.assertEqual(card["company"], "Northwind Traders Ltd")
        card = parse_card_text(
            "Jane Rowe\nDirector of\nNorthwind Traders Ltd\n"
            "jane.rowe@northwind.example\n"
        )
        self.assertEqual(card["company"], "Northwind Traders Ltd")
        self.assertNotIn("Northwind", card["title"])
        # a role the next line joins to it ("& CEO", "cum", "+ Founder")
        for first, second in (
            ("Managing Director", "& CEO"),
            ("Chairman cum", "Managing Director"),
            ("Principal Architect", "+ Founder"),
        ):
            card = parse_card_text(
                f"Jane Rowe\n{first}\n{second}\nNorthwind Traders Ltd\n"
                "jane.rowe@northwind.example\n"
            )
            self.assertEqual(card["title"], f"{first} {second}")
        # a department after a comma: "Assistant Professor," / "Department of
        # Civil Engineering" (Raj-Motta/OCR-Business_Card_Reader Version
        # Final/Selected/181.jpeg)
        card = parse_card_text(
            "Dr. Mohan S C, Ph.D\nAssistant Professor,\n"
            "Department of Civil Engineering\nMob: +91 80 01 02 44 53\n"
            "Email: mohansc@hyderabad.bits-pilani.ac.in\n",
            "IN",
        )
        self.assertEqual(
            card["title"], "Assistant Professor, Department of Civil Engineering"
        )

    def test_owners_and_deputies_in_other_languages(self):
        """Roles of other languages than the first lists held are roles:
        Turkish "İşletme Sahibi" (the business's owner), Spanish
        "Subdirectora" (deputy director). (Invented cards: the words come from
        the languages, not from a card of the set.)"""
        card = parse_card_text(
            "Ahmet Yılmaz\nİşletme Sahibi\nYılmaz Oto Servis\nahmet@yilmazoto.com.tr\n"
        )
        self.assertEqual(card["title"], "İşletme Sahibi")
        card = parse_card_text(
            "Lucía Fernández Ruiz\nSubdirectora\nHotel Las Palmeras\n"
            "lfernandez@laspalmeras.es\n"
        )
        self.assertEqual(card["title"], "Subdirectora")

    def test_a_certified_role_and_a_trades_person(self):
        """ "Certified Public Accountant" is a title, not a slogan; "Dental
        Surgeon" is a person who does the trade, not what a firm does
        ("Marketing Services", "Dental Clinic" stay no title). (Invented cards.)"""
        card = parse_card_text(
            "Ramesh Kumar\nCertified Public Accountant\nKumar & Associates\n"
            "ramesh@kumarassociates.in\n"
        )
        self.assertEqual(card["title"], "Certified Public Accountant")
        card = parse_card_text(
            "Dr. Anjali Mehta\nDental Surgeon\nSmile Care Dental Clinic\n"
            "anjali@smilecare.in\n"
        )
        self.assertEqual(card["title"], "Dental Surgeon")
        for line in ("Marketing Services", "Dental Clinic"):
            card = parse_card_text(
                f"Ramesh Kumar\n{line}\nSunrise Traders\nramesh@sunrisetraders.com\n"
            )
            self.assertEqual(card["title"], "", line)

    def test_a_firms_two_domains_are_no_misreading(self):
        """An e-mail domain and a web address that are one name under two
        endings are the firm's two domains, kept as printed:
        "thummala.kiran@pearson.com" beside "www. pearson.co.in" (Raj-Motta/
        OCR-Business_Card_Reader Version Final/Selected/255.jpeg; the e-mail
        had been "mended" to pearson.co.in). An ending cut short or a letter
        off is still mended, to be checked."""
        card = parse_card_text(
            "Pearson\nThummala Kiran\nSenior Territory Manager\n"
            "Higher Education - Sales\nE thummala.kiran@pearson.com\n"
            "T +91 (120) 4306 500, 4306 550\nM +91 91 7760 2565\n"
            "Pearson India Education Services Pvt. Ltd.\n"
            "15th Floor, World Trade Tower\nwww. pearson.co.in\n",
            "IN",
        )
        self.assertEqual(card["emails"][0][0], "thummala.kiran@pearson.com")
        self.assertNotIn("email", low_confidence_fields(card))
        self.assertEqual(card["urls"], ["https://www.pearson.co.in"])
        for printed in ("pearson.co", "pearson.cm", "pearsn.com"):
            card = parse_card_text(
                f"Thummala Kiran\nthummala.kiran@{printed}\nwww.pearson.com\n"
            )
            self.assertEqual(card["emails"][0][0], "thummala.kiran@pearson.com")
            self.assertIn("email", low_confidence_fields(card))

    def test_the_name_under_a_countrys_second_level_domain(self):
        """The firm's name in an address under a country's second-level domain
        is the label before it: "nac" in "kbc@nac.edu.in" spells "National
        Academy of Construction", not the line of the institute's partner
        over it (Raj-Motta/OCR-Business_Card_Reader Version
        Final/Selected/215.jpeg); "onlinemedia" in "maram@onlinemedia.net.in"
        (210.jpeg there)."""
        card = parse_card_text(
            "TITI\nTransport Infrastructure\n9440727657\nTraining Institute\n"
            "Dr. K.B. Chandra Sekhar\nProfessor & Director\n"
            "National Academy of Construction\n"
            "NAC Campus, Cyberabad, Hyderabad - 500 032. A.P.\n"
            "E-mail : kbc@nac.edu.in\n",
            "IN",
        )
        self.assertEqual(card["company"], "National Academy of Construction")
        self.assertNotIn("company", low_confidence_fields(card))
        card = parse_card_text(
            "MARAM DILIP KUMAR\nSolutions Architect\nSpecial Products Group\n"
            "maram@onlinemedia.net.in\nMobile : 98491 - 64224\n"
            "Infotainment Unbound\nOnlineMedia\nSolutions Limited\n"
            "ISP  e-Business • Digital Studio\n",
            "IN",
        )
        self.assertEqual(card["company"], "OnlineMedia Solutions Limited")

    def test_a_name_after_dr_is_no_title(self):
        """A line that is a name after "Dr" with degrees is no title, though
        "Dr" is a doctor's word: the role is the line under it ("Dr Jonathan
        Smithiskywich PhD, MSc, BSc (Hons)" / "Senior Lecturer",
        Raj-Motta/OCR-Business_Card_Reader Version Final/Selected/060.jpeg)."""
        card = parse_card_text(
            "University of\nSouth Australia\n"
            "Dr Jonathan Smithiskywich PhD, MSc, BSc (Hons)\nt +61 8 8302 0000\n"
            "Senior Lecturer\nm +61 422 333 555\nSchool of Nursing and Midwifery\n"
            "jonathan.smithiskywich@unisa.edu.au\nDivision of Health Sciences\n",
            "AU",
        )
        self.assertEqual(card["title"], "Senior Lecturer")
        self.assertEqual(card["name"], "Jonathan Smithiskywich")

    def test_a_number_is_not_cut_to_a_piece_another_plan_knows(self):
        """A number no plan of the company's country knows is not cut to the
        piece one does: "Mobile: 91-98480 53603" read in the United States is
        India's +91 98480 53603, not "+1 9198480" (Raj-Motta/
        OCR-Business_Card_Reader Version Final/Selected/201.jpeg); "Off:" and
        "Res:", an Indian office's and home's labels, label numbers kept as
        printed (217.jpeg there)."""
        card = parse_card_text(
            "Prakash N Menon\nTechnical Head\nSatyam\n"
            "Satyam Computer Services Ltd.\n"
            "Tel: 91-40-55237520 Mobile: 91-98480 53603 Fax: 91-40-23303071\n"
            "Email: prakash_menon @satyam.com Web site: http://www.satyam.com\n",
            "US",
        )
        numbers = [number for number, _types in card["phones"]]
        self.assertIn("+91 98480 53603", numbers)
        self.assertFalse([number for number in numbers if number.startswith("+1 ")])
        card = parse_card_text(
            "Off：040 23224963\nRes : 040 23310679\nFax : 040 23222963\n"
            "N.V. Subba Rao\nJt. Transport Commissioner\n"
            "e-mail : nuvusetty_12 @ rediffmail.com\n",
            "US",
        )
        numbers = [number for number, _types in card["phones"]]
        self.assertEqual(numbers[:2], ["040 23224963", "040 23310679"])
        self.assertIn("phone", low_confidence_fields(card))

    def test_a_web_address_with_no_ending_is_to_be_checked(self):
        """A web address whose host has no ending is to be checked:
        "www.solaruniverse/eastendli.com" (its host "www.solaruniverse",
        Raj-Motta/OCR-Business_Card_Reader Version Final/Selected/055.jpeg);
        "www.solaruniverse.com/eastendli" is not."""
        text = (
            "Jack Bolel\nSenior Sales Executive\nMobile: 631.533.9399\n"
            "jbolel@solaruniverse.com\n{}\n"
        )
        card = parse_card_text(text.format("www.solaruniverse/eastendli.com"))
        self.assertEqual(card["urls"], ["https://www.solaruniverse/eastendli.com"])
        self.assertIn("website", low_confidence_fields(card))
        card = parse_card_text(text.format("www.solaruniverse.com/eastendli"))
        self.assertNotIn("website", low_confidence_fields(card))

    def test_german_umlauts_as_a_domain_spells_them(self):
        """A domain spells German umlauts "ae", "oe", "ue": "Bäckerei
        Schäfer" at baeckerei-schaefer.de is the firm its domain names (it was
        left out). (Invented card: the spelling is the rule of German
        domains.)"""
        card = parse_card_text(
            "Ravi Kumar\nSales Manager\nBäckerei Schäfer\ninfo@baeckerei-schaefer.de\n"
        )
        self.assertEqual(card["company"], "Bäckerei Schäfer")

    def test_firms_nouns_and_a_legal_form_end_the_name_above(self):
        """Firms' common nouns and a legal form ("TECHNOLOGIES PVT. LTD.") are
        the end of the name on the line above, which no firm has alone:
        "TRISHA" / "TECHNOLOGIES PVT. LTD." (Raj-Motta/OCR-Business_Card_Reader
        Version Final/Selected/132.jpeg)."""
        card = parse_card_text(
            "TRISHA\nTECHNOLOGIES PVT. LTD.\nNo. 64,Chikoti Gardens, Begumpet,\n"
            "Hyderabad - 500 016. India.\nPhones : 040-7760078 / 7763090\n"
            "Email : trisha @ hd1.vsnl.net.in\nP. ANANDA GAJAPATHI RAJU\n"
            "Application Engineer CAD/CAM\n",
            "IN",
        )
        self.assertEqual(card["company"], "TRISHA TECHNOLOGIES PVT. LTD.")

    def test_a_given_name_over_a_role_wins_over_a_wordmark(self):
        """A line that begins with a given name over a role is the person's
        name, over a larger line of a name's shape above it: "Liz Tracy" over
        "Vinal Designer, writer", under the misread wordmark "Liz Pracy
        Writing" (LizTW/ltw-website img/business-card.png); "Lisa Brown" over
        "Owner", under "Happy Paws" (invented)."""
        card = parse_card_text(
            "Liz Pracy Writing\nLiz Tracy\nVinal Designer, writer\nltz@liztro\n"
            "rfting.com\nwwwliztr\n"
        )
        self.assertEqual(card["name"], "Liz Tracy")
        card = parse_card_text(
            "Happy Paws\nPet Grooming\nLisa Brown\nOwner\n(555) 123-4567\n",
            line_heights={"Happy Paws": 2.0},
        )
        self.assertEqual(card["name"], "Lisa Brown")
        self.assertEqual(card["company"], "Happy Paws")

    def test_a_social_networks_page_as_the_website_is_to_be_checked(self):
        """A page on a social network is no site of the card's own: beside
        one, the card's own site is the website ("https://20iyerd.github.io"
        after "https://www. linkedin .com/in/deetya-iyer", 20iyerd/
        20iyerd.github.io assets/businesscard.png); alone, it is no website
        either, and is kept in the note ("facebook.com/YoungstownWirelessRepair",
        Raj-Motta/OCR-Business_Card_Reader Version Final/Selected/017.jpeg)."""
        card = parse_card_text(
            "Dee\nlyer\nPresident - CMU Transportation Club\n"
            "driyer@andrew. cmu. edu\nCarnegie Mellon University - BXA\n"
            "https://www. linkedin .com/in/deetya-iyer\nhttps://20iyerd.github.io\n"
        )
        self.assertEqual(card["urls"][0], "https://20iyerd.github.io")
        card = parse_card_text(
            "Y-Wireless Repair\nWe fix cell phones & tablets\nCall us\n"
            "330-270-5060\nfacebook.com/YoungstownWirelessRepair\n"
        )
        self.assertEqual(card["urls"], [])
        self.assertNotIn("website", low_confidence_fields(card))
        self.assertIn("https://facebook.com/YoungstownWirelessRepair", card["note"])

    def test_a_number_no_plan_knows_is_kept_as_printed(self):
        """A number without its country code that the company's country's plan
        does not know is kept as printed, to be checked, not given that
        country's code: "9963173535" read in the United States stays so, no
        "+1 996-317-3535" (Raj-Motta/OCR-Business_Card_Reader Version
        Final/Selected/003.jpeg). An Indian house's number ("6-3-639/40") is no
        phone's (134.jpeg there); "Tel/Fax" labels a number to call."""
        card = parse_card_text(
            "Prasad @ 9963173535,9490454585\nJPG\nGraphix\n"
            "Flex DesignAlbum DesignVisiting Cards\n",
            "US",
        )
        self.assertEqual(card["phones"][0][0], "9963173535")
        self.assertIn("phone", low_confidence_fields(card))
        card = parse_card_text(
            "105, Golden Edifice, 6-3-639/40,\n"
            "Khairatabad Junction, Hyderabad - 500 004.\n"
            "Tel : 3306806 / 3391083, Fax : 040-3393702\n",
            "US",
        )
        numbers = [number for number, _types in card["phones"]]
        self.assertEqual(numbers[0], "3306806")
        self.assertNotIn("6-3-639/40", numbers)
        card = parse_card_text("Jane Rowe\nTel/Fax: +30 210 123 4567\n", "US")
        self.assertEqual(card["phones"][0][1], ["work"])

    def test_the_calling_code_the_card_prints_reads_its_national_numbers(self):
        """The country whose calling code a card's international numbers all
        print is the country of its national numbers: "9866571600" beside
        "+977-9847169298" is Nepal's, no "+1 986-657-1600" of the company's
        United States (Samirkhanal665/home images/visiting card.jpg). Numbers
        of two countries say none."""
        card = parse_card_text(
            "Pro. Samir Khanal\n9866571600\nKali Gandaki Engineering Consultancy\n"
            "Rampur, Palpa\n+977-9847169298\nsamirkhanal9298@ gmail.com\n",
            "US",
        )
        numbers = [number for number, _types in card["phones"]]
        self.assertIn("+977 986-6571600", numbers)
        card = parse_card_text(
            "Jane Rowe\n+49 40 123456\n+33 1 23 45 67 89\n0171 1234567\n", "US"
        )
        numbers = [number for number, _types in card["phones"]]
        self.assertIn("0171 1234567", numbers)

    def test_the_last_letter_the_ocr_cut_off_a_name(self):
        """The last letter of the name's last word that the OCR cut at the
        card's edge is put back where an e-mail address spells the word whole
        with it, to be checked ("Sandeep Thakka" at sandeep.thakkar@; invented
        address, the name as real card 175 reads). Not an initial after the
        surname: "V. GANESH" at ganeshv6809@ (KARSRV/Business-Card-OCR-GeminiAI
        Card 3.jpg), "Maria Lopes" at marial@."""
        card = parse_card_text(
            "Sandeep Thakka\nAssistant Manager\nsandeep.thakkar@hdfcbank.com\n"
        )
        self.assertEqual(card["name"], "Sandeep Thakkar")
        self.assertIn("name", low_confidence_fields(card))
        card = parse_card_text(
            "V. GANESH\nProprietor\nVIGNESH PRINTERS\nEmail : ganeshv6809@gmail.com\n",
            "IN",
        )
        self.assertEqual(card["name"], "V. Ganesh")
        card = parse_card_text("Maria Lopes\nmarial@acme.example\n")
        self.assertEqual(card["name"], "Maria Lopes")

    def test_specks_beside_a_name_are_no_part_of_it(self):
        """The specks the OCR reads beside a name (an icon's mark, a lone
        digit or letter before a given name, a quote, a colon) are taken off,
        and the name is found: "© John Smith", "1 John Smith", "e John Smith",
        "Rajesh Verma:" (invented). Not the lines they make no name of: a
        quantity ("1 HOUR PER DAY", Raj-Motta/OCR-Business_Card_Reader Version
        Final/Selected/128.jpeg), a label ("Contact Info:"), a hashtag
        ("#DeeLang Ar Vitm"), an address that goes on ("Manathala Isons
        Arcade,", 037.jpeg there)."""
        for line, name in (
            ("© John Smith", "John Smith"),
            ("1 John Smith", "John Smith"),
            ("Rajesh Verma:", "Rajesh Verma"),
        ):
            card = parse_card_text(f"Acme Ltd\n{line}\nSales Manager\n")
            self.assertEqual(card["name"], name, line)
        # an icon read as a small letter: no part of the firm's name above
        card = parse_card_text(
            "ACME LOGISTICS\ne John Smith\nSales Manager\n+1 555 123 4567\n"
            "john.smith@acmelogistics.com\n"
        )
        self.assertEqual(
            (card["name"], card["company"]), ("John Smith", "ACME LOGISTICS")
        )
        # a speck after a given name's line, one stop at a name's end ("Jessica
        # Lee. 0", eunjungleo/staticpage namecard.jpg; "Kiogora Balmer
        # Mwongera." at mwongeraligo@, kreativesahara/lensmenTechnologies
        # businesscard.jpg)
        card = parse_card_text(
            "in-\nvisible\nCSO | Growth Specialist\nJessica Lee. 0\n"
        )
        self.assertEqual(card["name"], "Jessica Lee")
        card = parse_card_text(
            "LENSMEN\nGraphics design & Softwares\nKiogora Balmer Mwongera.\n"
            "Graphics Designer & System Developer\nEmail: mwongeraligo@gmail.com\n"
        )
        self.assertEqual(card["name"], "Kiogora Balmer Mwongera")
        for line in (
            "Fun. Play. Krazy.",
            "1 HOUR PER DAY",
            "Contact Info:",
            "#DeeLang Ar Vitm",
            "Manathala Isons Arcade,",
        ):
            card = parse_card_text(f"Acme Ltd\n{line}\nSales Manager\n")
            self.assertEqual(card["name"], "", line)

    def test_a_register_number_after_the_legal_name(self):
        """A firm's register number in brackets after its legal name is no part
        of the name, and is kept in the note: "Cradle Fund Sdn Bhd
        (200301035992)" at cradle.com.my (phiyixian/business-card-OCR
        test1.jpg; the company had been left empty)."""
        card = parse_card_text(
            "Faiz Hassan\nAssistant Manager - Talent & Innovation\n"
            "MYStartup Malaysia\nfaiz.hassan@cradle.com.my\n+6011-2627 3860\n"
            "Cradle Fund Sdn Bhd (200301035992)\n",
            "MY",
        )
        self.assertEqual(card["company"], "Cradle Fund Sdn Bhd")
        self.assertIn("(200301035992)", card["note"])

    def test_more_nouns_of_shops_and_firms_names(self):
        """More common nouns of shops' and firms' names make a line the
        company's: "Akil Softwares" under "Web Developer" (jesstrux/
        annesduvets img/business-card.png), "ROOPAM ADS" at roopamads@, no
        person's name (Raj-Motta/OCR-Business_Card_Reader Version
        Final/Selected/012.jpeg). A landmark after a comma is the address's
        ("West City Mall, Opposite Telecom", 082.jpeg there)."""
        card = parse_card_text(
            "Walter Kimaro\nWeb Developer\nAkil Softwares\n+255 - 717138056\n"
        )
        self.assertEqual(card["company"], "Akil Softwares")
        card = parse_card_text(
            "Cell: 7396379143\nROOPAM ADS\n:Roopam Hzb\nroopamads@gmail.com\n"
            "Flex & Vinyl Printing\n",
            "IN",
        )
        self.assertEqual(card["company"], "ROOPAM ADS")
        self.assertEqual(card["name"], "")
        card = parse_card_text(
            "RAJITA\nrajita@anruhandicrafts.com\nwww.anruhandicrafts.com\n"
            "Expressions\nANRU EXPRESSIONS\nWest City Mall, Opposite Telecom\n"
        )
        self.assertNotIn("Telecom", card["company"])

    def test_turkish_dotless_i_folds_as_i(self):
        """Turkish "ı" folds as "i", as "İ" does: "Uzmanı" (specialist) is the
        role word "uzmani", "Dış Ticaret Uzmanı" (foreign trade specialist) a
        title. (Invented card: the letters are Turkish spelling; card 09 of the
        set prints "Yurtdışı İş Geliştirme Müdürü".)"""
        self.assertEqual(fold("Yardımcısı"), "yardimcisi")
        card = parse_card_text(
            "Ayşe Kaya\nDış Ticaret Uzmanı\nKaya Lojistik A.Ş.\n"
            "ayse.kaya@kayalojistik.com.tr\n"
        )
        self.assertEqual(card["title"], "Dış Ticaret Uzmanı")

    def test_the_misread_one_of_a_mail_domain_and_a_web_address(self):
        """When the e-mail's domain and the web address are one name a letter
        or two apart, the one whose words are words is the one printed: the
        misread web address takes the e-mail's ("www.edstechnologles.com"
        beside "...@edstechnologies.com", Raj-Motta/OCR-Business_Card_Reader
        Version Final/Selected/238.jpeg), both to be checked; when neither
        says more, the web address's, as before ("blurwave")."""
        card = parse_card_text(
            "EDS\nwww.edstechnologles.com\nBhanu Prakash Dixith B N\n"
            "Centre Manager - Learning Solutions\n"
            "bhanuprakash.blr@edstechnologies.com\nEDS Technologies Pvt. Ltd.\n",
            "IN",
        )
        self.assertEqual(card["emails"][0][0], "bhanuprakash.blr@edstechnologies.com")
        self.assertEqual(card["urls"], ["https://www.edstechnologies.com"])
        self.assertIn("website", low_confidence_fields(card))
        card = parse_card_text("John Smith\njohn@bluewave.com\nwww.blurwave.com\n")
        self.assertEqual(card["emails"][0][0], "john@blurwave.com")

    def test_a_marks_capitals_then_small_letters_are_no_name(self):
        """A word of three capitals or more, then small letters, is a mark's
        ("BVQi", the certifier's logo beside "ESCI"), no word of a person's
        name: the two logo lines are not a name printed a word a line, and
        the name is the one the second e-mail spells
        (Raj-Motta/OCR-Business_Card_Reader Version Final/Selected/199.jpeg)."""
        card = _parse(ESCI_SWEEP)
        self.assertEqual(card["name"], "S. Rama Krishna")
        # the school's name under the role and its field is no more of the
        # title: a role goes on at a field, not at a college
        self.assertEqual(
            card["title"], "Senior Faculty Civil / Transportation Engineering"
        )
        # a name in capitals with a small letter among its first three stays
        card = parse_card_text("Ronald McDONALD\nronald@mcdonald-farms.com\n")
        self.assertEqual(card["name"], "Ronald McDONALD")

    def test_a_name_from_the_mail_address_only_of_name_words(self):
        """A card that prints no name in letters the scan reads gets the one
        its e-mail address spells, to be checked ("oscar.han@": Oscar Han, the
        card prints his name in Hanja; hanchi159/hanchi159.github.io
        Business_Card.jpg), but not from an initial, a rank or a role:
        "y.Jodwig.7@" is no "Y Jodwig" (yludwig7-wq/mypage
        images/visitenkarte.png), "automation-gm@" no "Automation Gm"."""
        card = _parse(HELLO_POLITICS_SWEEP)
        self.assertEqual(card["name"], "Oscar Han")
        self.assertIn("name", low_confidence_fields(card))
        card = _parse(VISITENKARTE_SWEEP)
        self.assertEqual(card["name"], "")
        card = parse_card_text("Automationstechnik\nautomation-gm@proton.me\n", "DE")
        self.assertEqual(card["name"], "")

    def test_degrees_and_a_past_role_are_the_title_last(self):
        """The role the card prints is the title, not the degrees printed
        between the name and it ("B.Com., PG. D.J., D.P.R." over "Public
        Relations Officer", Raj-Motta/OCR-Business_Card_Reader Version
        Final/Selected/131.jpeg), nor the post the person held before
        ("Formerly Senior Scientist, Dept. of Space" over "MANAGING DIRECTOR",
        122.jpeg there), which stays in the note's lines."""
        card = _parse(PRO_SWEEP, "IN")
        self.assertEqual(card["title"], "Public Relations Officer")
        card = _parse(IN_RIMT_SWEEP, "IN")
        self.assertEqual(card["title"], "MANAGING DIRECTOR")
        self.assertIn("Formerly Senior Scientist, Dept. of Space", card["lines"])
        # a past role alone is still the card's title
        card = parse_card_text("Jane Roe\nFormer Director\njane@roe.org\n")
        self.assertEqual(card["title"], "Former Director")

    def test_a_title_does_not_go_on_at_a_city_and_its_country(self):
        """A line of the title's size with a comma may be the rest of the role
        ("Director, Sales"), not a city and its country under it: "Luanda,
        Angola" is where the developer works, kept with the note's lines
        (ArmandoBazeyidio/Portfolio-Website images/businesscard.png)."""
        card = _parse(LUANDA_SWEEP, "AO")
        self.assertEqual(card["title"], "Frontend Developer")
        self.assertIn("Luanda, Angola", card["lines"])

    def test_a_firm_of_its_own_name_under_the_brand_is_not_joined(self):
        """A legal name under the brand the domain spells ends it only when it
        adds no name of its own ("Safesea" / "Bangladesh Ltd."): "GANGA HOTELS
        LTD." under "The Central Court Hotel" at thecentralcourt.com is the firm
        that owns the hotel, kept in the note
        (Raj-Motta/OCR-Business_Card_Reader Version Final/Selected/187.jpeg)."""
        card = _parse(CENTRAL_COURT_SWEEP, "IN")
        self.assertEqual(card["company"], "The Central Court Hotel")
        self.assertIn("GANGA HOTELS LTD.", card["note"])
        card = parse_card_text(
            "SAFESEA\nBangladesh Ltd.\nKarim Rahman\nkarim@safesea.com\n", "BD"
        )
        self.assertEqual(card["company"], "SAFESEA Bangladesh Ltd.")

    def test_a_surname_of_slogans_and_jr_after_a_name(self):
        """ "Best" is a slogan's word, and a surname after a given name ("John
        Best" at john.best@, Raj-Motta/OCR-Business_Card_Reader Version
        Final/Selected/042.jpeg); "Jr." after a name ends no sentence
        ("Raymond J. Garrison Jr." at rgarrison@, 265.jpeg there): each is the
        card's name, over a street and a firm's line."""
        card = _parse(PHILIPS_SWEEP)
        self.assertEqual(card["name"], "John Best")
        self.assertNotIn("name", low_confidence_fields(card))
        card = _parse(LENDERS_SWEEP)
        self.assertEqual(card["name"], "Raymond J. Garrison Jr.")
        # still a slogan: "The Best in Town.", "Best Prices"
        self.assertEqual(parse_card_text("Best Prices\n555-0100\n")["name"], "")

    def test_a_city_is_no_name(self):
        """ "New York City" is where the hotel is, not who the card is of: a
        line ending in "City" is no person's name
        (Raj-Motta/OCR-Business_Card_Reader Version Final/Selected/062.jpeg)."""
        card = _parse(COUNTRY_HOTEL_SWEEP, "TR")
        self.assertEqual(card["name"], "")

    def test_a_dealer_named_for_its_founder_and_make_is_no_name(self):
        """ "Tom Mason Volkswagen" under the "VOLKSWAGEN" logo is the dealer, its
        founder's name and the make it sells: the salesman is "DOUG BLOOMER"
        (Raj-Motta/OCR-Business_Card_Reader Version Final/Selected/059.jpeg).
        A surname printed as a logo too stays a name's ("Jane R. Wharton"
        under "WHARTON": invented)."""
        card = _parse(VOLKSWAGEN_SWEEP)
        self.assertEqual(card["name"], "Doug Bloomer")
        card = parse_card_text("WHARTON\nJane R. Wharton\nMBA Candidate\n")
        self.assertEqual(card["name"], "Jane R. Wharton")

    def test_an_inn_is_a_firm(self):
        """ "Inn", "Motel", "Resort" are firms' words as "Hotel" is: "Comfort" /
        "INN" is the hotel's logo, the manager's name is "Kirti Patel", over
        "General Manager" (Raj-Motta/OCR-Business_Card_Reader Version
        Final/Selected/266.jpeg)."""
        card = _parse(COMFORT_INN_SWEEP)
        self.assertEqual(card["name"], "Kirti Patel")
        self.assertEqual(card["title"], "General Manager")

    def test_a_plural_of_a_given_name_is_an_everyday_word(self):
        """ "Friends" is no given name though "Friend" is one somewhere: an
        everyday word, so "FRIENDS CABS" is the taxi service's name, no
        person's, and the owner's is "K.PRAKASH CASTRO"
        (sanasahana23/FriendsCabs images/visitingcard.png)."""
        self.assertTrue(given_names.common_word("friends"))
        self.assertFalse(given_names.common_word("friend"))
        card = _parse(FRIENDS_CABS_SWEEP, "IN")
        self.assertEqual(card["name"], "K.Prakash Castro")

    def test_a_mail_domain_s_cut_ending_from_the_web_address(self):
        """An e-mail address whose domain lost its ending ("hello@danielgroves."
        on card 299, "Shannon.Fisher@emc-controls" on
        sfisher1975/emc-site Business Card.png) takes the ending of the card's
        web address of that name, to be checked; with no such address there
        is none to take."""
        card = _parse(GROVES_299)
        self.assertEqual(card["emails"][0][0], "hello@danielgroves.net")
        self.assertIn("email", low_confidence_fields(card))
        card = _parse(EMC_SWEEP)
        self.assertEqual(card["emails"][0][0], "Shannon.Fisher@emc-controls.com")
        card = parse_card_text("Jane Roe\njane@roeandco\n")
        self.assertEqual(card["emails"], [])

    def test_two_numbers_a_dash_glues(self):
        """A dash that glues two numbers into more digits than a number has
        (card 287: "5198202.1162-98064.7414", 19 digits) parts them: the first
        is a Porto Alegre mobile, to be checked; a number's own dashes stay
        ("+55 51 98202-1162" is one number)."""
        card = _parse(CRIART_287, region="BR")
        self.assertEqual(card["phones"][0][0], "+55 51 98202-1162")
        self.assertIn("phone", low_confidence_fields(card))
        card = parse_card_text("Ana Souza\n+55 51 98202-1162\n", "BR")
        self.assertEqual(
            [phone for phone, _types in card["phones"]], ["+55 51 98202-1162"]
        )

    def test_a_name_of_short_capitals_alone_is_to_be_checked(self):
        """Short words in capitals alone, none a given name nor an initial, are
        a firm's initials as likely as a person's name: "ORG GIS", which the
        firm's mailbox orggis@ spells, is to be checked
        (Raj-Motta/OCR-Business_Card_Reader Version Final/Selected/147.jpeg);
        "LEE WEI" (given names, at lee.wei@: invented) is not."""
        card = _parse(ORG_GIS_SWEEP, "IN")
        self.assertEqual(card["name"], "Org Gis")
        self.assertIn("name", low_confidence_fields(card))
        card = parse_card_text("LEE WEI\nDirector\nlee.wei@example.sg\n", "SG")
        self.assertEqual(card["name"], "Lee Wei")
        self.assertNotIn("name", low_confidence_fields(card))

    def test_firms_trades_and_roles_in_more_languages(self):
        """What a firm does, in the languages of the cards of Turkey and the rest
        of Europe, is no person's name: "Filo Kiralama" (fleet hire) gives way
        to "Samet ERÇIKAN" (halilcan-18/sercars-web kartvizit.jpg), "ÇEKiCi
        HiZMETi" (towing) to "Nurettin ACIBAL" (alperfaruk-tuna/oto_kurtarma
        assets/images/kartvizit.jpg), and "VRTANIE STUDNÍ" (well drilling,
        robertdurica/studnenakluc vizitka.png) is no one's, nor a label before a
        number in those languages; "Gayrimenkul
        Danışmanı" (estate consultant) is a role, sure under the name its
        e-mail spells (melihkocaturk/melihkocaturk.com
        images/business-card.png)."""
        card = _parse(SERCARS_SWEEP, "TR")
        self.assertEqual(card["name"], "Samet ERÇIKAN")
        # "Servis:" and "Yol Yardim:" (roadside help) label the numbers after
        # them: no name, no company
        self.assertNotIn("Servis", card["company"])
        card = _parse(ACIBAL_SWEEP, "TR")
        self.assertEqual(card["name"], "Nurettin ACIBAL")
        card = _parse(STUDNE_SWEEP, "SK")
        self.assertEqual(card["name"], "")
        card = _parse(KW_FORES_SWEEP, "TR")
        self.assertEqual(card["title"], "Gayrimenkul Danışmanı")
        self.assertNotIn("title", low_confidence_fields(card))

    def test_a_dash_between_spaces_parts_a_number_from_an_address(self):
        """ " - " between a number and an e-mail address parts them, as a
        hyphen the OCR spaced after ("acme- labs.com") does not: the address
        is "mateusl227@hotmail.com", no "99101866-mateusl227@..."; the number,
        printed twice, is given once (mateus1227/MRO cartaovisita.jpg)."""
        card = _parse(CPUINFO_SWEEP, "BR")
        self.assertEqual(
            [email for email, _types in card["emails"]], ["mateusl227@hotmail.com"]
        )
        self.assertEqual(len(card["phones"]), 1)
        card = parse_card_text("Jane Roe\njane@acme- labs.com\n")
        self.assertEqual(card["emails"][0][0], "jane@acme-labs.com")

    def test_a_name_and_role_line_at_the_person_s_own_domain(self):
        """ "Vito Tafuni dottore in informatica" at vito@vitotafuni.com: his
        name, which his own domain and mailbox spell, then his role on one
        line; not the company (vitotafuni/vitotafuni.github.io
        biglietto.png)."""
        card = _parse(TAFUNI_SWEEP, "IT")
        self.assertEqual(card["name"], "Vito Tafuni")
        self.assertEqual(card["title"], "dottore in informatica")
        self.assertEqual(card["company"], "")

    def test_a_role_at_the_company_a_spa_and_a_spaced_web_address(self):
        """A role that ends with the company the card names on its own line
        is the role, to be checked ("Prezes Zarządu ORLEN", patryk1119911/
        patryk-podgorny2 wizytowka.png); "Auto Spa" is a spa, not a legal form
        "SpA": a company to be checked (fuzartss-star/FuZArts wizytowka.png);
        "Pfbusinesscardjournal com" is a web address whose dot the OCR lost,
        no company: the firm is its wordmark "PF SOFTWARE"
        (FernandaNavarro/Dise-oPractica-Tec-de-Empresa-Ficticia-con-
        tarjetas-de-presentacion tarjeta.png)."""
        card = _parse(ORLEN_SWEEP, "PL")
        self.assertEqual((card["title"], card["company"]), ("Prezes Zarządu", "ORLEN"))
        self.assertIn("title", low_confidence_fields(card))
        card = _parse(AUTO_SPA_SWEEP, "PL")
        self.assertIn("company", low_confidence_fields(card))
        # "SPA" in capitals stays the Italian legal form (invented card)
        card = parse_card_text(
            "Mario Rossi\nDirettore\nACME SPA\nmario.rossi@gmail.com\n", "IT"
        )
        self.assertEqual(card["company"], "ACME SPA")
        self.assertNotIn("company", low_confidence_fields(card))
        card = _parse(PF_SOFTWARE_SWEEP, "MX")
        self.assertEqual(card["company"], "PF SOFTWARE")

    def test_a_role_s_mailbox_in_more_languages_spells_no_name(self):
        """ "biuro@" (an office, in Polish) is a role's mailbox as "info@" is: it
        spells no one's name, and "BIURO NIERUCHOMOŚCI" (estate agency) is the
        firm's line, no person's name (Wiktor1488/nieruchomosci-strona
        public/wizytowka.jpg)."""
        card = _parse(CKDOM_SWEEP, "PL")
        self.assertEqual(card["name"], "")
        self.assertEqual(card["company"], "BIURO NIERUCHOMOŚCI")

    def test_the_shop_s_mailbox_spells_no_one_s_name(self):
        """A mailbox that a line other than a name spells whole is the shop's
        ("arepasdagusto2@" and "Arepas Da'Gusto2"): it confirms no "Arepas ..."
        line as a person's name; the owner is "Carlos Flórez", over
        "Propietario" (lauDanSan/arepas-da-gusto2
        public/tarjeta-presentacion.jpg). A name in small letters its own
        mailbox spells stays sure ("Raj vodapally" at rajvodapally@,
        Raj-Motta/OCR-Business_Card_Reader Version Final/Selected/154.jpeg)."""
        card = _parse(AREPAS_SWEEP, "CO")
        self.assertEqual(
            (card["name"], card["title"]), ("Carlos Flórez", "Propietario")
        )
        card = parse_card_text(
            "Raj vodapally\nBusiness Development manager\nCANTER CADD INDIA PVT. LTD.\n"
            "E-mail : rajvodapally@cantercadd.com\n",
            "IN",
        )
        self.assertEqual(card["name"], "Raj Vodapally")
        self.assertNotIn("name", low_confidence_fields(card))

    def test_a_name_with_a_word_of_the_company_is_to_be_checked(self):
        """A name with a word of the company that is no given name ("MARIO
        McQUAY" beside "MIXMASTER MCQUAY", which the mailbox and the domain
        spell) may be the firm's line or its founder's name: to be checked
        (derrickdp/mixmastermcquay.com img/business-card.png)."""
        card = _parse(MIXMASTER_SWEEP)
        self.assertEqual(
            (card["name"], card["company"]), ("Mario Mcquay", "MIXMASTER MCQUAY")
        )
        self.assertIn("name", low_confidence_fields(card))

    def test_an_italian_or_french_street_is_no_name(self):
        """ "Via Alcide De Gasp", a street the photo cut, is no person's name,
        nor "Piazza Garibaldi" or "Rue Victor Hugo" (the first is the card of
        MatteoCacurri/AUTODEMOLIZIONI_PISANELLI
        public/images/biglietto-visita.jpg, which prints it large beside the
        opening hours; the others invented)."""
        for street in ("Via Alcide De Gasp", "Piazza Garibaldi", "Rue Victor Hugo"):
            card = parse_card_text(f"{street}\n+39 0774 798896\n", "IT")
            self.assertEqual(card["name"], "", street)

    def test_offers_in_more_languages_are_no_name(self):
        """What a card offers, in the languages of Europe's cards, is no one's
        name: "DEVIS GRATUIT" (a free quote; bougassaa/nuances-facade
        images/carte-visite.png), "Kostenlose Beratung" (invented)."""
        card = _parse(NUANCES_SWEEP, "FR")
        self.assertEqual(card["name"], "")
        card = parse_card_text("Kostenlose Beratung\n+49 30 1234567\n", "DE")
        self.assertEqual(card["name"], "")

    def test_a_dash_glued_between_the_name_and_the_role(self):
        """ "MAHMUT AKGUL-ELEKTRIK ELEKTRONIK MÜHENDISI": the dash the OCR glued
        between the surname and the role (electrical and electronics
        engineer) parts them (mfurkansahn/mba-muhendislik
        assets/images/kartvizit.jpg); a double surname stays one ("Anna
        Müller-Lüdenscheidt", invented)."""
        card = _parse(MBA_SWEEP, "TR")
        self.assertEqual(
            (card["name"], card["title"]),
            ("Mahmut Akgul", "ELEKTRIK ELEKTRONIK MÜHENDISI"),
        )
        card = parse_card_text("Anna Müller-Lüdenscheidt\nanna@example.de\n", "DE")
        self.assertEqual(card["name"], "Anna Müller-Lüdenscheidt")

    def test_a_question_or_a_free_offer_is_no_title(self):
        """A question ("Daten als Engpass statt Wettbewerbsvorteil?") and a free
        offer ("Kostenlose Prozess-Analyse") are a card's slogans, neither the
        title nor a name (MojoRisin46/automation-gm-website visitenkarte.jpg)."""
        card = _parse(AUTOMATION_GM_SWEEP, "DE")
        self.assertNotIn("?", card["title"])
        self.assertNotIn("Kostenlose", card["title"])
        self.assertEqual(card["name"], "")

    def test_the_trade_printed_large_under_a_brand_goes_on_with_it(self):
        """ "DMS" over "RECYCLING" (BusinessTechProducts/dms-recycling
        images/businesscard.jpg), "CPUINFO" over "Informática" (mateus1227/MRO
        cartaovisita.jpg): the firm's word and its trade printed large right
        under it are one company, to be checked. A trade in the card's small
        print under the brand does not go on (the first card with "RECYCLING"
        printed small: an invented variant)."""
        card = _parse(DMS_SWEEP, "ZA")
        self.assertEqual(card["company"], "DMS RECYCLING")
        self.assertIn("company", low_confidence_fields(card))
        card = _parse(CPUINFO_SWEEP, "BR")
        self.assertEqual(card["company"], "CPUINFO Informática")
        self.assertEqual(card["name"], "Mateus Oliveira")
        small = [
            ("RECYCLING", 0.84, 0.9) if line[0] == "RECYCLING" else line
            for line in DMS_SWEEP
        ]
        self.assertEqual(_parse(small, "ZA")["company"], "DMS")

    def test_a_mail_domain_three_letters_off_the_web_address(self):
        """ "alex.chen@quantinvations.com" beside "www.qruantuminvations.com"
        (OscarEMG5/learning-deutsch-oscar images/visitenkarte.jpg): three
        letters apart, the OCR misread one or both; which is right is not
        known, so neither is changed and both are to be checked."""
        card = _parse(QUANTUM_SWEEP)
        self.assertEqual(card["emails"][0][0], "alex.chen@quantinvations.com")
        self.assertEqual(card["urls"], ["https://www.qruantuminvations.com"])
        self.assertTrue({"email", "website"} <= set(low_confidence_fields(card)))

    def test_a_site_under_the_mail_domain_is_no_misreading(self):
        """A web address on a host under the e-mail's domain ("hr.acme.com"
        beside "jane@acme.com", invented; "cvi.stanford.edu" beside
        "joewu@stanford.edu" on Raj-Motta/OCR-Business_Card_Reader 036.jpeg) is
        the firm's site, not a misreading of its domain: the address stays as
        printed and is not marked."""
        card = parse_card_text("Jane Doe\njane@acme.com\nwww.hr.acme.com\n")
        self.assertEqual(card["emails"][0][0], "jane@acme.com")
        self.assertNotIn("email", low_confidence_fields(card))

    def test_two_sites_none_at_the_mail_domain_mark_the_website(self):
        """Card 209 prints "www.stfrancismaryville.com or
        www.stfrancissportsmed.com" and its e-mail is at ssmhc.com: which site
        is the card's own is to be checked. One site, or a site at the e-mail's
        domain, is not marked for it (the same card with one address, and with
        an e-mail at stfrancismaryville.com: invented variants)."""
        card = _parse(ST_FRANCIS_209)
        self.assertEqual(card["urls"][0], "https://www.stfrancismaryville.com")
        self.assertIn("website", low_confidence_fields(card))
        one = [
            ("www.stfrancismaryville.com", 0.97, 0.97) if "www." in line[0] else line
            for line in ST_FRANCIS_209
        ]
        self.assertNotIn("website", low_confidence_fields(_parse(one)))
        own = [
            ("mgard@stfrancismaryville.com", 0.97, 0.92) if "@" in line[0] else line
            for line in ST_FRANCIS_209
        ]
        self.assertNotIn("website", low_confidence_fields(_parse(own)))

    def test_an_item_of_a_list_of_services_is_no_name(self):
        """Card 231 lists its services in capitals, a line each ("ČIŠĆENJE I
        SERVIS KONZOLA", "ZAMJENA TERMALNE PASTE", "SERVIS KONTROLERA",
        "REPARACIJA ANALOG DRIFTA"): no item of the list is a person's name, and
        the card prints none; nor of one in title case. A name in capitals
        over a role and a company, a line each, stays the name (invented)."""
        card = _parse(NODI_231, region="BA")
        self.assertEqual(card["name"], "")
        # in title case too: what a clinic treats, a line each ("Bel,Boyun
        # Ağrısı", "Spor Yaralanmaları": back and neck pain, sports injuries;
        # hakansaglam29/drmustafayolcu.com images/kartvizit.jpg)
        self.assertEqual(_parse(SPORTIP_SWEEP, region="TR")["name"], "")
        card = parse_card_text(
            "JOHN PARKER\nSALES MANAGER\nACME STEEL WORKS\nGREEN VALLEY ROAD\n"
            "+1 212 555 0100\n"
        )
        self.assertEqual(card["name"], "John Parker")

    def test_roles_in_more_languages_of_europe_and_indonesia(self):
        """ "MOTORISTA PARTICULAR" (a private driver, in Portuguese:
        rodolfodelfino/pme img/cartao-de-visita.png) and "Fachanwältin für
        Arbeitsrecht" (a lawyer specialised in labour law:
        santiagomorelli00-code/kappus-bohne-frankfurt assets/visitenkarte.jpg)
        are the person's roles, under the name."""
        card = parse_card_text(
            "RODOLFO OLIVEIRA\nMOTORISTA PARTICULAR\n(14) 3333-3333\nEntregas\n"
            "Turismos/Shows\n",
            "BR",
        )
        self.assertEqual(card["title"], "MOTORISTA PARTICULAR")
        card = parse_card_text(
            "KAPPUS & BOHNE\nRechtsanwalte und Fachanwälte\nPia-Alexandra Kappus\n"
            "Fachanwältin für Arbeitsrecht\nSchillerstraße 30-40 60313 Frankfurt am "
            "Main\nE-Mail: kappus@kappus-fachanwaelte.de\n",
            "DE",
        )
        self.assertEqual(card["name"], "Pia-Alexandra Kappus")
        self.assertEqual(card["title"], "Fachanwältin für Arbeitsrecht")

    def test_a_company_cut_after_a_joining_word_goes_on(self):
        """ "N.B.K.R. INSTITUTE OF" / "SCIENCE & TECHNOLOGY" and "Triumphant
        Institute of" / "Management Education Pvt. Ltd."
        (Raj-Motta/OCR-Business_Card_Reader Version Final/Selected/124.jpeg,
        230.jpeg): a company's line that ends on "of" goes on in the line of its
        size next to it; the whole is to be checked."""
        card = _parse(NBKR_SWEEP, "IN")
        self.assertEqual(card["company"], "N.B.K.R. INSTITUTE OF SCIENCE & TECHNOLOGY")
        self.assertIn("company", low_confidence_fields(card))
        card = _parse(TIME_SWEEP, "IN")
        self.assertEqual(
            card["company"], "Triumphant Institute of Management Education Pvt. Ltd."
        )
        self.assertEqual(card["name"], "Y. D. Srinivas")

    def test_a_name_in_chinese_characters_is_no_company(self):
        """ "鈴木大輔" printed large over "Daisuke SUZUKI" is his name in kanji,
        not the company: that is the line with the legal form "株式会社"
        (kabushiki kaisha; tunetaku/business-card-ocr sample1.jpg), to be
        checked. On a card in Chinese only, the name printed large ("賴盈榕")
        is the person's, to be checked, and no company (andy08691/card-ocr
        test/test_card1.png)."""
        card = _parse(HANKOYA_SWEEP, "JP")
        self.assertEqual(card["name"], "Daisuke SUZUKI")
        self.assertEqual(card["company"], "株式会社ハンコヤドットコム")
        card = _parse(YOUCHAO_SWEEP, "TW")
        self.assertEqual(card["name"], "賴盈榕")
        self.assertEqual(card["company"], "")
        self.assertIn("name", low_confidence_fields(card))

    def test_a_page_on_a_network_or_a_shop_platform_names_no_company(self):
        """ "github: github.com/Neel16" (Neel16/BusinessCard business_card.png):
        GitHub is where the person keeps his code, not his firm: the company is
        "Trimble Inc.", printed under his role. "ETSY" over
        "etsy.com/shop/thecrankyapple" (jaf765/IMA-FE-Midterm-Spring2020
        businesscard.jpeg) labels the shop's page there: no company."""
        card = _parse(GITHUB_SWEEP)
        self.assertEqual(card["company"], "Trimble Inc.")
        self.assertEqual(card["urls"], ["https://github.com/Neel16"])
        card = _parse(ETSY_SWEEP)
        self.assertNotEqual(card["company"].casefold(), "etsy")

    def test_bits_of_a_picture_ending_as_a_legal_form_are_no_company(self):
        """ "cs ,α , 9o sc sc co": what the OCR made of the Telugu print of an
        Indian hardware store's card (ajeemshaik7-cmd/bismillahstores
        images/visitingcard.jpg), its last bit read as "Co", is no company;
        "HP Inc." (invented), a short name with its legal form, is one."""
        card = parse_card_text(
            "9866736791\nGSTIN: 36BDCPR5979R1ZD\nBISMILLAH\n"
            "Cement, Iron, Hardware & General Stores\ncs ,α , 9o sc sc co\n",
            "IN",
        )
        self.assertNotIn("sc co", card["company"])
        card = parse_card_text("Jane Doe\nHP Inc.\njane.doe@hp.com\n")
        self.assertEqual(card["company"], "HP Inc.")

    def test_initials_without_dots_before_a_name_over_a_role(self):
        """ "G Venu" over "Territory Technical Services Manager", under the
        group's logo "ADITYA BIRLA" (Raj-Motta/OCR-Business_Card_Reader
        Version Final/Selected/160.jpeg): an initial without its dot, as
        Indian cards print it, then a name, right over the role, is the
        person's, over a logo of a name's shape."""
        card = parse_card_text(
            "ADITYA BIRLA\nUltraTech\nG Venu\nTerritory Technical Services Manager\n",
            "IN",
        )
        self.assertEqual(card["name"], "G Venu")
        self.assertEqual(card["title"], "Territory Technical Services Manager")

    def test_the_line_over_the_name_when_no_cue_names_the_firm(self):
        """ "PIZZA HUT" over "Jack Robertson" and "UltraTech" over "G Venu"
        (Raj-Motta/OCR-Business_Card_Reader Version Final/Selected/032.jpeg,
        160.jpeg): with no domain, legal form or company word, the line
        printed right over the person's name is where a card prints its
        firm's name: the company, to be checked. A place's or an honour's
        name there ("State of Illinois" over "BARACK OBAMA", 026.jpeg; "Award
        of Excellence", 058.jpeg) or a speck the OCR made of a picture ("He
        H", 217.jpeg) is none."""
        card = parse_card_text(
            "PIZZA HUT\nJack Robertson\nCEO\n388 South Rd\nMelbourne Vic 3000\n"
            "T:(03)666 7778\nF: (03) 666 8889\nE:jack@pzh.com.au\n",
            "AU",
        )
        self.assertEqual(card["company"], "PIZZA HUT")
        self.assertLess(card["confidence"]["company"], LOW_CONFIDENCE)
        card = parse_card_text(
            "ADITYA BIRLA\nUltraTech\nG Venu\nTerritory Technical Services Manager\n",
            "IN",
        )
        self.assertEqual(card["company"], "UltraTech")
        # "VIETLAND" over its slogan, the OCR's "mang die ahile gid as..", over
        # the name (anhtv26062000/namecard_extraction_api
        # app/temp/1_input/raw.jpg)
        card = parse_card_text(
            "VIETLAND\nmang die ahile gid as..\nLÊ BA KHÁNH HUNG\n"
            "Truòng Phöng Kinh Doanh\nDO:0918740919\n",
            "VN",
        )
        self.assertEqual(card["company"], "VIETLAND")
        for text in (
            (
                "State of Illinois\nBARACK OBAMA\nUnited States Senator\n"
                "713 Hart Senate Office Building\nWashington, DC 20510\n"
                "(202) 224-2854\n"
            ),
            (
                "NISSAN\nAward of Excellence\nJames Bond\n"
                "Sales & Leasing Consultant\nBus: 818-547-4220\n"
            ),
            "He H\nN.V. Subba Rao\nJt. Transport Commissioner\nOff: 040 23224963\n",
        ):
            with self.subTest(text=text.split("\n", 1)[0]):
                card = parse_card_text(text, "IN" if "Rao" in text else "US")
                self.assertEqual(card["company"], "")

    def test_roles_in_the_plural_are_a_firms_not_a_title(self):
        """ "MVV ENGINEERING CONSULTANTS" under "Principal Structural
        Consultant" and "Consulting Engineers & Architects" under
        "CONTINENTAL DESIGNERS" (Raj-Motta/OCR-Business_Card_Reader Version
        Final/Selected/166.jpeg, 208.jpeg): roles in the plural say what a
        firm does, no person's role, nor one misread by a letter; the person's
        own role stays the title."""
        card = parse_card_text(
            "Satyanarayana .MVV\nM.Tech (Structures), MIE, MICI, C.Eng(I)\n"
            "Principal Structural Consultant\nMVV ENGINEERING CONSULTANTS\n"
            "CIVIL E STRUCTURAL ENGINEERS\n9908531109\n"
            "Plot No. 34, Vinayaka Nagar,\ner.smalaka.mvv@gmail.com\n",
            "IN",
        )
        self.assertEqual(card["title"], "Principal Structural Consultant")
        self.assertEqual(card["company"], "MVV ENGINEERING CONSULTANTS")
        card = parse_card_text(
            "Prof. K. Nagi Reddy\nB.E.,M.Tech.,Ph.D.,F.I.E.,C.Eng.(1)\n"
            "CONTINENTAL DESIGNERS\nConsulting Engineers & Architects\n"
            "Behind Hotel Krishna Oberoi, Naveen Nagar, Hyderabad-500 482.\n",
            "IN",
        )
        self.assertEqual(card["title"], "")

    def test_a_dealers_name_with_the_makes_logo(self):
        """ "NISSAN" printed alone and "Nissan Miên Nam" under it
        (minhpro1310/ngochung card.jpg), "SAOUD" large and "SAOUD CAR" under
        it (HatimZahiri1/saoud-car carte-visite.jpg): a line that names the
        logo printed alone with more words is the dealer's or the agency's
        name, to be checked; the person's name printed twice is none."""
        card = _parse(
            [
                ("Nguyn Trung Quân", 0.84, 1.43),
                ("NISSAN", 1.0, 1.17),
                ("Nissan Miên Nam", 0.99, 1.0),
                ("Qun 12 | Hồ Chí Minh", 0.84, 1.0),
                ("0969873935", 1.0, 0.9),
            ],
            "VN",
        )
        self.assertEqual(card["company"], "Nissan Miên Nam")
        self.assertIn("company", low_confidence_fields(card))
        card = parse_card_text(
            "SAOUD\nSAOUD CAR\nLocation de voitures\n+212 661395 495\n"
            "souad88000@gmail.com\nHay Lalla Meriem\nBloc B N° 185,\nBEN SLIMANE\n",
            "MA",
        )
        self.assertEqual(card["company"], "SAOUD CAR")
        card = parse_card_text("CATERINA DA SILVA\n+56991781128\nSILVA\n", "CL")
        self.assertEqual(card["company"], "")

    def test_roles_in_more_languages(self):
        """Roles the parser did not know (a batch of real photos with their
        printed text written down): "Truòng Phöng Kinh Doanh", the OCR's
        "Trưởng Phòng Kinh Doanh", head of sales in Vietnamese
        (anhtv26062000/namecard_extraction_api app/temp/1_input/raw.jpg) and
        "NHÂN VIÊN KINH DOANH", sales staff
        (thangnguyenhelibm-svg/landing assets/business_card.jpg), but not
        "Truong Phong", a surname and a given name; "Specjalista ds.
        elektroniki", a Polish specialist's role, its field in small letters
        (209163/IT_APP_WE0730_business_card_reader
        cards-test-set/IMG_20180307_0002.jpg); "Technologist" (Shilpi-Kumari/
        Business_Card_Reader "WhatsApp Image 2018-11-04 at 11.11.03 PM.jpeg");
        "Sr.PRODUCT EXECUTIVE-- MAPPING", its first word glued by the dot, no
        handle (datascienceanywhere/BusinessCard_NER_WebApp
        Notes/1_BusinessCardNER/Version_1/Selected/118.jpeg)."""
        card = parse_card_text(
            "VIETLAND\nLÊ BA KHÁNH HUNG\nTruòng Phöng Kinh Doanh\n"
            "DO:0918740919\nEmaik: hugelands88@gmail.com\n",
            "VN",
        )
        self.assertEqual(card["title"], "Truòng Phöng Kinh Doanh")
        card = parse_card_text(
            "NGUYÊN VĂN THĂNG\nNHÂN VIÊN KINH DOANH\n+ 094 1615 739\n", "VN"
        )
        self.assertEqual(card["title"], "NHÂN VIÊN KINH DOANH")
        card = parse_card_text("Truong Phong\n+ 094 1615 739\n", "VN")
        self.assertEqual(card["title"], "")
        card = parse_card_text(
            "Paweł Polański\nSpecjalista ds. elektroniki\n+48 603 498 836\n"
            "pawel.polanski@etongroup.eu\nwww.sensdx.eu\nSensDx Sp. z 0.0.\n"
            "ul. Stabłowicka 147\n54-066 Wrocław\n",
            "PL",
        )
        self.assertEqual(card["title"], "Specjalista ds. elektroniki")
        card = parse_card_text(
            "Kirthi Shanbhag\nTechnologist\nEngineering\n951 SanDisk Drive\n"
            "Milpitas, CA 95035-7933\nkirthi.shanbhag@sandisk.com\n"
        )
        self.assertEqual(card["title"], "Technologist")
        card = parse_card_text(
            "P. Ravikanth Reddy\nSr.PRODUCT EXECUTIVE-- MAPPING\n"
            "ROLTA INDIA LIMITED\nemail : preddy@rolta.com\nWeb : www.rolta.com\n",
            "IN",
        )
        self.assertEqual(card["title"], "Sr.PRODUCT EXECUTIVE-- MAPPING")

    def test_a_register_number_without_brackets_and_a_logos_bars(self):
        """ "EMARQUE TECHNOLOGIES SDN BHD 202001018506" (tanghoong/
        desktop-namecard-station apps/server/data/cards/2026-05-25_014259_1a2d/
        front.jpg): a Malaysian register number after the legal form, without
        brackets, is left in the note and the legal name is the company, over
        the logo the OCR misread ("こMARQUE"). "WillisTowersWatson I.I'I'I.I"
        (thelllmike/Business-Card-Scanner-App notebook/images/"WhatsApp Image
        2024-05-13 at 10.44.07 AM.jpeg"): the logo's bars read as strokes and
        dots are no part of the name."""
        card = parse_card_text(
            "Joey Lim\nCOO, Director\n: +6012 729 3644\n: joey@emarque.co\n"
            ": www.emarque.co\nEMARQUE TECHNOLOGIES SDN BHD 202001018506\n"
            "G-80-1, Zenith Corporate Park, SS7/26\nこMARQUE\nYOUR NEXT\nCOMPUTER\n",
            "MY",
        )
        self.assertEqual(card["company"], "EMARQUE TECHNOLOGIES SDN BHD")
        self.assertIn("202001018506", card["note"])
        card = parse_card_text(
            "WillisTowersWatson I.I'I'I.I\nAlexander van Kuffeler\n"
            "Head of Africa Specialty\n51 Lime Street\nLondon EC3M 7DQ\n"
            "M\n+44 (0)7738 183 703\nE\navkuffeler@willistowerswatson.com\n"
            "Willis Limited\n",
            "GB",
        )
        self.assertEqual(card["company"], "WillisTowersWatson")
        self.assertIn("Willis Limited", card["note"])

    def test_a_firms_name_its_initials_spell(self):
        """ "MCMS" printed small over "MEGHA" and "Computer & Mobile Solution"
        (treeleafrnd/optical_character_recognition input/4.jpg): the initials
        of the two lines together are the acronym printed alone, the firm's
        whole name, over its wordmark alone; to be checked."""
        card = _parse(
            [
                ("MCMS", 0.84, 0.75),
                ("MEGHA", 1.0, 3.47),
                ("Computer & Mobile Solution", 0.84, 1.13),
                ("Pro. Kamal Raj Bhusal", 0.99, 1.05),
                ("9845079053", 1.0, 0.88),
                ("Megha Market, Shaheed Chowk", 1.0, 0.85),
                ("Narayangarh, Chitwan", 1.0, 1.0),
                ("bhusalk915@gmail.com", 1.0, 1.0),
            ],
            "NP",
        )
        self.assertEqual(card["company"], "MEGHA Computer & Mobile Solution")
        self.assertIn("company", low_confidence_fields(card))
        # "Pro." before the name: the proprietor, as Nepal's cards shorten it
        self.assertEqual(card["name"], "Kamal Raj Bhusal")
        self.assertEqual(card["title"], "Pro.")

    def test_ai_in_a_title_read_with_a_small_l(self):
        """ "Lead, Frontier Al Safety and Security Policy, Global Affairs"
        (hamandchees3/BusinessCardReader sample.jpg): the OCR's small l for
        the capital I of AI, before an everyday word, at the end ("Head of
        Al") or before a role's word; "Al Ain", a place, stays."""
        card = parse_card_text(
            "Jane Doe\nLead, Frontier Al Safety and Security Policy, Global Affairs\n"
            "jane@openai.com\n"
        )
        self.assertEqual(
            card["title"],
            "Lead, Frontier AI Safety and Security Policy, Global Affairs",
        )
        card = parse_card_text("Jane Doe\nHead of Al\njane@openai.com\n")
        self.assertEqual(card["title"], "Head of AI")
        card = parse_card_text("Jane Doe\nBranch Manager, Al Ain\njane@acme.ae\n", "AE")
        self.assertEqual(card["title"], "Branch Manager, Al Ain")

    def test_indonesian_legal_names(self):
        """Three cards of Indonesian firms (Virax17/OCR_card "New
        folder/WhatsApp Image 2026-07-10 at 10.56.13 AM (1).jpeg", "...10.56.11
        AM.jpeg", "...10.56.15 AM (2).jpeg"): "PT. AALBORG INDUSTRI INDONESIA"
        spells aalborgindo.com but for the country's name after it, and its
        legal form says it is the legal name, over the logo's "AALBORG
        INDUSTRI"; "PT.CESCO OFFSHORE AND ENGINEERING", the form glued by its
        dot, is a legal name, no handle; "PT Petrosea Tbk - Head Office": which
        office is no part of the name."""
        card = parse_card_text(
            "Budhi Kristyo Wibowo\nTechnical Director\n"
            "Email : budikris@aalborgindo.com\nAALBORG INDUSTRI\n"
            "Mobile : +62 811-2140-234\nINDONESIA\nPT. AALBORG INDUSTRI INDONESIA\n"
            "JI. Rawa Sumur II, Blok III, Kav. CC 6-7\nwww.aalborgindo.com\n",
            "ID",
        )
        self.assertEqual(card["company"], "PT. AALBORG INDUSTRI INDONESIA")
        card = parse_card_text(
            "CESCO\nPT.CESCO OFFSHORE AND ENGINEERING\n+62 811-8116-968\n"
            "LEO SASTRO WIJOYO\nDirector\nleo@cesco.co.id\nwww.cesco.co.id\n"
            "Cesco Offshore and Engineering/\n",
            "ID",
        )
        self.assertEqual(card["company"], "PT.CESCO OFFSHORE AND ENGINEERING")
        card = parse_card_text(
            "PETROSEA\nNicolas Moussios\nPT Petrosea Tbk - Head Office\n"
            "Wisma Barito Pacific\nnick.moussios@petrosea.com\nwww.petrosea.com\n",
            "ID",
        )
        self.assertEqual(card["company"], "PT Petrosea Tbk")

    def test_a_short_site_the_mail_servers_domain_names(self):
        """ "ey.com" printed under the "EY" logo, the e-mail at vn.ey.com
        (pahung1999/ocr_business_card image/20230202_093005.jpg): a bare address
        of two letters is the card's website when the e-mail's server is in
        its domain; "xy.com" with no such e-mail is no website."""
        card = parse_card_text(
            "EY\ney.com\nHang Thu Nguyen\nManager, Assurance Services\n"
            "hang.b.thu.nguyen@vn.ey.com\nErnst & Young Vietnam Limited\n",
            "VN",
        )
        self.assertEqual(card["urls"], ["https://ey.com"])
        card = parse_card_text("Jane Doe\nxy.com\njane@acme.com\n")
        self.assertNotIn("https://xy.com", card["urls"])

    def test_an_auto_shop_is_no_persons_name(self):
        """ "PASHUPATI AUTO" at pashupatiauto2071@gmail.com, a motorcycle
        parts dealer's card (treeleafrnd/optical_character_recognition
        Dataset/train/16.jpg): "Auto" names a dealer's or a workshop's trade,
        no person's name; the company."""
        card = parse_card_text(
            "PASHUPATI AUTO\n056-570333, 570848\npashupatiauto2071@gmail.com\n"
            "Deal : All kind of motorcycle parts..\n",
            "NP",
        )
        self.assertEqual(card["name"], "")
        self.assertEqual(card["company"], "PASHUPATI AUTO")

    def test_shop_cards_names_and_roles(self):
        """Cards of Indian and Pakistani shops and firms
        (Raj-Motta/OCR-Business_Card_Reader Version Final/Selected/016.jpeg,
        020.jpeg, 096.jpeg, 099.jpeg, 141.jpeg): "Raghuvijayan" over
        "PROPRIETOR" at raghuvijayan104@ is the person, no firm; "DAMAGED LCD
        SCREENS REPLACED", everyday words, and "SRIPAD IEDUSTRIES", a firm's
        word misread by a letter, are no one's name; "Driver" is a role;
        "Naveed Ahmed" over "FINANCIAL" / "CONSULTANT" is a name over the
        role's two lines, no firm "Naveed Ahmed FINANCIAL". "CHILLI" at
        chilli@gmail.com and chilli.com.vn, over "Manager" (maiphuong667/
        phuongdayroi images/namecard.jpg) stays the firm's."""
        card = parse_card_text(
            "B\n+91 9087253526\nRaghuvijayan\nPROPRIETOR\n"
            "raghuvijayan104@gmail.com\nEXPRESS\nPackers & Movers\n",
            "IN",
        )
        self.assertEqual(card["name"], "Raghuvijayan")
        self.assertNotEqual(card["company"], "Raghuvijayan")
        card = parse_card_text(
            "MOBILE PHONE\nREPAIR\nCENTRE\nDAMAGED LCD SCREENS REPLACED\n"
            "020 87499933\n",
            "GB",
        )
        self.assertNotIn("Damaged", card["name"])
        # and its "NO-FIX NO-FEE" under it: everyday words and a small one
        card = parse_card_text(
            "MOBILE PHONE\nREPAIR\nCENTRE\nON-SITE REPAIRS WHILE YOU WAIT\n"
            "INSTANT UNLOCKING SOLUTIONS\nDAMAGED LCD SCREENS REPLACED\n"
            "WATER/LIQUID DAMAGED PHONES\nSOFTWARE PROBLEMS\n"
            "WHILE YOUR PHONE IS BEING REPAIRED\nNO-FIX NO-FEE\n020 87499933\n"
            "WWW.MPRC.CO\n",
            "GB",
        )
        self.assertEqual(card["name"], "")
        card = parse_card_text(
            "Phone : 55501119\nP.S. Deshpande\nThe Furniture People\n"
            "SRIPAD IEDUSTRIES\nE-mail: sripad_ind2000@yahoo.com\n",
            "IN",
        )
        self.assertEqual(card["name"], "P.S. Deshpande")
        card = parse_card_text(
            "+91 847 697 7142\nravikumar@gmail.com\nRAVI KUMAR\nDriver\n"
            "ravikumaranna.com\n",
            "IN",
        )
        self.assertEqual(card["title"], "Driver")
        self.assertEqual(card["company"], "")
        card = parse_card_text(
            "FINANCIAL RISK MANAGEMENT\nNaveed Ahmed\nFINANCIAL\nCONSULTANT\n"
            "Cell: 0300-8466858\nEmail: MrHot2000@hotmail.com\n",
            "PK",
        )
        self.assertEqual(card["name"], "Naveed Ahmed")
        self.assertNotIn("Naveed", card["company"])
        card = parse_card_text(
            "+84 337463247\nwww.chilli.com.vn\nchilli@gmail.com\n"
            "NGUYEN MAI PHUONG\nManager\nCHILLI\n",
            "VN",
        )
        self.assertEqual(card["company"], "CHILLI")

    def test_a_degree_spaced_after_its_first_letter(self):
        """ "M. Tech Structures" under "B.E. Civil, M.I.E."
        (Raj-Motta/OCR-Business_Card_Reader Version Final/Selected/178.jpeg):
        a master's in structures spaced after its "M.", no "M." (mobile)
        label before a firm "Tech Structures"."""
        card = parse_card_text(
            "Er. Anita Devi Bonala\nB.E. Civil, M.I.E.\nM. Tech Structures\n"
            "Ph.D. (Structures)\nEshana\nGHMC Licenced Structural Er.\n",
            "IN",
        )
        self.assertEqual(card["name"], "Anita Devi Bonala")
        self.assertNotIn("Tech", card["company"])

    def test_a_states_body_is_no_name(self):
        """ "Australian Government" over "Geoff Morris, Thac si" (a Master's,
        in Vietnamese) on an agency's card (pahung1999/ocr_business_card
        image/20230202_092801.jpg): a government, a ministry, an embassy is
        no one's name."""
        card = _parse(
            [
                ("Australian Government", 0.84, 0.91),
                ("Dąi s quán Ôxtrâylia", 0.84, 1.02),
                ("HàNi", 0.84, 1.05),
                ("Australian Centre for", 0.84, 0.93),
                ("International Agricultural Research", 0.84, 1.02),
                ("Geoff Morris, Thac si", 0.97, 1.0),
                ("Trung Đi din ACIAR ti Vit Nam", 0.84, 0.96),
                ("geoff.morris@aciar.gov.au", 0.97, 1.0),
            ],
            "VN",
        )
        self.assertNotEqual(card["name"], "Australian Government")

    def test_polish_and_spanish_roles(self):
        """ "ANALITYK GIEŁDOWY", a stock analyst (wiktoriaskowron521/
        Graphics-Inkscape-and-Povray- wizytowka.png), and "Cortador
        Profesional de Jamón", a ham carver (FernandoDePaz/tarjeta
        tarjeta.png): roles, the carver's no "Contador" (accountant) misread
        by a letter."""
        card = parse_card_text(
            "ANALITYK GIELDOWY\nWiktoria Skowron\ne-mail: wskowron@gmail.com\n"
            "tel. 533 485 671\n",
            "PL",
        )
        self.assertEqual(card["title"], "ANALITYK GIELDOWY")
        card = parse_card_text(
            "Fernando De Paz\nCortador Profesional de Jamón\n"
            "Eventos y Servicios a domicilio\nMadrid\n600 811 611\n",
            "ES",
        )
        self.assertEqual(card["title"], "Cortador Profesional de Jamón")

    def test_a_legal_form_read_before_its_wordmark(self):
        """ "(India) Pvt. Ltd." printed small after "COMPUTER WARE" and read
        first (surajmurari02/ocr_card assets/images/3.jpg): the firm's name is
        the wordmark, then its form."""
        card = parse_card_text(
            "Vikas Gupta\nSales Executive\n+91 7827495267\n"
            "vikas.gupta@computerware.in\n(India) Pvt. Ltd.\nCOMPUTER WARE\n"
            "We make IT work for you.\nwww.computerware.in\n",
            "IN",
        )
        self.assertEqual(card["company"], "COMPUTER WARE (India) Pvt. Ltd.")

    def test_a_surname_cut_at_the_cards_edge_by_letters(self):
        """ "Jimit Gan" at igandhi@btnaccess.com (ahmed-asyl/FYPBusinessCardAi
        "backend/labelled data/033.jpg"): the mailbox is the
        given name's initial (its j read as an i) and the whole surname, whose
        last letters the OCR cut: "Jimit Gandhi", to be checked; "Maria
        Lopes" at marial@ and "V. Ganesh" at ganeshv@ stay."""
        card = parse_card_text(
            "btnaccess\nBeyond the Network Limited\nigandhi@btnaccess.com\n"
            "www.btnaccess.com\nJimit Gan\nAPEMEA\n",
            "HK",
        )
        self.assertEqual(card["name"], "Jimit Gandhi")
        self.assertIn("name", low_confidence_fields(card))
        card = parse_card_text("Maria Lopes\nmarial@acme.com\n")
        self.assertEqual(card["name"], "Maria Lopes")
        card = parse_card_text("V. Ganesh\nganeshv@acme.com\n", "IN")
        self.assertEqual(card["name"], "V. Ganesh")

    def test_a_small_word_glued_to_a_word_in_capitals(self):
        """ "HEART" / "ofGOLD" / "FINE JEWELRY, LLC" (sag-83/cardscan
        public/demo/heart-of-gold.png): "of" glued to "GOLD" by the OCR is
        put apart again."""
        card = _parse(
            [
                ("HEART", 0.84, 2.05),
                ("ofGOLD", 0.84, 2.1),
                ("FINE JEWELRY, LLC", 0.84, 1.0),
                ("Custom Designs", 1.0, 1.0),
                ("American Craft", 1.0, 0.95),
                ("Designers", 1.0, 1.0),
                ("Debra Portanova Nelson", 1.0, 1.05),
                ("Susan Portanova Rogliano", 0.99, 1.0),
                ("930 Hope Street", 0.84, 1.0),
                ("Stamford, CT 06907", 0.84, 1.05),
                ("203-323-5312", 1.0, 0.9),
                ("heartofgoldjwlry@aol.com", 0.84, 0.95),
                ("heartofgoldfinejewelry.com", 1.0, 0.95),
            ]
        )
        self.assertEqual(card["company"], "HEART of GOLD FINE JEWELRY, LLC")

    def test_initials_that_spell_a_degree_are_checked(self):
        """ "M.S NGUYEN VIET KHUONG" (pahung1999/ocr_business_card
        image/20230202_092826.jpg): "M.S" before a name is a Master of
        Science as often as a name's initials ("M.S. Dhoni"): the name is to
        be checked; "Md. Subhan" (Muhammad, shortened) is not."""
        card = parse_card_text(
            "M.S NGUYEN VIET KHUONG\nDeputy Chief of Department\n"
            "Email : khuongnv@ssc.gov.vn\n",
            "VN",
        )
        self.assertIn("name", low_confidence_fields(card))
        card = parse_card_text(
            "Dr. Md. Subhan\nProfessor & HOD\nE-mail: md.subhan5@gmail.com\n", "IN"
        )
        self.assertNotIn("name", low_confidence_fields(card))

    def test_a_brand_written_as_one_word_elsewhere_is_no_name(self):
        """ "Ask Django" over "Chinseok Lee" and "AskDjango Operator"
        (askdjango/onair assets/namecard.jpg): the two words printed as one in
        another line of words are a brand's, and the person is the name under
        it."""
        card = parse_card_text(
            "Ask Django\nytho/Dan .\nChinseok Lee\nAskDjango Operator\n"
            "Microsoft Azure MVP\nask@festi.kr\nhttps://festi.kr\n",
            "KR",
        )
        self.assertEqual(card["name"], "Chinseok Lee")

    def test_a_logos_two_words_read_apart(self):
        """ "SKLARK" / "Karnataka - 560029" / "DRONES" at skylarkdrones.com
        (sunithapriya/BusinessCard_Reader images/test.jpeg): the logo's two
        words, a line of the address read between them, are the company, the
        letter the OCR dropped put back from the domain, to be checked;
        "CLIMAX LLC" at climaxx.com keeps its printed spelling."""
        card = parse_card_text(
            "Mughilan Thiru Ramasamy\nCo - Founder & Director\n+91-9740331193\n"
            "trmughilan@skylarkdrones.com\nIKP Eden, 16, Bhuvanappa layout,\n"
            "Tavarekere Main Road, Bengaluru,\nSKLARK\nKarnataka - 560029\n"
            "DRONES\nwww.skylarkdrones.com\n",
            "IN",
        )
        self.assertEqual(card["company"], "SKYLARK DRONES")
        self.assertIn("company", low_confidence_fields(card))
        card = parse_card_text("CLIMAX LLC\nJohn Doe\njohn@climaxxllc.com\n")
        self.assertEqual(card["company"], "CLIMAX LLC")

    def test_a_name_printed_as_a_handle(self):
        """ "Keith.Wedinger" printed large over "@Improving.com"
        (jkwuc89/jkwuc89.github.io images/businesscard.png) and
        "Sunil.Kotta" over his role (Raj-Motta/OCR-Business_Card_Reader
        Version Final/Selected/168.jpeg): a given name and a surname joined
        by a dot are the person's name; "Avyda.Creations" (a shop's, as
        printed on another card of the sweep) is none."""
        card = parse_card_text(
            "Keith.Wedinger\n@Improving.com\n614 551 0373\n@jkwuc89\n"
            "Technical Director\n"
        )
        self.assertEqual(card["name"], "Keith Wedinger")
        card = parse_card_text(
            "ADITYA BIRLA\nUltraTech\nSunil.Kotta\n"
            "Territory Technical Services Manager\n",
            "IN",
        )
        self.assertEqual(card["name"], "Sunil Kotta")
        card = parse_card_text("Avyda.Creations\n+91 98765 43210\n", "IN")
        self.assertNotEqual(card["name"], "Avyda Creations")

    def test_a_templates_words_written_as_one_are_no_name(self):
        """A card template's "FIRST M. LASTNAME" and the name its
        "EMAIL_YOUREMAIL@EMAIL.COM" would spell are nobody's
        (Raj-Motta/OCR-Business_Card_Reader Version Final/Selected/283.jpeg,
        093.jpeg)."""
        card = parse_card_text(
            "FIRST M. LASTNAME\nMEDICAL COMPANY\nTel. No.: +123 5678901\n"
            "Email: you@yourbusiness.com\n"
        )
        self.assertEqual(card["name"], "")
        card = parse_card_text(
            "COMPANY\nYOUR AMAZING SLOGAN GOES HERE\nYOUR NAME\n+91-1234567890\n"
            "EMAIL_YOUREMAIL@EMAIL.COM\n",
            "IN",
        )
        self.assertEqual(card["name"], "")

    def test_an_everyday_word_with_a_prefix_is_no_name_word(self):
        """ "Carnegie Mellon University - BXA" / "Interdisciplinary Program"
        (20iyerd/20iyerd.github.io assets/businesscard.png): the
        program is no person's name, though the word list has
        "disciplinary" only; "Overton" and "Underwood" stay names (invented)."""
        card = parse_card_text(
            "Carnegie Mellon University - BXA\nInterdisciplinary Program\n"
            "https://20iyerd.github.io\n"
        )
        self.assertEqual(card["name"], "")
        card = parse_card_text("Overton Underwood\n+1 212 555 0100\n")
        self.assertEqual(card["name"], "Overton Underwood")

    def test_a_name_in_brackets_and_hashtags(self):
        """ "(Sunkyoo Hwang)" is the person's name in brackets, not a company,
        and "#DeeLang Ar Vitm" (the OCR's "#Deep Learning #Algorithm"),
        hashtags printed large, is no company (picom0022/ICT_EDU_AI
        05_OpenCV/opencv/images/namecard3.jpg)."""
        card = _parse(SUNKYOO_SWEEP, "KR")
        self.assertEqual(card["name"], "Sunkyoo Hwang")
        self.assertNotIn("#", card["company"])
        self.assertNotIn("Sunkyoo", card["company"])

    def test_a_company_ending_on_and_goes_on_in_its_own_size(self):
        """ "eec" printed huge, then "ENGINEERING &" / "CONSTRUCTION" in small
        letters (Raj-Motta/OCR-Business_Card_Reader Version
        Final/Selected/175.jpeg): the line after "&" is the rest of the
        company, of the size of the line it goes on from."""
        card = _parse(EEC_SWEEP, "IN")
        self.assertEqual(card["company"], "eec ENGINEERING & CONSTRUCTION")
        self.assertIn("company", low_confidence_fields(card))

    def test_degrees_and_a_templates_xs_are_neither_company_nor_name(self):
        """ "M.Tech., Ph.D.(RS)" under "Dr. M. Anji Reddy" are his degrees, no
        company (Raj-Motta/OCR-Business_Card_Reader Version
        Final/Selected/214.jpeg); "XXXXX XXXXXX" is a template's place for a
        name (291.jpeg there). "... B.S.C. (C)", a Bahraini company's legal
        form, stays a company (as card 13 of the set prints it; the name and
        number beside it invented)."""
        card = parse_card_text(
            "Dr. M. Anji Reddy\nM.Tech., Ph.D.(RS)\n"
            "ENVIRONMENTAL REMOTE SENSING & GIS LAB.\n"
            "Institute of Pg Studies & Research. J.N.T. University.\n",
            "IN",
        )
        self.assertNotIn("Ph.D", card["company"])
        card = parse_card_text("XXXXX XXXXXX\n( Designation )\nMob. : XXXXXXXXXX\n")
        self.assertNotIn("Xxxxx", card["name"])
        card = parse_card_text(
            "Ali Hassan\nYOKOGAWA MIDDLE EAST & AFRICA B.S.C. (C)\n+973 1735 8100\n"
        )
        self.assertEqual(card["company"], "YOKOGAWA MIDDLE EAST & AFRICA B.S.C. (C)")

    def test_an_indian_eaterys_dish_and_a_print_shops_name_are_no_name(self):
        """ "Daawat" / "Briyani" printed large over "Family Fast Food"
        (Raj-Motta/OCR-Business_Card_Reader Version Final/Selected/066.jpeg)
        is an eatery's name, after its dish, no person's; "Sai Balaji Digital"
        at saibalajidigitals.com (069.jpeg there) is the print shop, the
        company, no person."""
        card = _parse(
            [
                ("Daawat Briyani", 0.84, 0.62),
                ("HALAL", 0.84, 0.53),
                ("Daawat", 0.84, 2.6),
                ("Briyani", 1.0, 2.79),
                ("Family Fast Food", 0.84, 1.34),
                ("044-28221128", 0.84, 1.0),
            ],
            "IN",
        )
        self.assertEqual(card["name"], "")
        card = _parse(
            [
                ("Cell : +91 8143222000", 0.84, 1.12),
                ("Sai Balaji Digital", 1.0, 2.62),
                ("FLEX & VINYL PRINTING", 0.99, 1.38),
                ("E-mail: saibalajidigitals9@gmail.com", 1.0, 0.96),
                ("Web: www.saibalajidigitals.com", 1.0, 0.96),
            ],
            "IN",
        )
        self.assertEqual(card["name"], "")
        self.assertIn("Sai Balaji Digital", card["company"])

    def test_two_things_a_shop_joins_and_a_tax_label_are_no_name(self):
        """ "Letras y Palabras" (letters and words) at
        contact.letrasypalabras@ is the translator's business, under his name
        "Julien PISTONE" (letrasypalabras/letrasypalabras.github.io
        cartedevisite.jpg); "TVA BE", the label of a Belgian VAT number, is no
        one's name (raijucloud/pro-pose-nous carte_visite.jpg). "José Ortega
        y Gasset" (invented) has a given name: a name."""
        card = _parse(
            [
                ("Julien PISTONE", 1.0, 1.29),
                ("Letras y Palabras", 0.84, 0.87),
                ("Traducteur - Interprète", 1.0, 1.0),
                ("WhatsApp : +33 6 28 49 90 65", 0.97, 0.87),
                ("contact.letrasypalabras@gmail.com", 1.0, 0.87),
            ],
            "FR",
        )
        self.assertEqual(card["name"].casefold(), "julien pistone")
        self.assertEqual(card["company"], "Letras y Palabras")
        card = parse_card_text("Body Piercing\n0495/282012\nTVA BE\n", "BE")
        self.assertEqual(card["name"], "")
        card = parse_card_text("José Ortega y Gasset\n+34 91 123 45 67\n", "ES")
        self.assertEqual(card["name"], "José Ortega y Gasset")

    def test_a_collection_is_a_shop(self):
        """ "JOHANNES." / "COLLECTION" printed large (a shop in Ghana:
        JohannesGrosseBoyman/JOHANNES.COLLECTION public/business-card.jpg) is
        the shop's name, no person's."""
        card = _parse(
            [
                ("JOHANNES.", 0.84, 1.6),
                ("COLLECTION", 0.84, 1.29),
                ("+233 5580349060", 1.0, 1.11),
                ("Berekum", 1.0, 0.93),
            ],
            "GH",
        )
        self.assertEqual(card["name"], "")
        self.assertIn("COLLECTION", card["company"])

    def test_a_role_in_small_letters_before_the_name(self):
        """ "adviser Ryuji Azama" (OkiAzama/GuidersJapan
        images/business-card.jpg): the role in small letters, then the name, on
        one line, are the title and the name, over a certificate's line taken
        for a name before."""
        card = _parse(
            [
                ("Guiders Japan", 0.84, 1.53),
                ("adviser Ryuji Azama", 0.84, 1.73),
                ("Olinawa Local Guikle Cer", 0.84, 0.87),
                ("date of Issue: 4-Mar-14", 0.84, 1.0),
            ],
            "JP",
        )
        self.assertEqual((card["name"], card["title"]), ("Ryuji Azama", "adviser"))

    def test_the_surname_under_the_given_name_is_no_company(self):
        """ "Robert" over "VANDEN EYNDE" (lionesstina/cv carte-de-visite.png, a
        Belgian engineer's own card at robertvandeneynde.be): the two lines are
        his name; the surname is not also the company's name."""
        card = _parse(
            [
                ("Robert", 1.0, 1.21),
                ("VANDEN EYNDE", 1.0, 0.96),
                ("Ingénieur", 1.0, 1.17),
                ("Animateur", 0.84, 1.0),
                ("Professeur", 0.84, 1.04),
                ("t.me/robertvend", 1.0, 0.88),
                ("鸚", 0.41, 0.75),
                ("robertvandeneynde.be", 0.84, 1.0),
            ],
            "BE",
        )
        self.assertEqual(card["name"], "Robert VANDEN EYNDE")
        self.assertEqual(card["company"], "")

    def test_an_entrepreneur_is_a_role(self):
        """ "Empreendedor digital" under "Cesar Santos" (CesarSotnas/Cesar_Santos
        src/assets/cartao-visita.png, a Brazilian freelancer's card): an
        entrepreneur, in the card's language, is the person's role, to be
        checked, not the company's name."""
        card = _parse(
            [
                ("Cesar Santos", 1.0, 0.79),
                ("Empreendedor digital", 1.0, 1.0),
                ("Site: www.cesarsantos.com.br", 1.0, 0.79),
                ("Whatsapp: +55 21 98402-9951", 1.0, 1.0),
                ("E-mail: devcarlos.cesar@gmail.com", 0.99, 1.0),
                ("LinkedIn: https://www.linkedin.com/in/cesar--santos/", 1.0, 0.88),
            ],
            "BR",
        )
        self.assertEqual(card["title"], "Empreendedor digital")
        self.assertIn("title", low_confidence_fields(card))
        self.assertEqual(card["company"], "")

    def test_a_line_of_services_apart_is_no_company(self):
        """ "WEB DEVELOPMENT // DESIGN" (Misha-Holzman/mishaholzman.com
        src/assets/business-card-back.jpg) and "Broken screens • Hardware
        Replacement" (Raj-Motta/OCR-Business_Card_Reader Version
        Final/Selected/017.jpeg): short items set apart by "//" or "•" are
        what one does, never the company; the shop's name printed large is."""
        card = _parse(
            [
                ("www.mishaholzman.com", 1.0, 1.0),
                ("WEB DEVELOPMENT // DESIGN", 1.0, 1.17),
                ("347 603 6396", 0.98, 0.87),
                ("mcholzman1@gmail.com", 0.84, 1.0),
            ],
        )
        self.assertEqual(card["company"], "")
        card = _parse(
            [
                ("Y-Wireless Repair", 1.0, 1.43),
                ("We fix cell phones & tablets", 1.0, 1.0),
                ("Broken screens • Hardware Replacement", 0.84, 0.87),
                ("Certified Technician", 1.0, 0.87),
                ("Phone • Tablet • Electronic Repairs", 0.84, 1.0),
                ("Call us", 1.0, 0.91),
                ("330-270-5060", 1.0, 1.0),
                ("facebook.com/YoungstownWirelessRepair", 1.0, 0.87),
            ],
        )
        self.assertEqual(card["company"], "Y-Wireless Repair")
        # a role set apart stays a role (an invented card)
        card = parse_card_text("Ann Lee\nPrincipal Researcher | Head\nann@lab.org\n")
        self.assertEqual(card["title"], "Principal Researcher | Head")

    def test_a_name_the_free_mailbox_spells_is_no_company(self):
        """ "MARK" / "MCGUINESS" at marksmcguiness@gmail.com
        (MarkMcGuiness/markmcguiness.github.io images/businesscard.png) and
        "adam pah" in small letters at adamrpah@gmail.com (adamrpah/
        adamrpah.github.io images/business_card.png): the mailbox spells the
        person's name, printed a word a line or in lower case; it is the name,
        not a shop's name the mailbox spells."""
        card = _parse(
            [
                ("MARK", 1.0, 1.45),
                ("MCGUINESS", 1.0, 1.49),
                ("(612) 268 - 8826", 0.84, 1.0),
                ("marksmcguiness@gmail.com", 1.0, 1.0),
                ("www.mcdarkness.com", 1.0, 0.96),
                ("www.linkedin.com/in/mark-mcguiness", 1.0, 1.0),
            ]
        )
        self.assertEqual((card["name"], card["company"]), ("Mark Mcguiness", ""))
        card = _parse(
            [
                ("email adamrpah@gmail.com", 0.84, 1.0),
                ("cell +1.847.859.9079", 1.0, 0.89),
                ("twitter damrpah", 0.84, 1.26),
                ("skype", 0.84, 0.89),
                ("web", 1.0, 0.74),
                ("npcompleteheart.com", 1.0, 0.84),
                ("adam pah", 1.0, 1.05),
                ("data scientist | consultant", 0.98, 1.05),
            ]
        )
        self.assertEqual((card["name"], card["company"]), ("adam pah", ""))
        self.assertEqual(card["title"], "data scientist | consultant")

    def test_a_logos_words_out_of_order_in_the_domains_order(self):
        """ "Cleaning" / "Co" / "Epic", a logo read a word a line and out of
        order, at epiccleaningco.net (wpechel-hub/epiccleaning
        business-card-front.png): the company is the words in the order the
        domain spells them, "Epic Cleaning Co"; the name stays Willian
        Pechel's."""
        card = _parse(
            [
                ("Willian", 1.0, 1.18),
                ("Pechel", 1.0, 1.18),
                ("Cleaning", 0.84, 1.18),
                ("Co", 1.0, 1.0),
                ("Epic", 1.0, 1.22),
                ("PREMIUM CLEANING SERVICES", 0.98, 0.6),
                ("τ(385) 556-9335", 0.84, 0.84),
                ("E epicleanco@gmail.com", 0.99, 0.82),
                ("w epiccleaningco.net", 1.0, 0.93),
            ]
        )
        self.assertEqual(card["company"], "Epic Cleaning Co")
        self.assertEqual(card["name"], "Willian Pechel")

    def test_an_indian_buildings_name_is_no_persons(self):
        """ "Balaji Sadan" over "lst Floor,Plot No 20D" (RealTeam-7/drbagul
        images/visitingcard.png, a hernia clinic in Navi Mumbai): a "sadan"
        (as a "bhavan", a "niwas") is a building of the address, not the
        doctor's name."""
        card = _parse(
            [
                ("022 2789 2020 / 022 2789 2020", 0.96, 0.96),
                ("Balaji Sadan", 1.0, 1.0),
                ("7038 9966 08", 1.0, 1.0),
                ("lst Floor,Plot No 20D", 0.98, 0.96),
                ("Sector No 15, Vashi", 1.0, 1.12),
                ("Navi Mumbai-400703", 1.0, 1.12),
                ("X", 0.82, 0.58),
                ("helphernia@gmail.com", 1.0, 1.12),
                ("www.lotusherniahospital.in", 1.0, 1.12),
                (
                    "NAVI MUMBAI'S Specialty Clinic for 3D Stitchless Hernia Care",
                    0.84,
                    1.54,
                ),
            ],
            "IN",
        )
        self.assertEqual(card["name"], "")

    def test_an_honorific_and_a_degree_around_glued_initials(self):
        """ "Er.V.Pragash B.E." (praveenc-dev/JVR-Enterprise
        images/business-card.png: "Er." for an engineer, his degree after the
        name): the name is "V.Pragash", its initial glued as printed; the
        honorific and the degree are not the name. "Dr.V.Pragash" and
        "Mr.K.Rao" are invented variants."""
        card = _parse(
            [
                ("JVR", 1.0, 2.83),
                ("ENTERPRISES", 1.0, 1.28),
                ("Granite Exports", 0.84, 1.0),
                ("Engineering& Govt.Contractors", 0.84, 0.87),
                ("Environmental Clearance", 0.84, 0.85),
                ("Certificate TN Govt.", 0.84, 0.91),
                ("Quarry Licencing", 0.98, 1.0),
                ("Er.V.Pragash B.E.", 0.84, 1.38),
                ("+919894760944|9159223333", 0.84, 1.06),
                ("geevin01@gmail.com", 0.84, 1.13),
                ("jvr.madurai@gmail.com", 0.84, 1.0),
                ("Plot No : 253/113, PT Rajan Road,", 0.98, 1.0),
                ("Visalakshipuram, Madurai 625014.", 1.0, 1.0),
            ],
            "IN",
        )
        self.assertEqual(card["name"], "V.Pragash")
        self.assertEqual(card["company"], "JVR ENTERPRISES")
        card = parse_card_text("Dr.V.Pragash\nMr.K.Rao\n", "IN")
        self.assertEqual(card["name"], "V.Pragash")

    def test_an_advocate_is_a_role_the_mailbox_spells_with_the_name(self):
        """ "SAMPATH PRABHAKAR REDDY" / "ADVOCATE" at spreddyadvocate@gmail.com
        (Raj-Motta/OCR-Business_Card_Reader Version Final/Selected/176.jpeg):
        an advocate is a lawyer, in India; the name and the role under it are
        no company, however the mailbox spells them together."""
        card = _parse(
            [
                ("GHMC", 0.84, 1.36),
                ("SAMPATH PRABHAKAR REDDY", 0.98, 1.3),
                ("ADVOCATE", 1.0, 1.02),
                ("STANDING COUNSEL FOR GHMC", 1.0, 0.89),
                ("Mobile: 99486 18811", 1.0, 0.94),
                ("HIG, Block-3, Flat No-13, Street No-2, Near Park,", 0.98, 0.89),
                ("Bagh Lingampally, Hyderabad. Telangana State - 500 044", 0.99, 1.0),
                ("ScPn: 040-27668338, E-mail : spreddyadvocate@gmail.com", 0.84, 1.32),
                ("CamScanner", 1.0, 0.7),
            ],
            "IN",
        )
        self.assertEqual(card["name"], "Sampath Prabhakar Reddy")
        self.assertEqual(card["title"], "ADVOCATE")
        # "GHMC" over the name, the body he is standing counsel for, may be
        self.assertNotIn("REDDY", card["company"].upper())
        self.assertNotIn("ADVOCATE", card["company"].upper())

    def test_a_label_line_does_not_go_on(self):
        """ "Residence & Office:" under "Advocate High Court / DRT"
        (Raj-Motta/OCR-Business_Card_Reader Version Final/Selected/113.jpeg)
        labels the address below it, it is not the rest of the title; "email:"
        under "Trimble Inc." (Neel16/BusinessCard business_card.png) cannot be
        the rest of the company, which is not to be checked for it."""
        card = _parse(
            [
                ("Ratnakar Giri Goswami", 1.0, 1.75),
                ("M.Com.,L.L.B", 1.0, 0.93),
                ("Advocate High Court / DRT", 0.99, 1.0),
                ("Residence & Office:", 0.97, 1.04),
                ("Tel & Fax:(0532)-2465138", 1.0, 1.0),
                ("GODAWARI,", 1.0, 0.93),
                ("Mob:9415284836", 1.0, 0.93),
                ("108/25/43,L.I.C Colony,", 0.84, 1.11),
                ("Email:rggoswamiadv@rediffmail.com", 1.0, 1.11),
                ("Tagore Town (Near Kali Mata Mandir)", 1.0, 0.93),
                ("Allahabad - 211002.", 0.99, 0.86),
            ],
            "IN",
        )
        self.assertEqual(card["title"], "Advocate High Court / DRT")
        card = _parse(GITHUB_SWEEP)
        self.assertEqual(card["company"], "Trimble Inc.")
        self.assertNotIn("company", low_confidence_fields(card))

    def test_an_initial_after_the_name(self):
        """ "Francis.A" at francis.a@capricot.com (Raj-Motta/
        OCR-Business_Card_Reader Version Final/Selected/257.jpeg): the initial
        after the given name, as Indian cards print it, is a name, kept as
        printed."""
        card = _parse(
            _CAPRICOT_257,
            "IN",
        )
        self.assertEqual(card["name"], "Francis.A")
        self.assertEqual(card["company"], "Capricot Technologies Pvt. Ltd.")

    def test_two_people_on_one_line(self):
        """ "Ali Riza YILMAZ & Ebubekir YILMAZ" under "YILMAZ OTO KURTARMA"
        (dlrbaylmz/Business_Web images/kartvizit.png, a Turkish towing firm of
        two brothers): the first is the card's name, to be checked; the second
        is kept on the card's lines for the note."""
        card = _parse(
            [
                ("YILMAZ OTO KURTARMA", 0.84, 1.85),
                ("Ali Riza YILMAZ & Ebubekir YILMAZ", 0.84, 1.0),
                (
                    "Tel:0.3545181515Gsm:0.5334115573-0.5057352164-0.5456231273",
                    0.84,
                    1.31,
                ),
                ("100.Yil San", 0.84, 1.0),
                ("/YOZGAT", 0.84, 1.0),
            ],
            "TR",
        )
        self.assertEqual(card["name"], "Ali Riza YILMAZ")
        self.assertIn("name", low_confidence_fields(card))
        self.assertIn("Ebubekir YILMAZ", card["lines"])
        self.assertEqual(card["company"], "YILMAZ OTO KURTARMA")

    def test_a_name_in_capitals_the_ocr_glued_over_a_role(self):
        """ "RYANJOHNSON" over "OWNER/OPERATOR" (Website-Testers/
        Michigan-Deck-Refinishers business card.jpg) and "MAXTAY" over "Sale
        Manager" at guanhuat_tay@yahoo.com (jokytalki3/anothermedansports
        images/namecard.jpg): a given name and a surname, known or the e-mail's,
        glued; parted, to be checked. "MARKETING" over a role (an invented
        card) stays a word."""
        card = _parse(DECK_SPLIT_MAIL_SWEEP)
        self.assertEqual(card["name"], "Ryan Johnson")
        self.assertIn("name", low_confidence_fields(card))
        card = _parse(
            [
                ("MEDAN SPORTS", 0.84, 2.57),
                ("MAXTAY", 0.84, 2.11),
                ("Sale Manager", 0.84, 1.36),
                ("HP:0198145106", 0.84, 1.07),
                ("SHOP MOBILE: SHOP FIXEDUNE/FAX:", 0.84, 1.0),
                ("011 1051 7667 086 314860", 0.84, 1.0),
                ("EMAIL guanhuat_tay@yahoo.com", 0.84, 1.0),
                ("medansports2015@gmail.com", 0.84, 0.96),
                ("186, LOT 7774, ASSYAKIRIN COMMERCE SQUARE,", 0.84, 0.96),
                ("JALAN SULTAN ISKANDAR, 97O0O BINTULU, SARAWAX", 0.84, 1.0),
            ],
            "MY",
        )
        self.assertEqual(card["name"], "Max Tay")
        self.assertEqual(card["company"], "MEDAN SPORTS")
        card = parse_card_text("MARKETING\nDirector\n")
        self.assertNotIn("Mar", card["name"])

    def test_a_developers_name_as_code(self):
        """ "<Ben Miriello />" over "Full Stack" / "Software Developer"
        (BenMiriello/benmiriello-one-page-business-cards
        images/card-front.jpg): a name written as a tag is the name."""
        card = _parse(
            [
                ("<Ben Miriello />", 0.94, 2.02),
                ("Full Stack", 1.0, 0.98),
                ("Software Developer", 1.0, 1.0),
            ]
        )
        self.assertEqual(card["name"], "Ben Miriello")

    def test_the_surname_over_the_given_name_in_the_mailboxs_order(self):
        """ "Atzori" over "Davide" at davideatzorinutrizionista@gmail.com
        (Atzori-nutrizionista/davideatzorinutrizionista img/biglietto.jpg, an
        Italian nutritionist): the surname printed over the given name is his
        name, in the order his mailbox spells it; "nutrizionista" is his role,
        and his name with it is no company."""
        card = _parse(
            [
                ("Atzori", 1.0, 2.76),
                ("Davide", 1.0, 2.73),
                ("nutrizionista", 1.0, 1.16),
                ("人", 0.7, 0.3),
                ("davideatzorinutrizionista@gmail.com", 1.0, 1.0),
                ("Igea Equipe Salute, Via Interiano 3/9b", 1.0, 1.0),
                ("Via Zara 19/4", 1.0, 1.0),
                ("329 278 9613", 1.0, 0.97),
                ("davideatzori.nutrizionista", 1.0, 0.89),
            ],
            "IT",
        )
        self.assertEqual(card["name"], "Davide Atzori")
        self.assertEqual(card["title"], "nutrizionista")
        self.assertEqual(card["company"], "")

    def test_a_logos_first_letters_in_another_colour(self):
        """ "LESS" / "MARKETING CONCEPTS" at limitlessmarketingconcepts.com
        (danieled12/danieled12.github.io images/Limitless_business_card_front.jpg):
        the OCR lost "LIMIT", printed in another colour; the domain gives it
        back where it makes the first word a word again, to be checked. A firm's
        own word the OCR lost ("ACME" of acmemarketingconcepts, invented) is not
        made up."""
        card = _parse(
            [
                ("BRIANA SISSON", 0.84, 1.55),
                ("EXECUTIVE CREATIVE DIRECTOR", 0.99, 0.9),
                ("INFO@LIMITLESSMARKETINGCONCEPTS.COM", 1.0, 0.9),
                ("407-476-0532", 1.0, 0.85),
                ("LIMITLESSMARKETINGCONCEPTS.COM", 1.0, 0.95),
                ("500 WINDERLY PLACE SUITE 100", 0.84, 1.0),
                ("LESS", 0.84, 2.3),
                ("MARKETING CONCEPTS", 0.99, 1.1),
            ]
        )
        self.assertEqual(card["company"], "LIMITLESS MARKETING CONCEPTS")
        self.assertIn("company", low_confidence_fields(card))
        card = parse_card_text(
            "Ann Lee\nMARKETING CONCEPTS\nann@acmemarketingconcepts.com\n"
        )
        self.assertNotIn("ACME", card["company"].upper())

    def test_a_name_and_the_firm_on_one_line_apart_by_a_bar(self):
        """ "Guillermo Pérez | The Bulliam" at guillermo@thebulliam.com
        (GuillermoGPF/GuillermoGPF business-card.jpg): the name and the firm
        printed on one line, a bar between them, are the name and the company;
        not one company that holds both. A line of roles apart by bars stays the
        title, as printed, bars and all."""
        card = _parse(
            [
                ("Guillermo Pérez | The Bulliam", 0.84, 1.12),
                ("Web Developer | Graphic Designer | Tech Consultor", 1.0, 0.85),
                ("+34 616 03 52 00", 0.99, 0.73),
                ("guillermo@thebulliam.com", 1.0, 1.12),
                ("thebulliam.com", 1.0, 0.96),
                ("Linkedin", 1.0, 1.04),
                ("Github", 1.0, 0.96),
                ("Instagram", 1.0, 1.0),
            ],
            "ES",
        )
        self.assertEqual(card["name"], "Guillermo Pérez")
        self.assertEqual(card["company"], "The Bulliam")
        self.assertEqual(
            card["title"], "Web Developer | Graphic Designer | Tech Consultor"
        )

    def test_a_given_name_no_list_knows_over_a_known_surname(self):
        """ "Miwa" / "Yamada" over "(山田" / "美和)" at a Japanese restaurant
        (apoch1/Suehiro img/business-card.png): a word alone over
        a surname the lists know, a word alone too, is the person's name, even
        when no list knows the given name; the restaurant is the company. An
        everyday word over a surname ("Fresh" / "Nakamura", a grocer's sign,
        invented) is no name."""
        card = _parse(
            [
                ("Suehiro Japanese Restaurant", 1.0, 0.95),
                ("Traditional Japanese Cuisine", 0.99, 0.83),
                ("Miwa", 1.0, 1.05),
                ("Yamada", 0.84, 1.05),
                ("(山田", 0.84, 1.12),
                ("美和)", 0.84, 1.22),
                ("6933 S 1300 E", 0.96, 0.86),
                ("Cottonwood Heights,", 1.0, 0.95),
                ("UT 84047", 1.0, 0.95),
                ("Phone: (801) 255-1089", 1.0, 1.0),
                ("Cell: (801) 597-6681", 0.97, 1.03),
                ("Email: suehirorestaurant.slc@gmail.com", 0.84, 0.91),
            ]
        )
        self.assertEqual(card["name"], "Miwa Yamada")
        self.assertEqual(card["company"], "Suehiro Japanese Restaurant")
        card = _parse(
            [("Fresh", 1.0, 1.0), ("Nakamura", 1.0, 1.0), ("(555) 201-3344", 1.0, 0.8)]
        )
        self.assertNotEqual(card["name"], "Fresh Nakamura")

    def test_a_wide_spaced_first_letter_and_letters_from_a_frame(self):
        """ "Sri Murugan" / "T RADERS" / "OWHOLESALE DISTRIBUTORSC"
        (Abishek-TA/murugan_traders1 photos/visiting_card.jpg, a wholesaler in
        Tamil Nadu): the first letter printed wide apart joins its word again,
        "TRADERS", and goes with the shop's name over it; an everyday word with
        a letter the OCR read from the frame around it ("OWHOLESALE") is no
        person's name, so the card has none."""
        card = _parse(
            [
                ("GST IN : 32CJPPJ2216R1ZS", 0.84, 0.86),
                ("90 42 382807", 0.97, 1.56),
                ("dsmkarthikeyan96@gmail.com", 0.84, 0.86),
                ("WH", 0.49, 0.72),
                ("Sri Murugan", 0.98, 4.06),
                ("T RADERS", 0.84, 1.42),
                ("OWHOLESALE DISTRIBUTORSC", 0.84, 1.06),
                ("N0.1, 14 Manai Street,Darasuram-612 702", 0.84, 1.0),
                ("Kumbakonam", 1.0, 1.0),
            ],
            "IN",
        )
        self.assertEqual(card["company"], "Sri Murugan TRADERS")
        self.assertEqual(card["name"], "")
        # an initial before a surname stays apart ("B RAND", invented)
        self.assertEqual(
            parse_card_text("B RAND\nrand@example.com\n")["name"], "B Rand"
        )

    def test_a_title_does_not_go_on_to_a_place_after_a_comma(self):
        """ "Business Manager" over "Hospital , Lakdikapul" (Raj-Motta/
        OCR-Business_Card_Reader "Version Final/Selected/257.jpeg", a card from
        Hyderabad): the OCR read the address's columns between the role's lines;
        a line that ends in a place after a comma, a word no list knows, is the
        address's, not the title's rest. An everyday word after a comma still
        is ("Growth Programs, Energy", invented here)."""
        card = _parse(
            _CAPRICOT_257,
            "IN",
        )
        self.assertEqual(card["title"], "Business Manager")
        card = _parse(
            [
                ("Jeff Sayed", 1.0, 1.6),
                ("Director", 1.0, 1.0),
                ("Growth Programs, Energy", 1.0, 1.0),
            ]
        )
        self.assertEqual(card["title"], "Director Growth Programs, Energy")

    def test_a_university_in_welsh_is_no_name(self):
        """ "Swansea University" / "Prifysgol Abertawe" among its partners' logos
        (morkkis/PWD assets/business-card.jpg): the university's name in Welsh
        is no person's name; "prifysgol" is the word for a university, as
        "universiteit", "yliopisto" or "ollscoil" are in other languages."""
        card = _parse(
            [
                ("MOPL.", 0.51, 0.38),
                ("SMITHS", 0.84, 0.55),
                ("Rollls-Royce", 0.84, 1.77),
                ("JAGUAR", 0.84, 1.4),
                ("eCastrolEDGE", 0.84, 2.83),
                ("RIS", 0.69, 0.42),
                ("SIP", 0.84, 1.38),
                ("±12", 0.77, 0.62),
                ("serco EPSRC", 0.84, 1.73),
                ("BRISTOL", 0.84, 1.0),
                ("Swansea University", 0.84, 0.93),
                ("Prifysgol Abertawe", 0.84, 0.93),
            ],
            "GB",
        )
        self.assertEqual(card["name"], "")
        self.assertIn("Swansea University", card["company"])

    def test_labelled_lines_and_a_question_are_no_company(self):
        """ "WHO?" over "lame: Henri Sutinen" / "Education: Bachelor of media
        engineering" / "Hobbies: Hockey, floorball, computers"
        (henrisutinen/henrisutinen.github.io img/business_card.jpg, a student's
        card in Finland): a label, then what it labels, is no company's name,
        nor is a question printed large; the card names no company. The name
        after a label the OCR misread ("lame:" for "Name:") is the person's."""
        card = _parse(
            [
                ("WHO?", 1.0, 1.78),
                ("lame: Henri Sutinen", 0.84, 1.0),
                ("Education: Bachelor of media engineering", 0.84, 1.11),
                ("Hobbies: Hockey, floorball, computers", 0.84, 1.0),
                ("HTML", 1.0, 0.7),
                ("CS5", 0.79, 0.76),
                ("CS6", 0.84, 1.19),
                ("Jyväskylä, Finland", 1.0, 0.95),
            ],
            "FI",
        )
        self.assertEqual(card["company"], "")
        self.assertEqual(card["name"], "Henri Sutinen")

    def test_a_shop_named_after_its_owner_in_capitals(self):
        """ "RAISA'S SEWING & ACCESSORIES" (webbites-studio/www3.raisasewing.com
        images/businesscard.jpg, a tailor in Portland, Maine): whose shop, then
        what it is, printed in capitals, is the company as "Raisa's Sewing" is
        in small letters."""
        card = _parse(
            [
                ("RAISA'S", 0.84, 1.2),
                ("Clothing Aterations, Desgn,", 0.84, 1.0),
                ("Tailoring. Repairsy", 0.84, 0.85),
                ("Daneewear. Brdal & Formal Wear", 0.84, 0.9),
                ("1", 0.42, 1.8),
                ("Portland, ME 0402", 0.77, 0.85),
                ("RAISA'S SEWING & ACCESSORIES", 0.84, 1.0),
                ("Co A  Apltent", 0.44, 1.0),
                ("VISS", 0.76, 0.7),
            ]
        )
        self.assertEqual(card["company"], "RAISA'S SEWING & ACCESSORIES")

    def test_a_role_written_as_a_tag(self):
        """ "<FULL STACK DEVELOPER/>" under "SAMHERNANDEZ"
        (codeshare007/Threejs-Portfolio images/businesscard.jpg, a developer's
        card): a role written as a tag is the title, without the tag's marks."""
        card = _parse(
            [
                ("SAMHERNANDEZ", 0.84, 1.02),
                ("<FULL STACK DEVELOPER/>", 0.98, 0.69),
                ("Backend", 1.0, 1.05),
                ("Design Patterns", 1.0, 1.09),
                ("tssam0214@gmail.com", 1.0, 0.87),
                ("+1 901 602 4373", 0.84, 0.84),
                ("Frontend", 1.0, 0.96),
                ("Database", 0.84, 1.0),
                ("DevOps", 1.0, 1.2),
                ("www.softmansion.dev", 1.0, 0.84),
            ]
        )
        self.assertEqual(card["title"], "FULL STACK DEVELOPER")

    def test_a_web_address_glued_after_the_email_address(self):
        """ "cutor@naver.comW.sorimmara.com" (johyeonlee/johyeonlee.github.io
        images/businesscard.jpg, a Korean card): the web address printed right
        after the e-mail address, its "www." read as "W.", is the website; the
        e-mail address ends at its ".com". Both are to be checked."""
        card = _parse(
            [
                ("0", 0.54, 0.83),
                ("()GCL", 0.84, 0.89),
                ("m.010 5033 2638", 0.84, 0.77),
                ("t 16683224", 0.84, 0.81),
                ("cutor@naver.comW.sorimmara.com", 0.84, 0.83),
                ("COMPANY", 1.0, 0.7),
                ("Min Oh Mun", 0.84, 1.49),
                ("MGR", 0.84, 1.13),
                ("COMPANY", 0.84, 1.0),
            ],
            "KR",
        )
        self.assertEqual(
            [email for email, _types in card["emails"]], ["cutor@naver.com"]
        )
        self.assertEqual(card["urls"], ["https://www.sorimmara.com"])
        self.assertIn("website", low_confidence_fields(card))

    def test_a_given_name_over_a_surname_the_mailbox_begins(self):
        """ "NICHADA" / "CHOTAPISITKUL" at chot0005@algonquinlive.com
        (chot0005/portfolio images/business-card.png, a web developer in
        Ottawa): a word alone over a word alone, of one size, whose mailbox is
        the surname's first letters, is the person's name printed a word a
        line, not a firm's. A mailbox of three letters says too little."""
        lines = [
            ("NICHADA", 1.0, 1.38),
            ("CHOTAPISITKUL", 1.0, 1.08),
            ("Web Developer", 1.0, 0.96),
            ("+1 (236) 591 4929", 0.99, 0.96),
            ("chot0005@algonquinlive.com", 0.99, 0.92),
            ("Ottawa, ON", 0.99, 1.0),
        ]
        card = _parse(lines, "CA")
        self.assertEqual(card["name"], "Nichada Chotapisitkul")
        self.assertEqual(card["company"], "")
        lines[4] = ("cho0005@algonquinlive.com", 0.99, 0.92)
        self.assertEqual(_parse(lines, "CA")["name"], "")

    def test_a_degree_with_its_subject_after_the_name(self):
        """ "Wanda Drury, M.A. (English)" at wldrury@gmail.com
        (whanley/jekyll-theme-basically-basic assets/images/business-card.jpg,
        an editor's card in Saskatchewan): the degree after the name, its
        subject in brackets after it, is kept apart from the name, which the
        card prints; the degree stays with the lines for the note."""
        card = _parse(
            [
                ("Shipshape", 1.0, 1.37),
                ("Writing· Editing · Proofreading", 0.84, 1.0),
                ("Wanda Drury, M.A. (English)", 1.0, 1.06),
                ("www.shipshape.help", 1.0, 1.0),
                ("tel 306-244-9924", 1.0, 0.79),
                ("wldrury@gmail.com", 1.0, 0.93),
            ],
            "CA",
        )
        self.assertEqual(card["name"], "Wanda Drury")
        self.assertEqual(card["company"], "Shipshape")
        self.assertIn("M.A. (English)", card["lines"])

    def test_the_mark_of_windows_not_activated_is_nothing_of_the_card(self):
        """ "Activate Windows" on a screenshot of a card
        (Twinkal1275/ankitt-s_portfolio.io images/visiting-card.jpg): the mark
        Windows prints on a screen it is not activated on, in the corner of the
        picture, is no company and no line of the card."""
        card = _parse(
            [
                ("Follow Us", 0.84, 0.76),
                ("Deepak Singhal", 1.0, 1.36),
                ("f", 0.84, 1.36),
                ("Managing Director", 0.84, 0.9),
                ("+91 7878060701", 0.97, 0.9),
                ("D", 0.47, 0.82),
                ("info@vibestar.com", 0.84, 1.1),
                ("521, B-Wing, Sanyasi Road,", 0.84, 1.12),
                ("Nr. Aunkhatola Appartment,", 0.99, 1.0),
                ("Sharaha, Dubai 98PLO6", 0.84, 1.0),
                ("Activate Windows", 0.97, 1.32),
            ],
            "IN",
        )
        self.assertEqual(card["name"], "Deepak Singhal")
        self.assertEqual(card["company"], "")
        self.assertNotIn("Activate Windows", card["lines"])

    def test_a_letter_read_from_an_icon_before_the_role(self):
        """ "g Graphic Designer" under "Shamika Pierre"
        (shamiecat/shamiecat.github.io images/businesscard.png, a designer in
        Toronto): a small letter alone before the role is what the OCR made of
        an icon; the title is the role."""
        card = _parse(
            [
                ("Shamika Pierre", 1.0, 1.23),
                ("g Graphic Designer", 0.84, 0.89),
                ("Aspiring", 1.0, 0.91),
                ("T (647)-123-1234", 1.0, 1.07),
                ("M (543)-234-6754", 1.0, 1.0),
                ("Toronto, ON, Canada", 0.99, 1.02),
                ("email: shamie122@gmail.com", 0.84, 1.0),
                ("web: www.shamikapierre.com", 0.99, 0.91),
            ],
            "CA",
        )
        self.assertEqual(card["name"], "Shamika Pierre")
        self.assertEqual(card["title"], "Graphic Designer")

    def test_a_surname_that_is_a_trade_after_a_given_name_no_list_knows(self):
        """ "BIAGGI BARBER" over "Website Developer" (bibar7/bibar7.github.io
        images/business-card.png, a web developer's card): "Barber" is a
        surname as well as a trade, after a word that is no everyday word it is
        the person's name, and the role is the line under it. "Fresh Barber"
        (invented) is a shop's sign."""
        card = _parse([("BIAGGI BARBER", 0.84, 1.0), ("Website Developer", 0.84, 0.65)])
        self.assertEqual(card["name"], "Biaggi Barber")
        self.assertEqual(card["title"], "Website Developer")
        card = _parse([("FRESH BARBER", 0.84, 1.0), ("Website Developer", 0.84, 0.65)])
        self.assertEqual(card["name"], "")

    def test_a_piece_of_running_text_is_no_company(self):
        """A student's card that tells of her studies in sentences
        (katrinanajaru/Budspark-Digital images/businesscard.jpeg, Kenya): the
        line "Agriculture and Technology, pursuing a Bachelor of Science in",
        which ends on a joining word, is a piece of the text, not a firm's
        name; the company is left empty and the line stays in its place among
        the card's other lines, for the note."""
        card = _parse(
            [
                ("Katrina Najaru", 0.97, 1.43),
                ("atrina", 0.84, 1.17),
                ("katrina.lekalkuli@gmail.com", 0.99, 1.33),
                ("+254703120716", 1.0, 1.1),
                (
                    "I am currently in my fourth year at Jomo Kenyatta University of",
                    0.99,
                    0.97,
                ),
                (
                    "Agriculture and Technology, pursuing a Bachelor of Science in",
                    1.0,
                    0.97,
                ),
                (
                    "Information Technology. I am excited about exploring various",
                    1.0,
                    1.0,
                ),
                (
                    "technologies, with a particular passion for data science and data",
                    1.0,
                    0.87,
                ),
                (
                    "analytics. I look forward to graduating in 2025 and expanding my",
                    0.99,
                    0.97,
                ),
                ("skills in these fields.", 1.0, 1.0),
            ],
            "KE",
        )
        self.assertEqual(card["name"], "Katrina Najaru")
        self.assertEqual(card["company"], "")
        at = card["lines"].index(
            "Agriculture and Technology, pursuing a Bachelor of Science in"
        )
        self.assertTrue(card["lines"][at - 1].startswith("I am currently"))

    def test_the_heading_that_says_what_the_card_is_is_no_company(self):
        """ "Business Card" printed large over "DEEPANSHU BHATIA"
        (bhat0166/digital-portfolio images/business_card.jpg) and "Digital Business
        Card" between the name printed twice (anuj-1637/anuj-portfolio
        images/business_card.png): what the card is, is no firm's name, nor is
        the name printed again; neither card names a company."""
        card = _parse(
            [
                ("Business Card", 1.0, 3.41),
                ("DEEPANSHU BHATIA", 1.0, 1.22),
                ("DEEPANSHU BHATIA", 0.84, 1.0),
                ("WWW.LINKEDIN.COM/IN/DEEPANSHU-BHATIA/", 0.84, 0.84),
                ("+1343-777-5965", 0.84, 0.84),
                ("DEEPANSHUS44BHATIA@GMAIL.COM", 0.84, 0.69),
            ],
            "CA",
        )
        self.assertEqual(card["name"], "Deepanshu Bhatia")
        self.assertEqual(card["company"], "")
        card = _parse(
            [
                ("Anuj Kumar", 0.84, 1.6),
                ("Digital Business Card", 0.99, 1.0),
                ("Anuj Kumar", 0.97, 1.31),
                ("anuj94460@gmail.com", 0.99, 1.0),
                ("@anuj", 1.0, 1.09),
                ("CONNECT WITH ME", 0.98, 0.74),
            ],
            "IN",
        )
        self.assertEqual(card["name"], "Anuj Kumar")
        self.assertEqual(card["company"], "")

    def test_the_persons_own_name_that_the_domain_spells(self):
        """ "Orsi Klement" over www.orsiklement.com
        (orsee87/Myportfolio-project img/business-card.png) and "Siu Ru Ching"
        over "Frontend Developer" at siuruching.com (siuruc/H07_resume_tailwind
        img/business-card.png): a name's shape the own domain spells, with no
        given name the lists know, is the person's name when it ends with a
        surname or a role is printed under it; "Ching" is a surname as well as
        an everyday word. Neither card names a firm."""
        card = _parse(
            [("Orsi Klement", 1.0, 1.0), ("www.orsiklement.com", 1.0, 0.55)], "HU"
        )
        self.assertEqual((card["name"], card["company"]), ("Orsi Klement", ""))
        card = _parse(
            [
                ("Siu Ru Ching", 1.0, 1.44),
                ("Frontend Developer", 0.84, 1.06),
                ("siuruching.com", 0.84, 1.0),
                ("About", 0.84, 0.88),
                ("I am a frontend developer with a", 0.84, 1.0),
            ]
        )
        self.assertEqual((card["name"], card["company"]), ("Siu Ru Ching", ""))
        self.assertEqual(card["title"], "Frontend Developer")

    def test_a_freelancers_firm_named_after_its_owner(self):
        """ "JASON IRELAND" / "DESIGNS-" over the name again and the e-mail
        address (Scaveng3rZero/Jason-Ireland-Designs img/business-card.png): the
        name and the trade under it are the firm, "JASON IRELAND DESIGNS"; the
        name is still the person's."""
        card = _parse(
            [
                ("JASON IRELAND", 1.0, 2.1),
                ("DESIGNS-", 0.99, 1.4),
                ("JASON IRELAND", 0.97, 1.0),
                ("PHONE:", 1.0, 0.85),
                ("EMAIL: JASON.IRELAND@SNHU.EDU", 0.98, 1.0),
            ]
        )
        self.assertEqual(card["name"], "Jason Ireland")
        self.assertEqual(card["company"], "JASON IRELAND DESIGNS")

    def test_a_familys_name_and_its_trade_is_no_persons_name(self):
        """ "POWELL WELDING" over the e-mail line, then "REID POWELL" /
        "Owner/Manager" (korinnepowell/KorinnePowellPortfolio img/businesscard.png,
        a welder's card in Las Vegas): a name then an everyday word of a trade
        in "-ing" is the firm; the person is the name under it. A surname in
        "-ing" that no word list holds ("Debra Deming", a card of the tuned
        photos) stays a name."""
        card = _parse(
            [
                ("POWELL WELDING", 0.84, 1.46),
                (
                    "Phone: 702-123-6892Fax: 702-340-1234Email: welding@gmail.com",
                    0.84,
                    1.08,
                ),
                ("www.powellweldingservices.com", 1.0, 0.88),
                ("REID POWELL", 0.99, 1.15),
                ("Owner/Manager", 0.84, 1.0),
                ("12345 Forged by Fire Drive", 1.0, 1.0),
                ("Las Vegas, Nv 89101", 0.98, 0.88),
            ]
        )
        self.assertEqual(card["name"], "Reid Powell")
        self.assertEqual(card["company"], "POWELL WELDING")
        self.assertEqual(
            parse_card_text("Debra Deming\nRealtor\ndebra@example.com\n")["name"],
            "Debra Deming",
        )

    def test_a_role_set_in_small_letters(self):
        """ "Creg Schmitt" over "web developer" (G-Wizz/portfolio-page
        img/business-card.png): a role set in small letters by design, a few
        words ending with a role's noun, is the title, not a tagline; a slogan
        in small letters is still none ("your friendly manager", invented)."""
        card = _parse(
            [
                ("Creg Schmitt", 0.84, 2.14),
                ("web developer", 1.0, 1.0),
                ("gwizzprg100@gmail.com", 1.0, 0.8),
                ("609-707-3064", 1.0, 0.83),
            ]
        )
        self.assertEqual(card["title"], "web developer")
        card = _parse(
            [
                ("Creg Schmitt", 0.84, 2.14),
                ("your friendly manager", 1.0, 1.0),
                ("gwizzprg100@gmail.com", 1.0, 0.8),
            ]
        )
        self.assertEqual(card["title"], "")

    def test_a_heading_of_a_page_is_no_company(self):
        """ "Interest" printed large among the pieces of an "About" text
        (tomabella01/tomabella01.github.io img/business-card.png, a card set as
        a page): a heading of a portfolio or a résumé is no firm's name."""
        card = _parse(
            [
                ("Tom Leonard Abella", 1.0, 1.95),
                ("Frontend Developer", 1.0, 1.53),
                ("About", 1.0, 1.11),
                ("I'm a Computer Engine", 0.84, 1.0),
                ("ing a career as a full-stack", 0.99, 0.68),
                ("er. Tam", 0.84, 0.68),
                ("ing for r", 0.84, 0.68),
                ("and its di", 0.98, 0.58),
                ("it kind of fra", 0.84, 0.89),
                ("Interest", 1.0, 1.32),
                ("ts. Online", 0.97, 1.0),
                ("Hiking.", 0.84, 0.95),
            ]
        )
        self.assertEqual(card["name"], "Tom Leonard Abella")
        self.assertEqual(card["company"], "")

    def test_a_tie_between_names_goes_to_the_one_with_a_given_name(self):
        """ "Maracay" / "Arepas Venezolanas" / "Lupita Vanega" / "PROPIETARIA"
        at maracayarepas@gmail.com (Anapacheco28/pagina_web images/tarjeta.jpg,
        a food stall in Managua): the mailbox spells "Arepas", the stall's, and
        the owner's name has a given name and her role under it; when the two
        weigh the same, the one with a given name is the person's."""
        card = _parse(
            [
                ("Maracay", 0.84, 1.76),
                ("Arepas Venezolanas", 0.84, 0.64),
                ("Lupita Vanega", 1.0, 2.36),
                ("PROPIETARIA", 1.0, 0.94),
                ("+505 7824-9273", 0.99, 1.0),
                ("maracayarepas@gmail.com", 1.0, 0.94),
                ("FoodPark de la Universidad Centroamericana", 1.0, 0.94),
            ],
            "NI",
        )
        self.assertEqual(card["name"], "Lupita Vanega")
        self.assertEqual(card["title"], "PROPIETARIA")

    def test_a_place_is_no_name(self):
        """ "Kralja Petra Krešimira IV" (beslimir/RNWA-projekt---Auto-dijelovi
        images/vizitka.jpg, a car parts shop in Mostar): a street named after a
        king, "Kralja ...", is the address's, no person's name; as is a quarter
        of a Moroccan town, "Hay Lalla Meriem" (HatimZahiri1/saoud-car
        carte-visite.jpg)."""
        card = _parse(
            [
                ("2MB", 1.0, 1.16),
                ("Auto-dijelovi", 0.97, 0.95),
                ("Web: www.2mb.hrhb.ba", 0.99, 1.05),
                ("Email: info@2mb.com", 0.84, 1.05),
                ("2MB", 1.0, 1.0),
                ("Phone: 063/123-456", 1.0, 0.89),
                ("Kralja Petra Krešimira IV", 1.0, 0.84),
                ("Mostar, BiH", 0.98, 0.95),
            ],
            "BA",
        )
        self.assertEqual(card["name"], "")
        self.assertEqual(
            parse_card_text("Hay Lalla Meriem\n+212 661395 495\n")["name"], ""
        )
        self.assertEqual(
            parse_card_text("John Hay\n+212 661395 495\n")["name"], "John Hay"
        )

    def test_a_firms_kind_over_its_own_name(self):
        """ "COOPERATIVA" / "COOPERTRAL" over a member's name
        (Marcosc974/Coopertral images/cartao.jpg, a Brazilian cooperative's
        member card) and "UNIVERSIDAD" / "INTERAMERICANA" / "DE PUERTO RICO"
        (eagarcia77/tarjeta-au tarjeta.jpg, a professor in Puerto Rico): the word for
        the firm's kind over its own name is the company with it, and with the
        line that goes on from it; "VIP" printed large is no firm. A person
        over a role is no firm's name under its kind ("Boutique" / "Crystal
        Shipman" / "Manager", Raj-Motta/OCR-Business_Card_Reader "Version
        Final/Selected/103.jpeg")."""
        card = _parse(
            [
                ("COOPERATIVA", 1.0, 0.79),
                ("COOPERTRAL", 1.0, 1.14),
                ("VIP", 0.84, 2.69),
                ("VALIDADE:", 1.0, 0.76),
                ("INDETERMINADO", 0.84, 0.79),
                ("MARCIO SANTANA ALBUQUERQUE", 0.99, 1.0),
            ],
            "BR",
        )
        self.assertEqual(card["company"], "COOPERATIVA COOPERTRAL")
        self.assertEqual(card["name"], "Marcio Santana Albuquerque")
        card = _parse(
            [
                ("UNIVERSIDAD", 0.84, 0.65),
                ("INTERAMERICANA", 1.0, 1.0),
                ("DE PUERTO RICO", 0.99, 0.65),
                ("RECINTO DE SAN GERMÁN", 0.96, 0.77),
                ("Dr. Eduardo García", 1.0, 1.71),
                ("Diseño Curricular", 1.0, 1.0),
                ("787-264-1912 Ext. 7795", 0.84, 1.03),
                ("eduardo_garcia@sangerman.inter.edu", 0.84, 1.0),
            ],
            "PR",
        )
        self.assertEqual(card["company"], "UNIVERSIDAD INTERAMERICANA DE PUERTO RICO")
        card = _parse(
            [
                ("Boutique", 0.84, 4.96),
                ("Crystal Shipman", 0.84, 1.29),
                ("Manager", 0.84, 1.0),
                ("Phone: 919-696-8471", 0.98, 0.83),
                ("Email: cshipman@csluxuryboutique.com", 0.84, 0.83),
                ("website: www.csluxuryboutique.com", 0.84, 0.79),
            ]
        )
        self.assertNotIn("Crystal", card["company"])

    def test_a_workshop_is_a_firm(self):
        """ "Ambar Wood Works" under "Daniel Tessema" / "Marketing Manager"
        (Amanuel2000/portfolioAmanuel img/businesscard.jpg, a furniture maker
        in Addis Ababa): "Works" is a firm's word, as in "Iron Works"; the
        person is the one with a given name."""
        card = _parse(
            [
                ("AMBAR", 1.0, 2.16),
                ("Daniel Tessema", 1.0, 1.35),
                ("Marketing Manager", 1.0, 1.14),
                ("Ambar Wood Works", 1.0, 1.14),
                ("+251 92 03 04 686", 0.97, 1.0),
                ("+251 91 85 73 053", 0.84, 1.0),
                ("DESIGN BUILD HOME DECOR", 0.96, 0.81),
                ("Ambarwood@gmail.com", 1.0, 0.81),
                ("3rd gate Condominum,Summit, AA", 0.84, 0.92),
                ("https://t.me/Ambarwoodworks", 0.84, 0.81),
            ],
            "ET",
        )
        self.assertEqual(card["name"], "Daniel Tessema")
        self.assertEqual(card["company"], "Ambar Wood Works")

    def test_a_name_and_its_handle_on_one_line(self):
        """ "Patrick Thumeyer / patrickthumeyer" (patrickthumeyer/businesscard-1
        images/businesscard.png, a student's card in Berlin): the same letters
        twice, a name and its handle, are the person's name, no firm's; the
        school he is at ("Student at DCI Berlin") is the company, to be
        checked."""
        card = _parse(
            [
                ("Patrick Thumeyer / patrickthumeyer", 1.0, 1.0),
                ("Work:", 1.0, 0.94),
                ("Student at DCI Berlin", 1.0, 1.06),
                ("GitHub:", 1.0, 0.94),
                ("github. com/patrickthumeyer", 0.84, 1.06),
                ("LinkedIn:", 1.0, 0.94),
                ("linkedin. com/in/patrick-thumeyer-22b67b13b", 0.84, 1.06),
                ("Web:", 1.0, 0.94),
                ("patrickthumeyer.com", 1.0, 1.06),
                ("Card:", 1.0, 0.94),
                ("npx patrickthumeyer", 1.0, 1.06),
            ],
            "DE",
        )
        self.assertEqual(card["name"], "Patrick Thumeyer")
        self.assertEqual(card["title"], "Student")
        self.assertEqual(card["company"], "DCI Berlin")
        self.assertIn("company", low_confidence_fields(card))

    def test_a_japanese_name_in_kanji_and_in_latin_letters(self):
        """ "横井 裕美" over "Hiromi" / "Yokoi" at www.hiromiyokoi.com
        (YokoiHiromi/portfolio images/meishi.jpg, a web designer in
        Hiroshima): a common Japanese given name the card prints in Latin
        letters under the kanji is the person's name, not the firm her own
        site spells; the kanji with a space between family and given name
        are her name too, no firm's."""
        card = _parse(
            [
                ("〒731－０１03", 0.63, 0.95),
                ("広島県広島市安佐南区綠井3丁目", 0.84, 1.1),
                ("WEB デザイナー", 0.84, 1.0),
                ("090-7777-0000", 0.84, 0.9),
                ("横井 裕美", 0.84, 1.6),
                ("Email:peachcalpis@gmail.com", 1.0, 1.1),
                ("Hiromi", 0.98, 1.0),
                ("Yokoi", 0.96, 1.0),
                ("www.hiromiyokoi.com", 1.0, 1.0),
            ],
            "JP",
        )
        self.assertEqual(card["name"], "Hiromi Yokoi")
        self.assertEqual(card["company"], "")

    def test_a_shop_on_a_platform_is_no_firm(self):
        """ "BOUTIQUE REDBUBBLE" over creatix-boutik.redbubble.com
        (kevinlabens-del/creatix-project business-card.jpg, a French digital
        artist): the label of the person's shop on a platform names the
        platform, not the person's firm."""
        card = _parse(
            [
                ("CR3@TIX", 0.84, 4.0),
                ("CRÉER- INNOVER-PARTAGER", 0.84, 1.28),
                ("Quand la créativité rencontre le digital,", 1.0, 1.0),
                ("les idées prennent vie.", 1.0, 1.0),
                ("KÉVIN LABENS", 1.0, 1.2),
                ("Créateur digital sous la marque CR3@TIX™", 0.99, 1.16),
                ("BOUTIQUE REDBUBBLE", 1.0, 0.84),
                ("creatix-boutik.redbubble.com", 1.0, 1.0),
                ("FACEBOOK", 1.0, 0.88),
                ("https://www.facebook.com/share/1FLhZGaiKo/", 1.0, 1.0),
                ("CONTACT", 1.0, 1.0),
                ("kevin.labens@gmail.com", 1.0, 0.88),
                ("#Créatix-Dev'#", 0.84, 1.44),
                ("POUR LES CRÉATEURS, PAR UN CRÉATEUR.", 1.0, 0.88),
            ],
            "FR",
        )
        self.assertEqual(card["name"], "Kévin Labens")
        self.assertNotIn("REDBUBBLE", card["company"])

    def test_a_name_after_an_honorific_is_a_persons(self):
        """ "AR. MITHUN CHAUDHARY" / "PROPRIETOR" under "MITHUN CHAUDHARY" /
        "ARCHITECTS" at mithunchaudhary.com (AdesharaBrijesh/svgraphics
        images/business-card.jpg, an architect in Mumbai): "Ar." is an
        architect's honorific, as Indian cards print it; a name after an
        honorific is a person's though the firm and its domain are named
        after him, as is "Dr. John Miller" at johnmiller.com (invented)."""
        card = _parse(
            [
                ("MITHUN CHAUDHARY", 0.97, 1.13),
                ("ARCHITECTS", 1.0, 1.05),
                ("AR. MITHUN CHAUDHARY", 1.0, 1.54),
                ("PROPRIETOR", 1.0, 1.0),
                ("+91 92244 14415", 0.84, 1.0),
                ("www.mithunchaudhary.com", 1.0, 1.15),
                ("MITHUN CHAUDHARY", 1.0, 1.13),
                ("interiors@mithunchaudhary.com", 0.84, 1.0),
                ("ARCHITECTS", 1.0, 0.87),
                ("architects@mithunchaudhary.com", 1.0, 1.05),
                ("501/B2, Koldongri CHS. Sahar road", 0.99, 0.87),
                ("Parsiwada, Andheri East, Mumbai 400099", 0.99, 0.85),
            ],
            "IN",
        )
        self.assertEqual(card["name"], "Mithun Chaudhary")
        self.assertEqual(card["company"], "MITHUN CHAUDHARY ARCHITECTS")
        card = parse_card_text(
            "Dr. John Miller\nDentist\n+1 555 123 4567\nwww.johnmiller.com\n"
        )
        self.assertEqual(card["name"], "John Miller")

    def test_a_womans_role_and_spanish_honorifics(self):
        """Invented cards of the kinds Latin America prints: "Odontóloga" is a
        woman's form of the role word, kept as printed, not respelled as the
        man's; "Dra.", "Lic.", "Arq." are honorifics before the name, no part
        of it; "MD" after a doctor's name is a degree, no managing director;
        a name with a role under it is the person's though the domain spells
        it and her trade ("Sarah Connor" at sarahconnorphoto.com)."""
        card = parse_card_text("Dra. Ana López\nOdontóloga\n+52 55 1234 5678\n", "MX")
        self.assertEqual((card["name"], card["title"]), ("Ana López", "Odontóloga"))
        card = parse_card_text(
            "Lic. Jorge Ramírez\nAbogado\n+52 33 1234 5678\n"
            "Arq. Luis Torres\nDirector de Proyectos\n",
            "MX",
        )
        self.assertEqual(card["name"], "Jorge Ramírez")
        card = parse_card_text("Dr. Jane Smith, MD\nCardiologist\n(555) 123-4567\n")
        self.assertEqual((card["name"], card["title"]), ("Jane Smith", "Cardiologist"))
        card = parse_card_text(
            "Sarah Connor\nPhotographer\nsarahconnorphoto.com\n"
            "555-123-4567\nhello@sarahconnorphoto.com\n"
        )
        self.assertEqual(card["name"], "Sarah Connor")
        self.assertEqual(card["company"], "")

    def test_a_role_over_two_lines(self):
        """ "GAYRIMENKUL DANIŞMANI" / "DANIŞMAN ORTAK" (melihkocaturk/
        melihkocaturk.com images/kartvizit.png, a Keller Williams agent in
        Istanbul): a second role under the first, of the same size, is the
        person's too, as "Principal Researcher | Head" is. Invented: the
        role's noun on the next line ("Senior Research" / "Scientist"), and
        "and" in small letters in Portuguese ("Gerente de Marketing" / "e
        Comunicação"); a line cut short is no role ("Propritor" / "SPECIALIST
        IN", as in Raj-Motta/OCR-Business_Card_Reader's photos)."""
        card = _parse(
            [
                ("kw", 0.84, 3.24),
                ("KELLERWVILLIAMS.", 0.84, 1.24),
                ("G : 0 546 566 55 09", 0.84, 0.9),
                ("T : 0 212 397 11 00", 0.84, 0.9),
                ("M: melih.kocaturk@kww.com.tr", 0.84, 0.93),
                ("MELÍH KOCATÜRK", 0.84, 0.93),
                ("GAYRIMENKUL DANIŞMANI", 0.97, 0.93),
                ("DANIŞMAN ORTAK", 0.98, 0.9),
                ("Halide Edip Adıvar Mh. Akar Cd.", 0.99, 1.03),
                ("No:22/A Kat:3 Şişli/istanbul", 0.97, 1.0),
            ],
            "TR",
        )
        self.assertEqual(card["title"], "GAYRIMENKUL DANIŞMANI DANIŞMAN ORTAK")
        for lines, title in (
            (["Senior Research", "Scientist"], "Senior Research Scientist"),
            (
                ["Gerente de Marketing", "e Comunicação"],
                "Gerente de Marketing e Comunicação",
            ),
            (["Propritor", "SPECIALIST IN"], "Propritor"),
        ):
            card = _parse(
                [("Ana Souza", 1.0, 1.5)]
                + [(line, 1.0, 1.0) for line in lines]
                + [("ana@acme.com.br", 1.0, 1.0)],
                "BR",
            )
            self.assertEqual(card["title"], title)

    def test_a_nickname_in_brackets_after_the_name(self):
        """ "Teerasej Jiraphatchandej (Pon)" (teerasej/dotnet-console-form-
        recognizer-1 assets/business-card.png, a consultant in Thailand): the
        name the person goes by, in brackets after the full name, is no part
        of it and no role; it is kept with the card's other lines."""
        card = _parse(
            [
                ("Teerasej Jiraphatchandej (Pon)", 1.0, 1.25),
                ("Technology Consultant", 1.0, 1.0),
                ("Tel: +66 (0) 86 661 5058", 0.97, 0.95),
                ("facebook.com/nextflow", 1.0, 0.86),
                ("Line: teerasej.ji", 1.0, 1.0),
                ("www.nextflow.in.th", 1.0, 0.95),
            ],
            "TH",
        )
        self.assertEqual(card["name"], "Teerasej Jiraphatchandej")
        self.assertEqual(card["title"], "Technology Consultant")
        self.assertIn("(Pon)", card["lines"])

    def test_a_japanese_given_name_with_its_long_vowel_spelled_out(self):
        """ "喜多川" / "創太" / "Souta" / "Kitagawa" (sotaorion0704-blip/PFsite
        images/namecard.png, a graphic design student in Osaka): "Souta" is
        "Sota" with its long vowel spelled out, a given name: the name in
        Latin letters is the person's."""
        card = _parse(
            [
                ("大阪デザイナー・アカデミー", 0.84, 1.0),
                ("グラフイックデザイナ", 0.84, 0.72),
                ("喜多川", 0.84, 2.93),
                ("創太", 0.84, 2.98),
                ("Souta", 1.0, 1.19),
                ("Kitagawa", 1.0, 1.07),
                ("phone", 1.0, 0.81),
                ("080-6128-5949", 1.0, 1.12),
                ("e mail", 0.84, 0.7),
                ("dsotakitagawa0704@gmail.com", 1.0, 0.88),
                ("stagram", 1.0, 0.53),
                ("kitagawa_gdesiner", 1.0, 1.05),
            ],
            "JP",
        )
        self.assertEqual(card["name"], "Souta Kitagawa")

    def test_a_dot_after_the_name_and_two_letters_swapped(self):
        """ "Victor" / "Roussekov." (victorouse/victorouse.github.io
        images/business_card.png): the dot after the name is none of it.
        Invented: "Jonh Smith" at john.smith@ has two letters swapped, which
        the e-mail spells otherwise: to be checked."""
        card = _parse(
            [
                ("Victor", 1.0, 1.11),
                ("Roussekov.", 1.0, 1.0),
                ("More →", 0.84, 0.66),
                ("https://victorouse.zip", 1.0, 0.31),
            ]
        )
        self.assertEqual(card["name"], "Victor Roussekov")
        card = parse_card_text(
            "ACME LOGISTICS\nJonh Smith\nSales Manager\n+1 555 123 4567\n"
            "john.smith@acmelogistics.com\n"
        )
        self.assertEqual(card["name"], "Jonh Smith")
        self.assertIn("name", low_confidence_fields(card))
        card = parse_card_text(
            "ACME LOGISTICS\nJohn Smith\nSales Manager\n+1 555 123 4567\n"
            "john.smith@acmelogistics.com\n"
        )
        self.assertNotIn("name", low_confidence_fields(card))

    def test_a_wordmark_over_what_the_firm_does(self):
        """ "Aayat" printed large over "Mobile Solutions" (Raj-Motta/
        OCR-Business_Card_Reader Version Final/Selected/267.jpeg, a phone
        repair shop in Bahraich) and "Alure" over "Auto Spa" (fuzartss-star/
        FuZArts wizytowka.png, car detailing in Poland): the firm's own word
        over what it is or does are its name together."""
        card = _parse(
            [
                ("Aayat", 0.84, 2.78),
                ("Mobile Solutions", 1.0, 1.39),
                ("Spl. Apple , Android Software & Hardware", 0.97, 0.87),
                ("Mobile Repairing", 1.0, 1.0),
                ("Software Update", 1.0, 0.87),
                ("LCD / Touch Change", 0.84, 1.13),
                ("Mobile Unlocking", 1.0, 1.17),
                ("Reprogramming", 1.0, 0.96),
                ("iPhOne SAMSUNG hTC SONY", 0.84, 0.91),
                ("Sumaiya Mall Shop No. 10", 0.99, 1.09),
                ("First Floor Rodways Road Bahraich", 0.98, 1.13),
                ("9956470097", 0.84, 1.0),
                ("Emall: Ishtlyaqk99@aol.com", 0.84, 0.96),
            ],
            "IN",
        )
        self.assertEqual(card["company"], "Aayat Mobile Solutions")
        card = _parse(AUTO_SPA_SWEEP[:7], "PL")
        self.assertEqual(card["company"], "Alure Auto Spa")
        self.assertIn("company", low_confidence_fields(card))

    def test_a_wordmark_goes_on_in_a_large_line_under_it(self):
        """ "Shiv" printed large over "Mobile Shop", a little smaller
        (Raj-Motta/OCR-Business_Card_Reader Version Final/Selected/015.jpeg,
        a phone shop in India), and "DAYDREWM" over "Family Dentistry"
        (dakotahhh/daydreamFamilyDentistry images/businesscard.jpg, the OCR
        misreading "Daydream"): when no other cue names the firm, its
        wordmark and the large line under it are its name, to be checked;
        not the wordmark printed again under it."""
        card = _parse(
            [
                ("!! Shri Ganeshay Namah !!", 0.99, 0.87),
                ("M. 70147-98128", 0.84, 0.96),
                ("Shiv", 1.0, 3.87),
                ("Mobile Shop", 1.0, 2.48),
                ("BAJAJ", 1.0, 1.0),
                (
                    "Deals in : All Kinds of New Mobile Handset, Tempered Glass",
                    0.99,
                    1.09,
                ),
                ("FINSERV", 1.0, 1.09),
                ("Fancy Covers, Accessories Available Here", 1.0, 0.91),
            ],
            "IN",
        )
        self.assertEqual(card["company"], "Shiv Mobile Shop")
        card = _parse(
            [
                ("DAYDREWM", 0.84, 2.15),
                ("Family Dentistry", 1.0, 1.78),
                (
                    "DR. GINA M. RINEHART, D.D.S. / DR. RAFAEL F. CARRALES, D.D.S.",
                    0.98,
                    0.7,
                ),
                ("Gina Reinhart", 0.98, 1.0),
                ("956-968-6561", 1.0, 0.78),
                ("519 S. Missouri • Weslaco, Texas 78596", 0.98, 0.85),
            ]
        )
        self.assertEqual(card["company"], "DAYDREWM Family Dentistry")
        self.assertIn("company", low_confidence_fields(card))
        # "MEBEMD" over "MeBeMD" (jubaairr178/jubair img/business-card.jpg)
        card = _parse(
            [
                ("mebemd.", 0.84, 1.02),
                ("1.com", 0.84, 0.79),
                ("MEBEMD", 0.84, 4.62),
                ("MeBeMD", 0.84, 2.38),
                ("address@positive-recovery.com", 1.0, 0.96),
                ("Direct - (123) 933-0567", 0.84, 1.0),
            ]
        )
        self.assertNotIn("MeBeMD", card["company"])

    def test_a_providers_mailbox_names_the_shop(self):
        """ "JRM LANDSCAPING" at jrmlandscaping@cox.net (jrmlandscaping/website
        img/business-card.png, a landscaper in Virginia): cox.net is an
        internet provider's mail, no firm's domain, and the mailbox spells
        the shop's name."""
        card = _parse(
            [
                ("JRM LANDSCAPING", 1.0, 1.16),
                ("Rene Munoz", 0.97, 1.0),
                ("639 Willow Bend Dr", 1.0, 0.95),
                ("Chesapeake, Va 23323", 1.0, 1.05),
                ("(757) 472-6327", 1.0, 0.84),
                ("jrmlandscaping@cox.net", 0.84, 0.95),
            ]
        )
        self.assertEqual(card["name"], "Rene Munoz")
        self.assertEqual(card["company"], "JRM LANDSCAPING")

    def test_the_dot_after_www_the_ocr_lost(self):
        """ "wwwblisto.com" under "BLISTO" (basitkhatri123/Ab-tech
        images/business-card.png, a graphic designer's studio): the dot after
        "www" the OCR lost is put back, to be checked, and the domain names
        the studio."""
        card = _parse(
            [
                ("BLISTO", 1.0, 1.24),
                ("Creative Studko", 0.84, 1.0),
                ("wwwblisto.com", 0.84, 0.76),
                ("Abdul", 1.0, 0.82),
                ("Basit Khatri", 0.84, 1.06),
                ("Graphic Denigner", 0.84, 1.06),
                ("123, Barden wist, Nia", 0.84, 0.76),
            ]
        )
        self.assertEqual(card["urls"], ["https://www.blisto.com"])
        self.assertIn("website", low_confidence_fields(card))
        self.assertEqual(card["company"], "BLISTO")

    def test_a_legal_form_printed_before_the_name(self):
        """French, Indonesian, Polish and Indian cards print the legal form
        first ("SARL Dubois & Fils", "PT. Maju Jaya Abadi", "P.P.H.U.
        Kowalski", "M/s. Sharma Traders"): the line is the company. (Invented
        cards: the forms are those countries' registers'.)"""
        cases = [
            ("SARL Dubois & Fils", "Jean-Pierre Dubois", "jp.dubois@gmail.com", "FR"),
            ("PT. Maju Jaya Abadi", "Budi Santoso", "budi@gmail.com", "ID"),
            ("P.P.H.U. Kowalski", "Jan Nowak", "jan.nowak@wp.pl", "PL"),
            ("M/s. Sharma Traders", "Rajesh Verma", "rajesh@gmail.com", "IN"),
        ]
        for company, name, email, region in cases:
            with self.subTest(company=company):
                card = parse_card_text(
                    f"{name}\nSales Manager\n{company}\n{email}", region
                )
                self.assertEqual(card["company"], company)
                self.assertEqual(card["name"], name)
        # a two-letter word before a name is no form: "PT" is not "PT."
        card = parse_card_text("Jane Doe\nPT Physical Therapy\njane@gmail.com", "US")
        self.assertEqual(card["name"], "Jane Doe")

    def test_an_arabic_article_is_no_polish_avenue(self):
        """ "Al Noor Trading LLC": "Al" is an Arabic name's article, not "al."
        (a Polish avenue, with its dot), so the line is the company; "al.
        Jerozolimskie 56" stays a street. (Invented cards.)"""
        card = parse_card_text(
            "Mohammed Al-Rashid\nOperations Manager\nAl Noor Trading LLC\n"
            "+971 50 123 4567\nm.alrashid@gmail.com",
            "AE",
        )
        self.assertEqual(card["company"], "Al Noor Trading LLC")
        card = parse_card_text(
            "Jan Nowak\nKierownik\nal. Jerozolimskie 56\njan.nowak@wp.pl", "PL"
        )
        self.assertNotEqual(card["company"], "al. Jerozolimskie 56")
        self.assertIn("al. Jerozolimskie 56", card["lines"])

    def test_an_engineers_honorific(self):
        """ "Eng. Mohammed Al-Rashid", "Engr. Jose Santos", "ir. Jan de Vries":
        an engineer's honorific, as the Gulf, Nigeria, the Philippines and
        the Netherlands print it, is not part of the name; nor an Italian
        lawyer's or surveyor's ("Avv.", "Geom."). (Invented cards.)"""
        cases = [
            ("Eng. João Silva", "João Silva", "BR"),
            ("Engr. Jose Santos", "Jose Santos", "PH"),
            ("ir. Jan de Vries", "Jan de Vries", "NL"),
            # and an Italian lawyer's and surveyor's
            ("Avv. Luca Bianchi", "Luca Bianchi", "IT"),
            ("Geom. Paolo Rossi", "Paolo Rossi", "IT"),
        ]
        for line, name, region in cases:
            with self.subTest(line=line):
                card = parse_card_text(
                    f"{line}\nProject Engineer\nSantos Builders Inc.\n"
                    "info@santosbuilders.com",
                    region,
                )
                self.assertEqual(card["name"], name)

    def test_a_turkish_law_office(self):
        """ "Yılmaz Hukuk Bürosu" (a law office): "Bürosu" is a firm's word, so
        the line is the company, not a name. (Invented card.)"""
        card = parse_card_text(
            "Mehmet Yılmaz\nAvukat\nYılmaz Hukuk Bürosu\n0532 123 45 67\n"
            "mehmet@gmail.com",
            "TR",
        )
        self.assertEqual(card["name"], "Mehmet Yılmaz")
        self.assertEqual(card["company"], "Yılmaz Hukuk Bürosu")

    def test_a_given_name_over_a_surname_that_is_a_given_name_too(self):
        """ "SOPHIE" / "SMITH" (Raj-Motta/OCR-Business_Card_Reader, Version
        Final/Selected/282.jpeg, a RE/MAX realtor's card): a name printed a
        word a line, its surname also in the list of given names, is one name;
        "JOHN" / "MARY JONES" stays two lines."""
        card = _parse(
            [
                ("SOPHIE", 0.84, 1.29),
                ("SMITH", 0.84, 1.29),
                ("REALTOR", 0.84, 1.06),
                ("5", 0.17, 1.12),
                ("REMIK", 0.79, 0.88),
                ("RE/MAX", 0.84, 2.12),
                ("804-368-5864", 1.0, 1.06),
                ("C", 0.77, 0.53),
                ("864-456-8956", 1.0, 1.0),
                ("p9", 0.44, 0.71),
                ("sophie@mywebsite.com", 1.0, 1.0),
                ("8", 0.34, 0.76),
                ("www.mywebsite.com", 1.0, 1.18),
                ("G", 0.46, 0.82),
                ("1234 main street.", 0.99, 1.0),
                ("2", 0.38, 0.88),
                ("anytown, usa. 12345", 0.99, 1.06),
            ]
        )
        self.assertEqual(card["name"], "Sophie Smith")
        self.assertEqual(card["title"], "REALTOR")
        card = parse_card_text("JOHN\nMARY JONES\nmary@gmail.com", "US")
        self.assertNotEqual(card["name"], "John Mary Jones")

    def test_an_icons_speck_beside_the_company(self):
        """ "» ACME LOGISTICS" at acmelogistics.com, "ACME LOGISTICS INC ©": a
        sign the OCR read from an icon beside the firm's name is not part of
        it, and a line that spells the card's domain is no item of a list for
        its sign; "» Venta de repuestos" still is. (Invented cards; the signs
        are those the OCR reads from the sweep images' icons, as "I VISUAL ART
        STUDIO /" and "Valued Products :".)"""
        card = parse_card_text(
            "» ACME LOGISTICS\nJohn Smith\nSales Manager\njohn@acmelogistics.com",
            "US",
        )
        self.assertEqual(card["company"], "ACME LOGISTICS")
        card = parse_card_text(
            "ACME LOGISTICS INC ©\nJohn Smith\nSales Manager\njohn@gmail.com", "US"
        )
        self.assertEqual(card["company"], "ACME LOGISTICS INC")
        card = parse_card_text(
            "John Smith\nSales Manager\n» Venta de repuestos\njohn@gmail.com", "US"
        )
        self.assertEqual(card["company"], "")

    def test_a_role_and_the_firm_on_one_line(self):
        """ "Sales Manager, Acme Logistics" at acmelogistics.com, "Founder, Acme"
        at acme.io, "Sales Manager at Acme Logistics", "CEO, Acme Logistics
        Inc.": the role is the title and the firm the company (to be checked
        unless the domain or a legal form says so); a department ("Director,
        Human Resources") or a region ("Head of Sales, EMEA") after the role
        stays in the title. (Invented cards; "Student at DCI Berlin" is a real
        one, above.)"""
        cases = [
            ("Sales Manager, Acme Logistics", "john@acmelogistics.com", True),
            ("Founder, Acme", "john@acme.io", True),
            ("Sales Manager at Acme Logistics", "john@gmail.com", False),
            ("CEO, Acme Logistics Inc.", "john@gmail.com", True),
        ]
        for line, email, sure in cases:
            with self.subTest(line=line):
                card = parse_card_text(f"John Smith\n{line}\n{email}", "US")
                role, _sep, firm = re.split(r"(, | at )", line, maxsplit=1)
                self.assertEqual(card["title"], role)
                self.assertEqual(card["company"], firm)
                self.assertEqual("company" not in low_confidence_fields(card), sure)
        for line in ("Director, Human Resources", "Head of Sales, EMEA"):
            with self.subTest(line=line):
                card = parse_card_text(f"John Smith\n{line}\njohn@acme.com", "US")
                self.assertEqual(card["title"], line)
                self.assertEqual(card["company"], "")

    def test_a_domain_with_a_short_tail(self):
        """ "Hermes Fulfilment" over "Member of the otto group" at
        hermes-ws.com: the domain's name before its short tail ("-ws") spells
        the firm, to be checked; the group's line stays a slogan. (Invented
        card, after the issue's "Member of the otto group".)"""
        card = parse_card_text(
            "Hermes Fulfilment\nMember of the otto group\nJens Krüger\n"
            "Leiter Vertrieb\njens.krueger@hermes-ws.com",
            "DE",
        )
        self.assertEqual(card["company"], "Hermes Fulfilment")
        self.assertIn("company", low_confidence_fields(card))
        self.assertEqual(card["name"], "Jens Krüger")

    def test_a_legal_name_with_an_offers_word(self):
        """ "Transportadora Rápida Ltda.": "Rápida" is an offer's word
        ("Entrega Rápida"), but a line ended by a legal form is a firm's name,
        no slogan; "Member of the Otto Group" still is one. (Invented card.)"""
        card = parse_card_text(
            "Transportadora Rápida Ltda.\nCarlos Eduardo Pereira\n"
            "Gerente Comercial\ncarlos@gmail.com",
            "BR",
        )
        self.assertEqual(card["company"], "Transportadora Rápida Ltda.")
        card = parse_card_text(
            "Member of the Otto Group\nJens Krüger\nLeiter Vertrieb\njens@gmail.com",
            "DE",
        )
        self.assertEqual(card["company"], "")

    def test_a_japanese_legal_form_in_latin_letters(self):
        """ "Nippon Yusen Kabushiki Kaisha": the Japanese joint-stock company's
        form spelled out in Latin letters, as English sides print it, makes
        the line the company; a brand in brackets under a legal name is read
        without them ('("K" LINE)' at kline.com). (Invented cards.)"""
        card = parse_card_text(
            "Nippon Yusen Kabushiki Kaisha\nMasato Ito\nDeputy General Manager\n"
            "masato.ito@gmail.com",
            "JP",
        )
        self.assertEqual(card["company"], "Nippon Yusen Kabushiki Kaisha")
        card = parse_card_text(
            "Akiko Watanabe\nSales Representative\n("
            '"K" LINE)\nwatanabe.akiko@kline.com',
            "JP",
        )
        self.assertEqual(card["company"], '"K" LINE')

    def test_two_strokes_beside_a_name(self):
        """ "ii John Smith", "John Smith Il": two strokes of an icon or a rule
        the OCR read as letters beside a name are not part of it; "John Smith
        II" (a suffix) and "de Souza" (a particle) are. (Invented cards.)"""
        for line in ("ii John Smith", "John Smith Il", "ll John Smith"):
            with self.subTest(line=line):
                card = parse_card_text(
                    f"{line}\nSales Manager\nACME LOGISTICS\njohn@gmail.com", "US"
                )
                self.assertEqual(card["name"], "John Smith")
        card = parse_card_text("John Smith II\nSales Manager\njohn@gmail.com", "US")
        self.assertEqual(card["name"], "John Smith II")
        card = parse_card_text("Maria de Souza\nGerente\nmaria@gmail.com", "BR")
        self.assertEqual(card["name"], "Maria de Souza")

    def test_a_brazilian_professions_domain(self):
        """ "alvorada.eng.br", "silvaesantos.adv.br": Brazil's domains for
        engineers and lawyers put the firm's name before "eng" and "adv" (as
        "co.uk" does), and "&" is "e" in Portuguese; "CONSTRUTORA ALVORADA"
        and "ADVOCACIA SILVA & SANTOS" are the companies, not what they do.
        (Invented cards.)"""
        card = parse_card_text(
            "CONSTRUTORA ALVORADA\nEngenharia e Construção\nFábio Mendes\n"
            "fabio@alvorada.eng.br",
            "BR",
        )
        self.assertEqual(card["company"], "CONSTRUTORA ALVORADA")
        self.assertNotIn("company", low_confidence_fields(card))
        card = parse_card_text(
            "ADVOCACIA SILVA & SANTOS\nPaulo Silva\nOAB/SP 123.456\n"
            "paulo@silvaesantos.adv.br",
            "BR",
        )
        self.assertEqual(card["company"], "ADVOCACIA SILVA & SANTOS")
        self.assertNotIn("company", low_confidence_fields(card))

    def test_partners_names_are_a_firm(self):
        """ "Modesto & Modesto" over "Thiago Modesto" (leanttro/oceano-etiquetas
        cartao-visita.png, a Brazilian pensions consultant's card): two
        names joined by "&" are the partners' firm, to be checked; two
        common words are what a firm does ("Interior & Exterior")."""
        card = _parse(
            [
                ("M", 1.0, 2.48),
                ("Modesto & Modesto", 0.84, 1.0),
                ("Thiago Modesto", 1.0, 1.19),
                ("Consultor Previdenciário", 1.0, 1.07),
                ("Aposentadoria por tempo de contribuição e idade.", 0.99, 1.0),
                ("Auxílio Doença.", 0.99, 0.89),
                ("Pensão por Morte.", 0.99, 1.0),
                ("LOAS(Idoso e deficiente).", 0.99, 0.93),
                ("es Trabalhistas", 0.84, 0.85),
            ],
            "BR",
        )
        self.assertEqual(card["company"], "Modesto & Modesto")
        self.assertIn("company", low_confidence_fields(card))
        self.assertEqual(card["name"], "Thiago Modesto")
        card = parse_card_text("John Smith\nInterior & Exterior\njohn@gmail.com")
        self.assertEqual(card["company"], "")

    def test_a_surname_that_is_a_departments_word(self):
        """ "Luanne Santos Sales" over "ADVOGADA" (luanne-sales/luanne-sales.
        github.io img/cartao.jpeg, a Brazilian lawyer's card): "Sales" is her
        surname, not a role beside her name; the role is the line under it,
        and a name ending with a department's word is to be checked."""
        card = _parse(
            [
                ("IS", 0.75, 2.12),
                ("Luanne Santos Sales", 0.84, 1.0),
                ("ADVOGADA", 1.0, 0.42),
            ],
            "BR",
        )
        self.assertEqual(card["name"], "Luanne Santos Sales")
        self.assertEqual(card["title"], "ADVOGADA")
        self.assertIn("name", low_confidence_fields(card))

    def test_a_line_of_services_is_no_name(self):
        """ "Service Castelar" (mariely-choqui/servicecastelar targeta.jpg, an
        appliance repairer's card in Argentina, photographed on a table):
        "Aire Acondicionado", "de Split", "TODAS LAS MARCAS" are what the shop
        does, never the person's name; no name is printed."""
        card = _parse(
            [
                ("Service Castelar", 0.84, 2.15),
                ("Lavarropa Automático", 0.84, 1.0),
                ("Microondas-Lavavajilla", 0.84, 0.94),
                ("Heladera con freezer", 0.84, 0.94),
                ("Aire Acondicionado", 0.84, 1.0),
                ("Colocación y Service", 0.84, 1.15),
                ("de Split", 0.84, 0.94),
                ("TODAS LAS MARCAS", 0.84, 0.94),
                ("4468-1178", 0.84, 1.97),
                ("Av. Roca 2463 - Cruce Castelar", 0.84, 1.15),
            ],
            "AR",
        )
        self.assertEqual(card["name"], "")
        self.assertEqual(card["company"], "Service Castelar")

    def test_a_councils_registration_after_the_role(self):
        """ "ADVOGADA - OAB/MT 24058-O" (marifer-tech/adv-renata-greg-gomes
        images/cartao.png) and "psicóloga clínica - CRP 06/123718"
        (beatrizssouza/psico-page img/cartao.jpeg), Brazilian cards: the role
        is the title, the council's registration goes to the note and is no
        phone number; a role in small letters with its noun first is no
        slogan."""
        card = _parse(
            [
                ("APONTE A CÂMERA DO SEU CELULAR", 0.84, 0.83),
                ("RENATA GREGÓRIO GOMES", 1.0, 1.11),
                ("ADVOGADA - OAB/MT 24058-O", 0.84, 0.69),
                ("(65) 99976-8003", 0.98, 1.03),
                ("renatagregg.adv@gmail.com", 0.98, 1.0),
            ],
            "BR",
        )
        self.assertEqual(card["title"], "ADVOGADA")
        self.assertIn("OAB/MT 24058-O", card["lines"])
        card = _parse(
            [
                ("Jessica de O. Gonçalves", 1.0, 1.35),
                ("psicóloga clínica - CRP 06/123718", 0.98, 0.92),
                ("(11) 967-281-658", 0.99, 1.0),
                ("jeessiliver@hotmail.com | @terapiadaspossibilidades", 0.84, 0.77),
            ],
            "BR",
        )
        self.assertEqual(card["name"], "Jessica de O. Gonçalves")
        self.assertEqual(card["title"], "psicóloga clínica")
        self.assertEqual(
            [number for number, _kinds in card["phones"]], ["+55 11 96728-1658"]
        )

    def test_the_name_in_full_under_the_short_one(self):
        """ "Jéssica Rodrigues" printed large, "Jéssica Schardosim Rodrigues"
        under it (henrique-roldao/psico-web img/cartao.jpg, a psychologist's
        two cards photographed on sand): the name in full is the name, and
        the short one is hers too, no firm's."""
        card = _parse(
            [
                ("Jéssica Rodrigues", 1.0, 1.58),
                ("Clinioa", 0.84, 0.84),
                ("6loga", 0.84, 0.84),
                ("Jéssica Schardosim Rodrigues", 1.0, 1.21),
                ("CRP:07/32015", 0.84, 0.89),
                (
                    (
                        "Endereço: Tv. Capaverde, 32 - Centro, Torres -RS- "
                        "Clinico Revitali"
                    ),
                    0.84,
                    1.0,
                ),
                ("Telefone: 51 982624661", 0.99, 0.89),
                ("Emal jessica.srpsico@gmail.com", 0.83, 1.05),
                ("Instagram: @psicojessicorodrigues", 0.84, 1.05),
            ],
            "BR",
        )
        self.assertEqual(card["name"], "Jéssica Schardosim Rodrigues")
        self.assertEqual(card["company"], "")

    def test_what_a_shop_does_in_english_is_no_name(self):
        """ "WiseEye Surveillance" (Khaxn-droid/portfolio
        business-card-front.jpg, a student's card for an invented firm):
        "Surveillance" names what a firm does, so the line is no person's
        name; nor are "Ace Towing" and "Bright Smiles Daycare" (invented)."""
        card = _parse(
            [
                ("WiseEye Surveillance", 1.0, 1.1),
                ("Watching Where Others Fear to Look", 1.0, 1.0),
                ("www.creepypasta.com", 0.84, 0.77),
            ]
        )
        self.assertEqual(card["name"], "")
        for line in ("Ace Towing", "Bright Smiles Daycare"):
            with self.subTest(line=line):
                card = parse_card_text(f"{line}\n555-123-4567\n", "US")
                self.assertEqual(card["name"], "")

    def test_freight_roles_in_their_languages(self):
        """ "Disponentin", "Spedytor", "Despachante Aduaneira": a dispatcher, a
        forwarder, a customs broker, as forwarders' cards print them in
        German, Polish and Portuguese, are titles (to be checked), not lines
        left over; so are a Turkish chief ("Şefi"), a buyer and an intern.
        (Invented cards, after the logistics fair's cards.)"""
        cases = [
            ("Anna Schulz\nDisponentin\nNordwest Logistik GmbH", "DE", "Disponentin"),
            ("Jan Kowalski\nSpedytor\nTRANS-POL Sp. z o.o.", "PL", "Spedytor"),
            (
                "Fernanda Lima\nDespachante Aduaneira\nComissária Lima Ltda.",
                "BR",
                "Despachante Aduaneira",
            ),
            # an export chief in Turkish, a buyer and an intern in Portuguese
            ("Ayşe Kaya\nİhracat Şefi\nEkol Lojistik A.Ş.", "TR", "İhracat Şefi"),
            ("Ana Souza\nCompradora\nSilva Transportes Ltda.", "BR", "Compradora"),
            ("Ana Souza\nEstagiária\nSilva Transportes Ltda.", "BR", "Estagiária"),
        ]
        for text, region, title in cases:
            with self.subTest(title=title):
                card = parse_card_text(text, region)
                self.assertEqual(card["title"], title)

    def test_a_turkish_name_in_capitals(self):
        """ "İSMAİL YILDIZ", "ŞÜKRÜ ÇELİK": a name in capitals with the Turkish
        dotted capital I is written in the form's case without a stray dot
        above ("İsmail", "Çelik"; Python's lower case of "İ" is "i" and a
        combining dot). (Invented cards.)"""
        card = parse_card_text("İSMAİL YILDIZ\nSATIŞ MÜDÜRÜ\nismail@gmail.com", "TR")
        self.assertEqual(card["name"], "İsmail Yildiz")
        self.assertNotIn("\u0307", card["name"])
        card = parse_card_text("ŞÜKRÜ ÇELİK\nGenel Müdür\nsukru@gmail.com", "TR")
        self.assertEqual(card["name"], "Şükrü Çelik")

    def test_a_name_and_a_role_parted_by_a_dot(self):
        """ "John Smith • Sales Manager", "Dr. Hans Weber · Geschäftsführer": a
        bullet or a middle dot between the name and the role parts them as a
        dash does. (Invented cards.)"""
        card = parse_card_text(
            "John Smith • Sales Manager\nACME LOGISTICS\njohn@acmelogistics.com", "US"
        )
        self.assertEqual(card["name"], "John Smith")
        self.assertEqual(card["title"], "Sales Manager")
        card = parse_card_text(
            "Dr. Hans Weber · Geschäftsführer\nWEBER LOGISTIK GMBH\n"
            "weber@weber-logistik.de",
            "DE",
        )
        self.assertEqual(card["name"], "Hans Weber")
        self.assertEqual(card["title"], "Geschäftsführer")

    def test_a_label_with_a_space_before_its_colon(self):
        """ "Major : AD&PR / Digital Humanity Arts" (jin2624/web_jin 명함.png,
        a Korean student's card): a label, a space and a colon, then what it
        labels, is no company, as "Major: ..." is not."""
        card = _parse(
            [
                ("足孔", 0.16, 1.51),
                ("Oh Yu Jin", 1.0, 0.86),
                ("university : Hallym univ", 0.97, 0.97),
                ("Major : AD&PR / Digital Humanity Arts", 0.84, 1.05),
                ("Email:dbwlslo1214@gmail.com", 0.84, 1.0),
            ],
            "KR",
        )
        self.assertNotIn("Major", card["company"])

    def test_a_polish_citys_domain(self):
        """ "KLOCOZAUR" at kloc-ozaur.com, its mail at lo2zdalne.szczecin.pl
        (adohail2137/stronaasksakask img/wizytowka.png, a builder's card):
        "szczecin.pl" is a city's domain, as "co.uk" is a country's, so the
        town's line "Szczecin" is no company; the wordmark is."""
        card = _parse(
            [
                ("Usługi budowlane", 1.0, 1.1),
                ("KLOCOZAUR", 1.0, 1.52),
                ("January Dąbrosiewicz", 1.0, 1.33),
                ("Dyrektor generalny", 1.0, 1.24),
                ("e-mail:jan_dabrowski@lo2zdalne.szczecin.pl", 0.84, 1.0),
                ("tel.:694206969", 0.84, 0.95),
                ("www.kloc-ozaur.com", 1.0, 0.95),
                ("Szczecin", 1.0, 0.95),
                ("ul.Jana Pawła II", 0.84, 0.86),
            ],
            "PL",
        )
        self.assertEqual(card["company"], "KLOCOZAUR")
        self.assertEqual(card["title"], "Dyrektor generalny")

    def test_a_laboratory_a_pharmacy_a_driving_school(self):
        """ "Laboratoire Martin", "Drogaria Silva", "Autoescola Central": a
        laboratory, a pharmacy and a driving school named after a person or a
        place are firms, not people's names. (Invented cards.)"""
        for line, region in (
            ("Laboratoire Martin", "FR"),
            ("Drogaria Silva", "BR"),
            ("Autoescola Central", "BR"),
        ):
            with self.subTest(line=line):
                card = parse_card_text(f"{line}\nAna Souza\nGerente\n", region)
                self.assertEqual(card["name"], "Ana Souza")
                self.assertEqual(card["company"], line)

    def test_what_follows_the_firms_name_on_its_line(self):
        """ "ACME LOGISTICS since 1985", "Transportes Silva desde 1990",
        "Müller Transporte – seit 1965": the year the firm was founded is not
        its name; nor a slogan after a dash ("- Your partner in freight"), nor
        what it does after a bar when the domain names the firm. A list after
        bars ("WEB DESIGN | LP DESIGN | ...") and a name parted by a bar
        ("victor | asensio") are not cut. (Invented cards.)"""
        cases = [
            ("ACME LOGISTICS since 1985", "john@gmail.com", "ACME LOGISTICS"),
            ("ACME LOGISTICS EST. 1985", "john@gmail.com", "ACME LOGISTICS"),
            (
                "ACME LOGISTICS - Your partner in freight",
                "john@gmail.com",
                "ACME LOGISTICS",
            ),
            (
                "ACME LOGISTICS | Freight & Customs",
                "john@acmelogistics.com",
                "ACME LOGISTICS",
            ),
            ("Transportes Silva desde 1990", "joao@gmail.com", "Transportes Silva"),
            ("Müller Transporte – seit 1965", "hans@gmail.com", "Müller Transporte"),
        ]
        for line, email, company in cases:
            with self.subTest(line=line):
                card = parse_card_text(f"{line}\nJohn Smith\nSales Manager\n{email}")
                self.assertEqual(card["company"], company)
        card = parse_card_text(
            "victor | asensio\nhttps://victoraf.gitlab.io\nvictorsnk@tutanota.com"
        )
        self.assertNotEqual(card["company"], "victor")

    def test_a_firms_name_before_its_address_on_a_footer(self):
        """ "ACME Logistik GmbH · Hauptstraße 5 · 10115 Berlin", "Acme Freight
        Ltd, 12 High Street, London W1A 1AA", "Lima Transportes Ltda. | CNPJ
        12.345.678/0001-90": a footer that prints the firm's legal name, then
        its address or register number; the name is the company. (Invented
        cards, after German, British and Brazilian footers.)"""
        cases = [
            (
                "ACME Logistik GmbH · Hauptstraße 5 · 10115 Berlin",
                "DE",
                "ACME Logistik GmbH",
            ),
            (
                "Acme Freight Ltd, 12 High Street, London W1A 1AA",
                "GB",
                "Acme Freight Ltd",
            ),
            (
                "Lima Transportes Ltda. | CNPJ 12.345.678/0001-90",
                "BR",
                "Lima Transportes Ltda.",
            ),
        ]
        for line, region, company in cases:
            with self.subTest(line=line):
                card = parse_card_text(
                    f"John Schmidt\nSales Manager\n{line}\njs@gmail.com", region
                )
                self.assertEqual(card["company"], company)
                self.assertEqual(card["name"], "John Schmidt")

    def test_a_practice_or_office_is_a_firm(self):
        """ "Cabinet Dentaire du Parc", "Praxis für Physiotherapie", "Bufete
        Martínez": a practice's or an office's noun, in the languages of
        Europe's and Latin America's cards, names a firm; "Psicologia Clínica"
        (clinical psychology) stays what the person does. (Invented cards.)"""
        cases = [
            ("Cabinet Dentaire du Parc", "FR"),
            ("Praxis für Physiotherapie", "DE"),
            ("Bufete Martínez", "ES"),
        ]
        for line, region in cases:
            with self.subTest(line=line):
                card = parse_card_text(
                    f"Dr. Sophie Laurent\nChirurgien-dentiste\n{line}\n"
                    "12 avenue du Parc, 69006 Lyon\n04 78 12 34 56",
                    region,
                    line_heights={"Dr. Sophie Laurent": 1.8},
                )
                self.assertEqual(card["company"], line)
                self.assertEqual(card["name"], "Sophie Laurent")
        card = parse_card_text(
            "Psicologia\nClinica\n(53) 98484-7284\nPSICÓLOGA\nCRP 07/41353", "BR"
        )
        self.assertEqual(card["company"], "")
        # a photographer's trade under the name, a cabinet maker's: no firm
        card = parse_card_text("Hans Müller\nFotografie\n+49 170 1234567", "DE")
        self.assertEqual(card["name"], "Hans Müller")
        card = parse_card_text("Mark Thompson\nCabinet Maker\n(555) 234-5678")
        self.assertEqual(card["name"], "Mark Thompson")
        self.assertEqual(card["company"], "")

    def test_a_mailbox_of_the_name_and_the_trade(self):
        """ "Kevin Walsh" / "Handyman Services" at kwalsh.handyman@gmail.com: a
        part of the address spells the name whole (an initial and the surname),
        the rest is the person's trade; the name is the printed one, not one
        made from the address, and not swallowed by the firm. (Invented
        card.)"""
        card = parse_card_text(
            "Kevin Walsh\nHandyman Services\nNo job too small!\n(555) 987-6543\n"
            "kwalsh.handyman@gmail.com",
            "US",
            line_heights={"Kevin Walsh": 1.8},
        )
        self.assertEqual(card["name"], "Kevin Walsh")
        self.assertGreaterEqual(card["confidence"]["name"], LOW_CONFIDENCE)
        self.assertNotIn("Kevin", card["company"])

    def test_a_vietnamese_name_under_a_shops_name(self):
        """ "Tiệm Vàng Kim Thành" (a gold shop) printed large over "Nguyễn Văn
        An": the person's name begins with a Vietnamese surname, the shop's
        line with the shop's noun ("Tiệm"). (Invented card.)"""
        card = parse_card_text(
            "Tiệm Vàng Kim Thành\nNguyễn Văn An\n0903 123 456\n123 Lê Lợi, Q.1, TP.HCM",
            "VN",
            line_heights={"Tiệm Vàng Kim Thành": 1.8},
        )
        self.assertEqual(card["name"], "Nguyễn Văn An")
        self.assertEqual(card["company"], "Tiệm Vàng Kim Thành")
        # no shop's noun: the surname first still tells the person's name
        card = parse_card_text(
            "Vàng Bạc Kim Thành\nNguyễn Văn An\n0903 123 456",
            "VN",
            line_heights={"Vàng Bạc Kim Thành": 1.8},
        )
        self.assertEqual(card["name"], "Nguyễn Văn An")
        # not a city whose first word is a surname, nor a shop's name in
        # Vietnamese over a name in Latin letters
        card = parse_card_text(
            "ABC CO., LTD\nSales Manager\nNguyen Van An\nHồ Chí Minh\n0903 123 456",
            "VN",
            line_heights={"ABC CO., LTD": 1.8},
        )
        self.assertEqual(card["name"], "Nguyen Van An")
        card = parse_card_text(
            "Hoàng Gia Phát\nJohn Smith\nSales Manager",
            "VN",
            line_heights={"Hoàng Gia Phát": 1.8},
        )
        self.assertEqual(card["name"], "John Smith")

    def test_a_turkish_legal_name_to_its_legal_form(self):
        """ "KAYA TEKSTİL SAN. VE TİC. LTD. ŞTİ.": the abbreviations of a
        Turkish firm's legal name ("Sanayi ve Ticaret Limited Şirketi") are no
        name followed by a slogan; the company is the whole line, nothing of it
        dropped. (Invented cards, after Turkish cards.)"""
        for line in (
            "KAYA TEKSTİL SAN. VE TİC. LTD. ŞTİ.",
            "Yılmaz İnşaat Sanayi ve Ticaret Ltd. Şti.",
            "Demir Gıda Anonim Şirketi",
        ):
            with self.subTest(line=line):
                card = parse_card_text(
                    f"Ayşe Kaya\nDış Ticaret Uzmanı\n{line}\n"
                    "ayse.kaya@kayatekstil.com.tr\n+90 212 123 45 67"
                )
                self.assertEqual(card["company"], line)
                self.assertEqual(card["name"], "Ayşe Kaya")

    def test_the_brand_over_a_long_legal_name(self):
        """ "Supersol" printed large at supersol.com.tr, "Supersol Organik
        Tarım ve Hayvancılık Gübre Zirai İlaç San. ve Tic. Ltd. Şti." in small
        letters under it: the company is the brand the card shows (the OCR
        reads its few letters surely, not always the long name's), the legal
        name is kept in the note. (Real card 153, tuned part.)"""
        card = _parse(
            [
                ("Organik Gübre", 1.00, 1.10),
                ("Biyokontrol", 1.00, 1.04),
                ("Supersol", 1.00, 2.83),
                ("Biyoremediasyon", 1.00, 1.10),
                ("supersol.com.tr", 1.00, 0.90),
                ("Özer Deniz Aslan", 0.99, 1.46),
                ("deniz@supersol.com.tr", 1.00, 1.10),
                ("GSM: 0555 481 13 91", 0.97, 1.06),
                (
                    (
                        "Supersol Organik Tarım ve Hayvancılik Gübre Zirai ilaç San. "
                        "ve Tic. Ltd. Şti."
                    ),
                    0.84,
                    1.10,
                ),
                ("Izmir Fabrika: ITOB O.S.B.", 0.99, 1.00),
                ("Tel: 0232 799 03 57", 0.84, 0.94),
            ],
            "TR",
        )
        self.assertEqual(card["company"], "Supersol")
        self.assertIn("Supersol Organik Tarım", card["note"])
        self.assertEqual(card["name"], "Özer Deniz Aslan")

    def test_given_names_of_the_gulf_africa_and_south_asia(self):
        """ "Yasser Al Harbi" printed large over his town and number: a given
        name of the Gulf's (Faker lists Arabic names in Arabic script only)
        makes the line the person's, not a firm's. Names of Nigeria, Ethiopia,
        South India, Thailand and China in pinyin are known too; words a card
        uses otherwise ("Sultan", "Baraka") are not. (Invented card.)"""
        card = parse_card_text(
            "Yasser Al Harbi\nRiyadh\n+966 50 123 4567",
            "SA",
            line_heights={"Yasser Al Harbi": 1.8},
        )
        self.assertEqual(card["name"], "Yasser Al Harbi")
        self.assertEqual(card["company"], "")
        for name in ("srinivas", "chukwuemeka", "tesfaye", "somchai", "xiaoming"):
            self.assertTrue(given_names.has_given_name([name]), name)
        for word in ("sultan", "baraka", "balaji", "salem"):
            self.assertFalse(given_names.has_given_name([word]), word)
        # "BALAJI WAFERS": a firm's name, Balaji no person's there
        card = parse_card_text(
            "BALAJI WAFERS\nRahul Nair\nSales Executive\n+91 98765 43210",
            "IN",
            line_heights={"BALAJI WAFERS": 1.8},
        )
        self.assertEqual(card["company"], "BALAJI WAFERS")
        self.assertEqual(card["name"], "Rahul Nair")
        # and a given name that some firms bear too is a person's beside a
        # surname ("Rupa Patel"), a firm's with its trade ("RUPA HOSIERY")
        card = parse_card_text(
            "Rupa Patel\nSales Executive\n+91 98765 43210\nrupa.patel@acme.in", "IN"
        )
        self.assertEqual(card["name"], "Rupa Patel")
        card = parse_card_text(
            "RUPA HOSIERY\nRahul Nair\nSales Executive\n+91 98765 43210",
            "IN",
            line_heights={"RUPA HOSIERY": 1.8},
        )
        self.assertEqual(card["company"], "RUPA HOSIERY")
        # a role's words are no surname's ("John Shoemaker")
        card = parse_card_text(
            "John Shoemaker\nSales Manager\nACME FREIGHT\n+1 212 555 0100\n"
            "john@acmefreight.com"
        )
        self.assertEqual(card["name"], "John Shoemaker")

    def test_a_stroke_read_as_an_i_before_the_name(self):
        """ "I John Smith": an icon's stroke or a bar before the name, read as a
        capital I, is no initial of the person's; a Balinese name keeps its "I"
        before the birth-order name ("I Made Sukarta"). (Invented cards.)"""
        card = parse_card_text(
            "ACME FREIGHT\nI John Smith\nSales Manager\njsmith@gmail.com",
            line_heights={"ACME FREIGHT": 1.8},
        )
        self.assertEqual(card["name"], "John Smith")
        card = parse_card_text(
            "ACME FREIGHT\nI Made Sukarta\nSales Manager\nmade@acmefreight.co.id",
            line_heights={"ACME FREIGHT": 1.8},
        )
        self.assertEqual(card["name"], "I Made Sukarta")

    def test_a_role_cut_inside_a_field_of_two_words(self):
        """ "Director of Business" / "Development", "Head of Human" /
        "Resources": a role whose field of two words the line cut between them
        goes on on the next line; a town under a whole role ("Director of
        Sales" / "Berlin") does not. (Invented cards.)"""
        for role, rest in (
            ("Director of Business", "Development"),
            ("Head of Human", "Resources"),
            ("Manager for Key", "Accounts"),
        ):
            with self.subTest(role=role):
                card = parse_card_text(
                    f"ACME FREIGHT\nJohn Smith\n{role}\n{rest}\n"
                    "john.smith@acmefreight.co.uk",
                    line_heights={"ACME FREIGHT": 1.8},
                )
                self.assertEqual(card["title"], f"{role} {rest}")
        card = parse_card_text(
            "ACME FREIGHT\nJohn Smith\nDirector of Sales\nBerlin\n"
            "john.smith@acmefreight.co.uk",
            line_heights={"ACME FREIGHT": 1.8},
        )
        self.assertEqual(card["title"], "Director of Sales")
        card = parse_card_text(
            "ACME\nJohn Smith\nHead of Data\nScience Park\nCambridge CB4 0WS",
            line_heights={"ACME": 1.8},
        )
        self.assertEqual(card["title"], "Head of Data")
        # more of the field after its second word
        card = parse_card_text(
            "ACME FREIGHT\nJohn Smith\nHead of Data\nScience & AI\n"
            "john.smith@acmefreight.co.uk",
            line_heights={"ACME FREIGHT": 1.8},
        )
        self.assertEqual(card["title"], "Head of Data Science & AI")

    def test_doctors_and_front_desk_roles_in_german_and_french(self):
        """ "Fachärztin für Allgemeinmedizin" under a doctor's name at her
        practice, "Réceptionniste" at a hotel: roles, read as the title.
        (Invented cards.)"""
        for role, firm in (
            ("Fachärztin für Allgemeinmedizin", "Praxis am Markt"),
            ("Heilpraktiker", "Naturheilpraxis Grün"),
            ("Réceptionniste", "HOTEL SOLEIL"),
        ):
            with self.subTest(role=role):
                card = parse_card_text(
                    f"{firm}\nClaire Martin\n{role}\n12 rue de la Paix, 75002 Paris",
                    "FR",
                    line_heights={firm: 1.8},
                )
                self.assertEqual(card["title"], role)
                self.assertEqual(card["name"], "Claire Martin")

    def test_a_capital_i_between_capitals(self):
        """ "JOHN SMlTH": a plain font draws a capital I as a small l; between
        capitals it is read as the I that makes a known name, not as the L a
        small-capital line would have ("PAUlA JONES" stays Paula). (Invented
        cards.)"""
        card = parse_card_text(
            "ACME FREIGHT\nJOHN SMlTH\nSales Manager\njohn.smith@acmefreight.co.uk",
            line_heights={"ACME FREIGHT": 1.8},
        )
        self.assertEqual(card["name"], "John Smith")
        card = parse_card_text(
            "ACME FREIGHT\nPAUlA JONES\nSales Manager\npaula.jones@acmefreight.co.uk",
            line_heights={"ACME FREIGHT": 1.8},
        )
        self.assertEqual(card["name"], "Paula Jones")
        # where both make a name, the I ("MARlA" is Maria more often than
        # Marla); at a word's start or end, in a short word
        for line, name in (
            ("MARlA SILVA", "Maria Silva"),
            ("lBRAHIM KHALIL", "Ibrahim Khalil"),
            ("ERIC LlM", "Eric Lim"),
        ):
            with self.subTest(line=line):
                card = parse_card_text(
                    f"ACME FREIGHT\n{line}\nSales Manager\n+1 212 555 0100",
                    line_heights={"ACME FREIGHT": 1.8},
                )
                self.assertEqual(card["name"], name)

    def test_a_stop_after_a_role(self):
        """ "Sales Manager.": a stop after a role's whole word is no part of the
        title; an abbreviation keeps its own ("Sales Asst."). (Invented
        cards.)"""
        for role, title in (
            ("Sales Manager.", "Sales Manager"),
            ("Sales Asst.", "Sales Asst."),
            ("Satış Md.", "Satış Md."),
        ):
            with self.subTest(role=role):
                card = parse_card_text(
                    f"ACME FREIGHT\nJohn Smith\n{role}\njohn.smith@acmefreight.co.uk",
                    line_heights={"ACME FREIGHT": 1.8},
                )
                self.assertEqual(card["title"], title)

    def test_a_letter_spaced_wordmark(self):
        """ "A C M E", "S T U D I O  N I N E": a wordmark printed letter-spaced,
        read a letter at a time, is the firm's name its letters spell; a name
        printed so is the person's. (Invented cards.)"""
        card = parse_card_text(
            "A C M E\nJohn Smith\nSales Manager\njohn.smith@acme.com",
            line_heights={"A C M E": 1.8},
        )
        self.assertEqual(card["company"], "ACME")
        card = parse_card_text(
            "S T U D I O  N I N E\nLaura Bianchi\nPartner\nlaura@studionine.it",
            "IT",
            line_heights={"S T U D I O  N I N E": 1.8},
        )
        self.assertEqual(card["company"], "STUDIO NINE")
        card = parse_card_text(
            "ACME FREIGHT\nJ O H N  S M I T H\nSales Manager\n+1 212 555 0100",
            line_heights={"ACME FREIGHT": 1.8},
        )
        self.assertEqual(card["name"], "John Smith")
        # as the OCR gives it, a space between every letter: the known words
        # the letters make
        card = parse_card_text(
            "S T U D I O N I N E\nLaura Bianchi\nPartner\nlaura@studionine.it",
            "IT",
            line_heights={"S T U D I O N I N E": 1.8},
        )
        self.assertEqual(card["company"], "STUDIO NINE")
        card = parse_card_text(
            "M A R I A S I L V A\nArquiteta\n+55 11 98765 4321\nmaria@silva.arq.br",
            "BR",
            line_heights={"M A R I A S I L V A": 1.8},
        )
        self.assertEqual(card["name"], "Maria Silva")
        self.assertEqual(card["company"], "")

    def test_a_handle_after_the_name(self):
        """ "John Smith @jsmith": the person's handle after the name on its line
        is kept apart, with the card's other lines; the name is read. An
        e-mail address the OCR cut at its "@" is no handle. (Invented
        cards.)"""
        card = parse_card_text(
            "ACME FREIGHT\nJohn Smith @jsmith\nSales Manager",
            line_heights={"ACME FREIGHT": 1.8},
        )
        self.assertEqual(card["name"], "John Smith")
        self.assertIn("@jsmith", card["lines"])
        # an e-mail address's domain after a space is no handle
        card = parse_card_text("ACME\nJohn Smith @acme.com\nSales\nwww.acme.com")
        self.assertTrue(card["emails"])
        card = parse_card_text(
            "ACME FREIGHT\nJohn Smith\nSales Manager\njohn @acme.com",
            line_heights={"ACME FREIGHT": 1.8},
        )
        self.assertEqual(card["emails"][0][0], "john@acme.com")

    def test_a_free_mail_domain_misread_and_an_ending_set_apart(self):
        """ "gmai.com", "hotmaill.com", "gmail.co", "gmail.con": a free mail
        service's domain with a letter lost or read twice, or its ending cut,
        is the service's, to be checked; "ymail.com", "mail.com" and
        "yahoo.co.in" are real. "acme.co m", "acme.co.u k": the ending's last
        letter the OCR set apart is put back. (Invented cards.)"""
        for printed, email in (
            ("jsmith@gmai.com", "jsmith@gmail.com"),
            ("jsmith@hotmaill.com", "jsmith@hotmail.com"),
            ("jsmith@gmail.co", "jsmith@gmail.com"),
            ("jsmith@gmail.con", "jsmith@gmail.com"),
        ):
            with self.subTest(printed=printed):
                card = parse_card_text(f"John Smith\n{printed}")
                self.assertEqual(card["emails"][0][0], email)
                self.assertLess(card["confidence"]["email"], LOW_CONFIDENCE)
        for printed in (
            "jsmith@ymail.com",
            "jsmith@mail.com",
            "jsmith@yahoo.co.in",
            "jsmith@cloud.com",
        ):
            with self.subTest(printed=printed):
                card = parse_card_text(f"John Smith\n{printed}")
                self.assertEqual(card["emails"][0][0], printed)
                self.assertGreaterEqual(card["confidence"]["email"], LOW_CONFIDENCE)
        for printed, email in (
            ("jsmith@acme.co m", "jsmith@acme.com"),
            ("jsmith@acme.co.u k", "jsmith@acme.co.uk"),
            # not a label after a real ".co" address
            ("e: jsmith@startup.co m: +57 300 123 4567", "jsmith@startup.co"),
        ):
            with self.subTest(printed=printed):
                card = parse_card_text(f"John Smith\n{printed}")
                self.assertEqual(card["emails"][0][0], email)
        # a firm's own domain its web address prints, one letter off a mail
        # service's, is the firm's
        card = parse_card_text("John Smith\njsmith@picloud.com\nwww.picloud.com")
        self.assertEqual(card["emails"][0][0], "jsmith@picloud.com")

    def test_a_printed_country_code_is_never_replaced(self):
        """ "+44 (0) 7700 900123" on a card at a German domain: a number the
        plans do not know under its printed country code keeps that code, to be
        checked; its rest is not read as a number of the domain's country
        ("+49 7700 900123", unmarked before). (Invented card; 07700 900xxx is a
        range kept for fiction.)"""
        card = parse_card_text("ACME\nJohn Smith\n+44 (0) 7700 900123\njohn@acme.de")
        self.assertEqual(card["phones"][0][0], "+44 7700 900123")
        self.assertLess(card["confidence"]["phone"], LOW_CONFIDENCE)
        # and with another number on its line: both kept
        card = parse_card_text(
            "ACME\nJohn Smith\njohn@acme.de\n"
            "M +44 (0) 7700 900123  T +44 (0)20 7946 0958"
        )
        self.assertEqual(
            [phone for phone, _types in card["phones"]],
            ["+44 7700 900123", "+44 20 7946 0958"],
        )

    def test_degrees_listed_undotted_are_no_role(self):
        """ "MBBS, MD (Paediatrics)" under a doctor's name: degrees listed
        undotted, kept for the note; the role is the next line ("Consultant
        Paediatrician") and "Apollo Hospitals" the firm. "MD" alone stays a
        role's letters. (Invented card, after Indian doctors' cards.)"""
        card = parse_card_text(
            "Dr. Priya Raman\nMBBS, MD (Paediatrics)\nConsultant Paediatrician\n"
            "Apollo Hospitals\n+91 98400 12345",
            "IN",
            line_heights={"Dr. Priya Raman": 1.8},
        )
        self.assertEqual(card["title"], "Consultant Paediatrician")
        self.assertEqual(card["company"], "Apollo Hospitals")
        self.assertIn("MBBS, MD (Paediatrics)", card["note"] + "\n".join(card["lines"]))

    def test_a_portuguese_honorific_and_a_swiss_degree_before_the_name(self):
        """ "Eng.º António Machava", "Dr.ª Fernanda Lima": Portugal's, Brazil's
        and Mozambique's honorifics carry the ordinal sign; "lic. oec. HSG
        Andrea Keller": a Swiss degree with its school. Left out of the name (and
        "Dr.ª" is no role: the role is the next line). (Invented cards.)"""
        for printed, name, role in (
            ("Eng.º António Machava", "António Machava", "Director Geral"),
            ("Dr.ª Fernanda Lima", "Fernanda Lima", "Cirurgiã-Dentista"),
            ("lic. oec. HSG Andrea Keller", "Andrea Keller", "Head of Customs"),
            ("Dipl.-Ing. (FH) Jonas Weber", "Jonas Weber", "Head of Customs"),
        ):
            with self.subTest(printed):
                card = parse_card_text(
                    f"Cargo Lda\n{printed}\n{role}\n+258 84 123 4567",
                    "MZ",
                    line_heights={"Cargo Lda": 2.0},
                )
                self.assertEqual(card["name"], name)
                self.assertEqual(card["title"], role)

    def test_an_umlaut_spelled_out_in_the_address_confirms_the_name(self):
        """ "Markus Bäcker" at m.baecker@: the address spells the name, the
        umlaut as "ae"; the name is sure, as "Markus Becker" at m.becker@
        is. (Invented card.)"""
        card = parse_card_text(
            "Kuehne Logistik\nMarkus Bäcker\nVertriebsleiter\n"
            "m.baecker@kuehne-logistik.de\n+49 421 5566 120",
            "DE",
            line_heights={"Kuehne Logistik": 2.0},
        )
        self.assertEqual(card["name"], "Markus Bäcker")
        self.assertNotIn("name", low_confidence_fields(card))

    def test_a_team_leader_is_a_role_a_market_leader_is_not(self):
        """ "Team Leader", "Project Leader": the role under the name; "Market
        Leader in Freight" is the firm's slogan, no role. (Invented cards.)"""
        for role in ("Team Leader", "Project Leader", "Shift Leader"):
            with self.subTest(role):
                card = parse_card_text(
                    f"KIM Min-jun\n{role}\nHANJIN LOGISTICS\n"
                    "minjun.kim@hanjinlog.co.kr",
                    "KR",
                    line_heights={"HANJIN LOGISTICS": 2.0},
                )
                self.assertEqual(card["title"], role)
                self.assertNotIn("title", low_confidence_fields(card))
        card = parse_card_text(
            "Anna Berg\nMarket Leader in Freight\nNORDIC CARGO\nanna@nordiccargo.se",
            "SE",
            line_heights={"NORDIC CARGO": 2.0},
        )
        self.assertFalse(card["title"])

    def test_a_firm_named_worldwide(self):
        """ "ECU Worldwide" at ecuworldwide.com, "Crown Worldwide Group", "YOUR
        MOVE" at your-move.co.uk: a firm's name, though "worldwide" and "your"
        are slogans' words; "Shipping Worldwide" stays what a firm does.
        (Invented cards.)"""
        for wordmark, address, company in (
            ("ECU Worldwide", "beatriz@ecuworldwide.com", "ECU Worldwide"),
            (
                "Crown Worldwide Group",
                "beatriz.berg@gmail.com",
                "Crown Worldwide Group",
            ),
            ("YOUR MOVE", "beatriz@your-move.co.uk", "YOUR MOVE"),
            ("Shipping Worldwide", "beatriz.berg@gmail.com", ""),
        ):
            with self.subTest(wordmark):
                card = parse_card_text(
                    f"{wordmark}\nBeatriz Berg\nExport Coordinator\n{address}",
                    "GB",
                    line_heights={wordmark: 2.0},
                )
                self.assertEqual(card["company"], company)
                self.assertEqual(card["name"], "Beatriz Berg")

    def test_rarer_roles_are_titles_to_check(self):
        """ "Logistician", "Master Mariner", "Hotel Concierge", "Barista": roles,
        rarer ones, filled and marked for checking. (Invented cards.)"""
        for role in ("Logistician", "Master Mariner", "Hotel Concierge", "Barista"):
            with self.subTest(role):
                card = parse_card_text(
                    f"Anna Berg\n{role}\nanna.berg@gmail.com\n+46 70 123 45 67", "SE"
                )
                self.assertEqual(card["title"], role)
                self.assertIn("title", low_confidence_fields(card))

    def test_a_captains_rank_before_the_name(self):
        """ "Capt. Rajesh Nair": a ship's master's rank, as shipping lines' cards
        print it, is no part of the name, nor a role ("Marine Superintendent"
        is). (Invented card.)"""
        card = parse_card_text(
            "BLUE OCEAN LINES\nCapt. Rajesh Nair\nMarine Superintendent\n"
            "rajesh.nair@blueoceanlines.com",
            "IN",
            line_heights={"BLUE OCEAN LINES": 2.0},
        )
        self.assertEqual(card["name"], "Rajesh Nair")
        self.assertEqual(card["title"], "Marine Superintendent")

    def test_a_role_and_a_colon_before_the_name_is_no_misread_label(self):
        """ "Owner: Maria Lopez": the role, then the name (as "Prop: P. Kishan
        Rao"), not a label the OCR misread ("lame:" for "Name:"). (Invented
        card.)"""
        card = parse_card_text(
            "GREEN LEAF CATERING\nOwner: Maria Lopez\n(555) 123-4567\n"
            "greenleafcatering@yahoo.com",
            line_heights={"GREEN LEAF CATERING": 2.0},
        )
        self.assertEqual(card["name"], "Maria Lopez")
        self.assertEqual(card["title"], "Owner")

    def test_whom_a_shop_serves_is_no_role(self):
        """Card 267: a men's salon; "MEN'S HAIRDRESSEI" (its last letter hidden)
        under the wordmark "OUTLpK", on a card that names no one: whom the
        salon serves, no person's title; kept with the card's lines. Under a
        person's name it stays the title."""
        lines = [
            ("97507 77440", 0.98, 1.03),
            ("93421 25161", 0.99, 1.03),
            ("OUTLpK", 0.84, 2.34),
            ("MEN'S HAIRDRESSEI", 0.84, 1.12),
            ("AVAILA", 1.0, 0.97),
            ("AUTHENTIC STYLE", 1.0, 0.88),
            ("BRIDAL", 1.0, 1.0),
            ("MAKEU", 1.0, 1.0),
            ("LW12-1-45", 1.0, 0.78),
            ("MAIN BAZAR NEAR BUS STAND", 0.99, 0.79),
            ("THEVARAM. PIN.625530", 0.98, 0.71),
        ]
        card = _parse(lines, region="IN")
        self.assertFalse(card["name"])
        self.assertFalse(card["title"])
        self.assertIn("MEN'S HAIRDRESSEI", card["lines"])
        card = _parse([("Ravi Kumar", 1.0, 1.4), *lines[3:4], *lines[:2]], region="IN")
        self.assertEqual(card["name"], "Ravi Kumar")
        # (its last letter mended, as a role word's)
        self.assertEqual(card["title"], "MEN'S HAIRDRESSER")

    def test_roles_of_logistics_cards_in_more_languages(self):
        """Roles of German, Dutch, Spanish, French, Turkish and Swahili cards
        the vocabulary lacked: each is the title under the name; the common
        ones sure, the rarer ones to check. (Invented cards.)"""
        for role, sure in (
            ("Vertriebsmitarbeiter", True),
            ("Kundenbetreuerin", True),
            ("Geschäftsführender Gesellschafter", True),
            ("Einkäufer", True),
            ("Verkoopleider", True),
            ("Subgerente Comercial", True),
            ("Technico-Commercial Export", True),
            ("Meneja wa Mauzo", True),
            ("Affréteur", False),
            ("Mali Müşavir", False),
        ):
            with self.subTest(role):
                card = parse_card_text(
                    f"Atlas Trans\nEva Moreau\n{role}\neva.moreau@atlastrans.eu",
                    line_heights={"Atlas Trans": 2.0},
                )
                self.assertEqual(card["title"], role)
                if sure and len(role.split()) > 1:
                    self.assertNotIn("title", low_confidence_fields(card))

    def test_a_street_without_its_number_in_more_languages_is_no_name(self):
        """A shop's card that names no one, its street printed without a number:
        "Jalan Sudirman", "Atatürk Caddesi", "Praça da Sé", "Carrera Séptima",
        "Phố Huế", "MG Marg" are no person's name; "Dương Văn Minh", "Ronda
        Carrera" (a given name first), and names whose surname names streets
        elsewhere ("Đường Văn Minh", "Hrishikesh Nagar", "Wai Keung Mah") still
        are. (Invented cards; the last three from a review.)"""
        for street in (
            "Jalan Sudirman",
            "Atatürk Caddesi",
            "Kızılay Mahallesi",
            "Praça da Sé",
            "Paseo de Gracia",
            "Chemin des Vignes",
            "Carrera Séptima",
            "Estrada Velha",
            "Phố Huế",
            "MG Marg",
        ):
            with self.subTest(street):
                card = parse_card_text(
                    f"ACME Lda\n{street}\n+351 21 123 4567\ninfo@acme.pt",
                    "PT",
                    line_heights={"ACME Lda": 2.0},
                )
                self.assertFalse(card["name"])
        for name in (
            "Dương Văn Minh",
            "Ronda Carrera",
            "Đường Văn Minh",
            "Hrishikesh Nagar",
            "Wai Keung Mah",
        ):
            with self.subTest(name):
                card = parse_card_text(
                    f"ACME Lda\n{name}\nSales Manager\n+351 21 123 4567",
                    "PT",
                    line_heights={"ACME Lda": 2.0},
                )
                self.assertEqual(card["name"], name)

    def test_slogans_in_more_languages_are_no_company(self):
        """A slogan printed larger than the firm's name, on a card with a free
        mail address: "Votre partenaire transport", "Uw partner, wij leveren"
        say "your" and "we"; "Qualidade e confiança", "Calidad y puntualidad"
        are two things joined in sentence case. "NORTE CARGAS" is the company;
        a role in sentence case ("Gerente de vendas") stays the title. What a
        shop is, in sentence case ("Salão de beleza", "Panadería y
        pastelería"), and firms named with "our" ("WIR Bank", "Onze Lieve
        Vrouwe Gasthuis") stay companies, and "Noi" a given name. (Invented
        cards; the last ones from a review.)"""
        for slogan in (
            "Votre partenaire transport",
            "Uw partner, wij leveren",
            "Qualidade e confiança",
            "Calidad y puntualidad",
        ):
            with self.subTest(slogan):
                card = parse_card_text(
                    f"{slogan}\nNORTE CARGAS\nJoão Pereira\nGerente de vendas\n"
                    "joao@gmail.com\n+55 11 91234-5678",
                    "BR",
                    line_heights={slogan: 2.2, "NORTE CARGAS": 1.3},
                )
                self.assertEqual(card["company"], "NORTE CARGAS")
                self.assertEqual(card["title"], "Gerente de vendas")

    def test_a_sharp_s_spelled_out_in_the_address(self):
        """ "Jürgen Großmann" at j.grossmann@: the umlaut and the sharp s
        spelled out ("ss"); the name is sure (a line with a sharp s once sent
        the spelling check round for ever). (Invented card.)"""
        card = parse_card_text(
            "Nordfracht GmbH\nJürgen Großmann\nDisponent\n"
            "j.grossmann@nordfracht.de\n+49 40 123456",
            "DE",
            line_heights={"Nordfracht GmbH": 2.0},
        )
        self.assertEqual(card["name"], "Jürgen Großmann")
        self.assertNotIn("name", low_confidence_fields(card))

    def test_what_a_review_broke_stays_read(self):
        """Cards a review made to break this round's rules: each is read as a
        careful reader would. (Invented cards.)"""
        for wordmark in ("Salão de beleza", "Panadería y pastelería", "WIR Bank"):
            with self.subTest(wordmark):
                card = parse_card_text(
                    f"{wordmark}\nClaire Morel\nGerente\nclairemorel@gmail.com",
                    line_heights={wordmark: 2.2},
                )
                self.assertEqual(card["company"], wordmark)
        cases = (
            # a Thai given name that is "we" in Italian
            (
                [
                    "Noi Suwannarat",
                    "Sales Manager",
                    "Siam Cement Group",
                    "noi.s@scg.com",
                ],
                "name",
                "Noi Suwannarat",
            ),
            # a slogan's "leader", no role
            (
                [
                    "Laura Smith",
                    "Brightline Coatings",
                    "Global Technical Leader in Coatings",
                ]
                + ["laura.smith@brightline.com"],
                "title",
                "",
            ),
            # a rank's "First Class" is a role
            (
                [
                    "John Smith",
                    "Sergeant First Class",
                    "U.S. Army",
                    "john.smith@army.mil",
                ],
                "title",
                "Sergeant First Class",
            ),
            # "Maj" is a given name; "Col." after "Lt" a rank
            (
                ["Maj Britt Lindqvist", "Ekonomichef", "Skanska AB"]
                + ["majbritt.lindqvist@skanska.se"],
                "name",
                "Maj Britt Lindqvist",
            ),
            (
                ["Lt Col Sarah Jones", "Chief of Staff", "British Army"]
                + ["sarah.jones@mod.gov.uk"],
                "name",
                "Sarah Jones",
            ),
            # "Brautkleider" (bridal dresses) is no "-leider" role
            (
                ["Petra Lange", "Brautkleider & Abendmode"]
                + ["Königstraße 20, 70173 Stuttgart", "petra@lange-mode.de"],
                "title",
                "",
            ),
            # the shop's line, its umlaut spelled out in the mailbox, is no name
            (
                ["Bäckerei Müller", "Jürgen Müller", "Hauptstr. 5, 79098 Freiburg"]
                + ["baeckerei.mueller@gmail.com"],
                "name",
                "Jürgen Müller",
            ),
            # whose shop, no role; another person's role, not this one's
            (
                ["MEN'S HAIRDRESSER", "Tony's Barber Shop", "12 High St, Leeds"]
                + ["0113 496 0000"],
                "title",
                "",
            ),
            (
                [
                    "Rosa Díaz",
                    "Chef: Ana Ruiz",
                    "Restaurante La Tasca",
                    "info@latasca.es",
                ],
                "title",
                "",
            ),
        )
        for lines, field, value in cases:
            with self.subTest(lines[0]):
                card = parse_card_text("\n".join(lines), "GB")
                self.assertEqual(card[field], value)

    def test_shops_nouns_in_more_languages_name_a_firm(self):
        """ "Padaria Pão Quente" (a bakery), "Transportadora Silva", "Librería
        Central", "Bäckerei Schmidt": a shop's or a carrier's noun names the
        firm under the person's role. A hotel's or a supermarket's department
        in a role stays the title ("Supervisora de Lavanderia"), and a
        restaurant's line of what it is no company ("Restaurante & Bar" under
        "Dom Pepe"). (Invented cards; the last two from a review.)"""
        for firm in (
            "Padaria Pão Quente",
            "Transportadora Silva",
            "Librería Central",
            "Bäckerei Schmidt",
        ):
            with self.subTest(firm):
                card = parse_card_text(
                    f"Ana Lima\nGerente\n{firm}\n(11) 3333-4444", "BR"
                )
                self.assertEqual(card["company"], firm)
        card = parse_card_text(
            "Hotel Copacabana Palace\nMariana Rocha\nSupervisora de Lavanderia\n"
            "mariana.rocha@copacabanapalace.com.br\n(21) 2548-7070",
            "BR",
            line_heights={"Hotel Copacabana Palace": 2.0},
        )
        self.assertEqual(card["title"], "Supervisora de Lavanderia")
        card = parse_card_text(
            "Dom Pepe\nRestaurante & Bar\nPepe García\nPropietario\n"
            "dompepe@gmail.com\n+34 600 111 222",
            "ES",
            line_heights={"Dom Pepe": 3.0},
        )
        self.assertEqual(card["company"], "Dom Pepe")
        # a role and the department it leads, whose initials the domain spells
        # (gpa.com.br), is no company
        card = parse_card_text(
            "Pão de Açúcar\nMarcos Lima\nGerente de Padaria\n"
            "marcos.lima@gpa.com.br\n(11) 3333-4444",
            "BR",
            line_heights={"Pão de Açúcar": 2.0},
        )
        self.assertEqual(card["title"], "Gerente de Padaria")
        self.assertEqual(card["company"], "Pão de Açúcar")

    def test_a_role_ending_in_a_shortened_unit(self):
        """ "Manager, International Sales Dept." on a Japanese firm's English
        side: the unit's word shortened with its full stop ends no sentence,
        the line is the title. (Invented card.)"""
        card = parse_card_text(
            "Kenji Tanaka\nManager, International Sales Dept.\n"
            "Nippon Express Co., Ltd.\nkenji.tanaka@nipponexpress.com",
            "JP",
            line_heights={"Kenji Tanaka": 2.0},
        )
        self.assertEqual(card["title"], "Manager, International Sales Dept.")
        # a sentence still ends in its full stop
        card = parse_card_text(
            "Kenji Tanaka\nWe move the world.\nkenji.tanaka@nipponexpress.com",
            "JP",
            line_heights={"Kenji Tanaka": 2.0},
        )
        self.assertFalse(card.get("title"))

    def test_a_german_compound_role_is_not_respelled(self):
        """ "Teamleiter Disposition": a German role whole, kept as printed; one
        letter off the Dutch "Teamleider", no misread of it. (Invented card.)"""
        card = parse_card_text(
            "Jan Schröder\nTeamleiter Disposition\nHermes Germany GmbH\n"
            "jan.schroeder@hermesworld.com",
            "DE",
            line_heights={"Jan Schröder": 2.0},
        )
        self.assertEqual(card["title"], "Teamleiter Disposition")

    def test_a_forwarders_words_in_more_languages_name_the_firm(self):
        """ "Asia Link Logística Internacional" at asialinkbr.com, "Gebrüder
        Weiss" at gw-world.com: a forwarder's, a group's or a family firm's
        words in Portuguese or German spell the domain's name as "Logistics"
        and "Brothers" do, the firm's name. (Invented cards.)"""
        card = parse_card_text(
            "Daniela Costa\nAnalista de Comércio Exterior\n"
            "daniela.costa@asialinkbr.com\n+55 47 3000-0000\n"
            "Asia Link Logística Internacional\nItajaí - SC",
            "BR",
            line_heights={"Daniela Costa": 2.0},
        )
        self.assertEqual(card["company"], "Asia Link Logística Internacional")
        card = parse_card_text(
            "GW\nEva Novák\nKey Account Manager\nGebrüder Weiss\n"
            "eva.novak@gw-world.com\n+420 602 123 456",
            "CZ",
            line_heights={"GW": 3.0, "Eva Novák": 2.0},
        )
        self.assertEqual(card["company"], "Gebrüder Weiss")
        self.assertEqual(card["name"], "Eva Novák")

    def test_your_partner_for_is_a_slogan(self):
        """ "Ihr Partner für Logistik" (your partner for logistics) under the
        name: who the firm is to you, a slogan, no role, and "Logistik" is not
        respelled as the Polish "Logistyk" (a logistician). "Ihr Platz", a
        firm's name, stays one. (Invented cards.)"""
        card = parse_card_text(
            "Klaus Becker\nIhr Partner für Logistik\nBecker Transporte GmbH\n"
            "klaus@becker-transporte.de\n+49 89 123456",
            "DE",
            line_heights={"Klaus Becker": 2.0},
        )
        self.assertFalse(card.get("title"))
        self.assertEqual(card["company"], "Becker Transporte GmbH")
        card = parse_card_text(
            "Klaus Becker\nLeiter Logistik\nBecker Transporte GmbH\n"
            "klaus@becker-transporte.de",
            "DE",
            line_heights={"Klaus Becker": 2.0},
        )
        self.assertEqual(card["title"], "Leiter Logistik")

    def test_a_customs_brokers_role_in_french_and_turkish(self):
        """ "Commissionnaire en Douane" (a customs broker) under the name: the
        person's role, a rarer one to check. (Invented card.)"""
        card = parse_card_text(
            "Jean Dupont\nCommissionnaire en Douane\nTransit Dupont SARL\n"
            "jean@transitdupont.fr\n+33 4 91 00 00 00",
            "FR",
            line_heights={"Jean Dupont": 2.0},
        )
        self.assertEqual(card["title"], "Commissionnaire en Douane")
        self.assertIn("title", low_confidence_fields(card))

    def test_a_firm_and_its_street_on_one_line_with_no_sign_between(self):
        """ "SEL Logistics GmbH Hafenstraße 1, 20457 Hamburg", "ACME Inc. 1200
        Main Street": the firm's name ends at its legal form, the street
        follows with no sign between; the name is the company. (Invented
        cards.)"""
        for line, firm in (
            ("SEL Logistics GmbH Hafenstraße 1, 20457 Hamburg", "SEL Logistics GmbH"),
            ("ACME Freight Inc. 1200 Main Street, Dallas TX", "ACME Freight Inc."),
        ):
            with self.subTest(line):
                card = parse_card_text(
                    f"Thomas Miller\nSales Manager\n{line}\nthomas@sel-log.de",
                    "DE",
                    line_heights={"Thomas Miller": 2.0},
                )
                self.assertEqual(card["company"], firm)

    def test_a_contact_labels_word_is_no_name(self):
        """ "YILDIZ MOBILE" over "Barber" (247.jpg, a mobile barber's card that
        names no one, his mailbox emreyildiz4849@): "Mobile" is a contact
        label's word, no person's name holds it; the line is the shop's."""
        card = parse_card_text(
            "YILDIZ MOBILE\nX\nBarber\n07877739107\nemreyildiz4849@ gmail.com",
            "GB",
            line_heights={"YILDIZ MOBILE": 1.74, "X": 0.46, "Barber": 1.36},
        )
        self.assertFalse(card.get("name"))
        self.assertEqual(card["company"], "YILDIZ MOBILE")
        # the barber's own name beside it is still read
        card = parse_card_text(
            "Mobile Barber\nEmre Yildiz\n07877739107\nemreyildiz4849@gmail.com",
            "GB",
            line_heights={"Mobile Barber": 2.0},
        )
        self.assertEqual(card["name"], "Emre Yildiz")

    def test_a_small_l_where_no_word_begins_so_is_a_capital_i(self):
        """ "iTi-lnformatique" (307.jpg, a French computer-repair shop's
        wordmark): no word begins with an l before an n, the OCR's small l is
        the capital I ("iTi-Informatique"); "lnternational", "lmport" too. A
        web address's "lvmh.com" stays as printed."""
        card = parse_card_text(
            "iTi-lnformatique\nMaintenance informatique Mac et PC\n"
            "Réparation Smartphone toute marque\n34 rue Charles de Gaule\n"
            "Contact Pro: 06 76 38 24 62\n60800 Crépy-en-Valois\n"
            "Magasin: 09 52 69 59 45\ncontact.ivsinfo@gmail.com",
            "FR",
            line_heights={"iTi-lnformatique": 1.76},
        )
        self.assertEqual(card["company"], "iTi-Informatique")
        card = parse_card_text(
            "Ana Lima\nGerente\nAlpha lmport Export Ltda\nlvmh.com\n(11) 3333-4444",
            "BR",
        )
        self.assertEqual(card["company"], "Alpha Import Export Ltda")
        self.assertEqual(card["urls"], ["https://lvmh.com"])

    def test_what_the_third_review_broke_stays_read(self):
        """Cards a review wrote to break this round's rules (invented): each
        read as it was before them."""
        # sentences of a word, the last a shortened one, stay a slogan
        card = parse_card_text(
            "Hair. Nails. Tech.\nJessica Moore\nNail Technician\nPolished Salon\n"
            "(404) 555-2211",
            "US",
        )
        self.assertNotEqual(card.get("company"), "Hair. Nails. Tech.")
        # a German compound role misread inside, its ending kept, is respelled
        card = parse_card_text(
            "Thomas Becker\nGeschäfisführer\nBecker Logistik GmbH\n"
            "t.becker@becker-logistik.de",
            "DE",
        )
        self.assertEqual(card["title"], "Geschäftsführer")
        # "Brothers", a surname too
        card = parse_card_text(
            "Anthony Brothers\nRealtor\nCentury 21\nabrothers@c21.com\n(555) 201-3344",
            "US",
        )
        self.assertEqual(card["name"], "Anthony Brothers")
        # a word before a lower-case "as", a state's code and a booth: no firm
        # and its street
        for line in (
            "Ranked as Top 1% Agent Nationwide",
            "Wichita KS 67202 United States",
            "Visit us: ACME Inc. Booth 4521",
        ):
            with self.subTest(line):
                card = parse_card_text(
                    f"Mike Chen\nRealtor\n{line}\nmikechen.realtor@gmail.com", "US"
                )
                self.assertFalse(card.get("company"))
        # "Phone", a Burmese given name
        card = parse_card_text(
            "Phone Myint Aung\nManaging Director\nGolden Lotus Trading Co., Ltd.\n"
            "phonemyint@goldenlotus.com.mm",
            "MM",
        )
        self.assertEqual(card["name"], "Phone Myint Aung")
        # a handle's or a brand's small l stays
        card = parse_card_text(
            "lvlup fitness\nDerek Owens\nPersonal Trainer\nSkype: lmartin\n"
            "derek@lvlupfitness.com",
            "US",
            line_heights={"lvlup fitness": 3.0},
        )
        self.assertEqual(card["company"], "lvlup fitness")
        self.assertIn("Skype: lmartin", card["lines"])
        # "your", two words, then what for: a slogan, no role
        card = parse_card_text(
            "Ihr kompetenter Partner für Immobilien\nSabine Wolf\n"
            "Immobilienmaklerin\nsabine.wolf@gmx.de",
            "DE",
            line_heights={"Ihr kompetenter Partner für Immobilien": 2.0},
        )
        self.assertNotEqual(card.get("title"), "Ihr kompetenter Partner für Immobilien")

    def test_roles_shortened_are_titles_to_check(self):
        """ "Sr. Engr.", "Site Supt.", "Ops. Coord.": an engineer's, a
        superintendent's, a coordinator's role shortened, a title to check.
        (Invented cards, from a review.)"""
        for role in ("Sr. Engr.", "Site Supt.", "Ops. Coord."):
            with self.subTest(role):
                card = parse_card_text(
                    f"Carlos Ramos\n{role}\nDelta Controls Inc.\n"
                    "cramos@deltacontrols.com",
                    "US",
                )
                self.assertEqual(card["title"], role)
                self.assertIn("title", low_confidence_fields(card))

    def test_an_adverb_of_running_text_is_no_name(self):
        """ "can also" (309.jpg, a painter's card, its back a list of what he
        does: "I can also..." / "changing light fittings"): "Can" is a Turkish
        given name, but no name goes on with "also"; the card names no one."""
        text = (
            "MISTERBEN\nPainter and\nhandyman\nnisterben.co.uk\nVarnishing. Wox\n"
            "Radiator painting. Spray\npainting.I can paint furniture\n"
            "as well as walls\ncan also\nchanging light fittings\n"
            "upgrade plug sockets to\nPutting up shelves\nVirus removal"
        )
        card = parse_card_text(
            text,
            "GB",
            line_heights={"MISTERBEN": 1.83, "Painter and": 1.7, "handyman": 1.65},
        )
        self.assertFalse(card.get("name"))
        self.assertEqual(card["company"], "MISTERBEN")
        # a given name with a surname still reads as a name
        card = parse_card_text("Can Yilmaz\nDirector\ncan@yilmaz.com.tr", "TR")
        self.assertEqual(card["name"], "Can Yilmaz")

    def test_a_units_word_the_domain_spells_whole_is_the_firms(self):
        """ "Team Classified" at jtl@teamclassified.ca (249.jpg, a security
        researcher's cards, "JTL" printed on both sides): "Team" begins a
        department's name, but a line the card's own domain spells whole is the
        firm's; one word printed twice is no given name and surname."""
        card = parse_card_text(
            "JTL\nJTL\nSecurity researcher\nTeam Classified\n"
            "website:http://jtl. pw\nemail:jtl@teamclassified.ca\n"
            "jabber/xmpp:jtl@neko.im",
            "CA",
            line_heights={"JTL": 1.35},
        )
        self.assertEqual(card["company"], "Team Classified")
        self.assertNotIn("company", low_confidence_fields(card))
        self.assertNotEqual(card.get("name"), "Jtl Jtl")
        # a department's line stays no company
        card = parse_card_text(
            "Lena Fischer\nTeam Lead\nTeam Controlling\nAcme Systems GmbH\n"
            "l.fischer@acme-systems.de",
            "DE",
        )
        self.assertEqual(card["company"], "Acme Systems GmbH")

    def test_the_marks_around_a_wordmark_are_no_words_of_it(self):
        """ "+ PUBLIC GENERAL AID +" (53.jpg, a Delhi medical-supply shop's card,
        its largest line): the crosses around it count as no words of the
        wordmark, and the company is read without them, to be checked."""
        text = (
            "Mob.:9999269543\nVijay\nShop: 011-46066047\nVISSCOAX\nPATIENT BED\n"
            ".Com\n+ PUBLIC GENERAL AID +\n"
            "SHOP NO. 1, YUSUF SARAI, NDMC MARKET, NEW DELHI-110029\n"
            "B.P. Monitor, Nebulizer, Moming Walker, Thera Bend, Power Bend,"
        )
        card = parse_card_text(
            text,
            "IN",
            line_heights={"+ PUBLIC GENERAL AID +": 1.55, "VISSCOAX": 1.13},
        )
        self.assertEqual(card["company"], "PUBLIC GENERAL AID")
        self.assertIn("company", low_confidence_fields(card))
        self.assertEqual(card["name"], "Vijay")

    def test_a_firm_over_its_registered_offices_label(self):
        """ "Samarth Udyog Technology Forum," over "Registered Office: Ground
        Floor." (99.jpg, a training co-ordinator's card under a lab's logo): the
        legal entity whose office the address is, the company over the logo's
        word. A role or a name over such a label stays what it is."""
        text = (
            "C414\nLAB\nCENTRE FOR\nSTRY 4.0\nMs. Natasha Acharya\n"
            "Training Co-ordmnator\n+91 8956985615\nnatasha.acharya@c4i4.org\n"
            "ifactorytrainings@c4i4.org\nSamarth Udyog Technology Forum,\n"
            "Registered Office: Ground Floor.\nSPPU Research Park Foundation\n"
            "Savitribai Phule Pune University.\nGaneshkhind, Pune - 411 007"
        )
        card = parse_card_text(text, "IN", line_heights={"C414": 1.32, "LAB": 1.32})
        self.assertEqual(card["company"], "Samarth Udyog Technology Forum")
        self.assertEqual(card["name"], "Natasha Acharya")
        card = parse_card_text(
            "Ravi Menon\nBranch Manager\nKerala Spices Ltd.\nRegd. Office: 12 MG Road,"
            " Kochi\nravi@keralaspices.in",
            "IN",
        )
        self.assertEqual(card["company"], "Kerala Spices Ltd.")
        self.assertEqual(card["title"], "Branch Manager")

    def test_a_role_cut_at_the_cards_edge_is_made_whole(self):
        """ "Hair Styli" under "LEXI SHUEY" (171.jpg, a stylist's card, the
        role in small letters at its edge): one role's word begins with the
        cut word, the title is Hair Stylist, to be checked. A cut word that
        begins several roles' words is left as printed."""
        card = parse_card_text(
            "LEXI SHUEY\nHair Styli\nBERKS COUNTY, PA\n570-621-8260\nBEYOND.THE.BLONDE",
            "US",
            line_heights={"Hair Styli": 0.62},
        )
        self.assertEqual(card["title"], "Hair Stylist")
        self.assertIn("title", low_confidence_fields(card))
        card = parse_card_text("Mary Lee\nHair Salon\n555-201-3344", "US")
        self.assertNotEqual(card.get("title"), "Hair Salon")

    def test_a_pakistani_or_indian_muslim_given_name_alone_is_the_name(self):
        """ "Munawar" over "Tel. : 080 25306882" (281.jpg, a Bangalore
        appliance-repair firm's card): a common given name of Pakistan and
        India that Faker's lists lack, the person's name printed alone."""
        text = (
            "Munawar\nTel. : 080 25306882\nFC\nMob : 9845203882\n9844353711\n"
            "FREEZE CONTROL\nREPAIR & SERVICES\n"
            "Refrigeration, Air-Conditioning & Washing Machine\n"
            "#2, 15th Cross, Lakshmipuram, C.M.H. Road, Ulsoor, Bangalore- 560 008.\n"
            "E-mail : freezecontrol123@gmail.com Website : www.freezecontrol.co.in"
        )
        card = parse_card_text(
            text, "IN", line_heights={"FC": 3.19, "FREEZE CONTROL": 1.67}
        )
        self.assertEqual(card["name"], "Munawar")
        self.assertEqual(card["company"], "FREEZE CONTROL")
        for name in ("Waseem Akram", "Shahbaz Mehmood", "Tauqeer Abbas"):
            with self.subTest(name):
                card = parse_card_text(
                    f"{name}\nSales Officer\nIndus Motors\n0300 1234567", "PK"
                )
                self.assertEqual(card["name"], name)

    def test_a_groups_firm_over_the_groups_logo(self):
        """ "SINO GROUP" (the logo) and "Sino Land Company Limited" (143.jpg, a
        Hong Kong developer's card), both spelling sino.com: the firm of the
        group with its legal form is the one the person works for; the group's
        name is kept in the note."""
        text = (
            "SINO GROUP\n信和集團\nDavid W. L. Ng\nGroup Associate Director\n"
            "Sino Land Company Limited\n"
            "11 - 12/F, Tsim Sha Tsui Centre, Salisbury Road\n"
            "Tsim Sha Tsui, Kowloon, Hong Kong\nDL :(852) 2132 8222\n"
            "T：(852)27218388\nE : davidng@sino.com\nwww.sino.com"
        )
        card = parse_card_text(
            text,
            "HK",
            line_heights={"SINO GROUP": 1.18, "信和集團": 1.53, "David W. L. Ng": 1.43},
        )
        self.assertEqual(card["company"], "Sino Land Company Limited")
        self.assertIn("SINO GROUP", card["note"])
        # a group's name alone stays the company
        card = parse_card_text(
            "Rahul Shah\nHead of Sales\nAdani Group\nrahul.shah@adani.com", "IN"
        )
        self.assertEqual(card["company"], "Adani Group")

    def test_the_domains_name_and_a_trade_under_it_is_to_check(self):
        """ "JESPERAPPS" over "SOFTWARE SERVICES" at jesperapps.com (133.jpg,
        read from the photo made 800 px wide): the domain's name whole and what
        the firm does under it, which the card prints as its slogan; read
        together, to be checked, whatever the sizes the OCR gives them."""
        rows = [
            (1.81, "JESPERAPPS"),
            (1.15, "SOFTWARE SERVICES"),
            (1.73, "Pushpajayabalan"),
            (1.38, "Arockiam"),
            (1.0, "Director - Technology"),
            (1.08, "A3, Sipcot Housing Colony, I st Floor,"),
            (0.88, "Hosur, Tamil Nadu 635126"),
            (0.96, "+91 9003301619"),
            (1.0, "pushpajayabalan.arockiam@jesperapps.com"),
            (1.0, "www.jesperapps.com"),
        ]
        card = parse_card_text(
            "\n".join(line for _height, line in rows),
            "IN",
            line_heights={line: height for height, line in rows},
        )
        self.assertTrue(card["company"].startswith("JESPERAPPS"))
        self.assertIn("company", low_confidence_fields(card))
        self.assertEqual(card["name"], "Pushpajayabalan Arockiam")

    def test_what_the_fourth_review_broke_stays_read(self):
        """Cards a review wrote to break this round's rules (invented): each
        read as it should be."""
        # "Too", "Just": surnames, capitalised
        for name in ("Alan Too", "Peter Just"):
            with self.subTest(name):
                card = parse_card_text(
                    f"{name}\nSenior Project Manager\nSunway Construction Sdn Bhd\n"
                    f"{name.lower().replace(' ', '.')}@sunway.com.my",
                    "MY",
                    line_heights={name: 2.0},
                )
                self.assertEqual(card["name"], name)
        # a firm's "Conseil" under the name is no role cut short
        card = parse_card_text(
            "GROUPE ALPHA\nJean Martin\nAlpha Conseil\nDirecteur associé\n"
            "jean.martin@groupe-alpha.fr",
            "FR",
            line_heights={"GROUPE ALPHA": 2.0},
        )
        self.assertEqual(card["title"], "Directeur associé")
        # what a firm makes, over its office's label, is no company
        card = parse_card_text(
            "KRISHNA\nSunil Mehta\nPartner\nManufacturers of HDPE Pipes and Fittings\n"
            "Regd. Off. : Plot 22, GIDC Vatva, Ahmedabad\nsunil.mehta@gmail.com",
            "IN",
            line_heights={"KRISHNA": 2.0},
        )
        self.assertNotEqual(
            card.get("company"), "Manufacturers of HDPE Pipes and Fittings"
        )
        # a group's officer, its firms listed: the group
        card = parse_card_text(
            "ARTAL GROUP\nMian Ahmed Raza\nGroup Chairman\nArtal Textiles (Pvt) Ltd\n"
            "Artal Spinning Mills Limited\nchairman@artal.com.pk",
            "PK",
            line_heights={"ARTAL GROUP": 2.0},
        )
        self.assertEqual(card["company"], "ARTAL GROUP")
        # "Md.": Muhammad before a Bangladeshi's name, no managing director
        card = parse_card_text(
            "RAHMAN GROUP\nMd. Mizanur Rahman\nManaging Director\n"
            "mizanur@rahmangroup.com.bd",
            "BD",
            line_heights={"RAHMAN GROUP": 2.0},
        )
        self.assertEqual(card["title"], "Managing Director")
        self.assertIn("Mizanur Rahman", card["name"])
        # a given name printed twice is a Keralan's name
        card = parse_card_text(
            "THOMAS\nTHOMAS\nVicar\nSt. Mary's Orthodox Church, Kottayam",
            "IN",
            line_heights={"THOMAS": 2.0},
        )
        self.assertEqual(card["name"], "Thomas Thomas")
        # "++" is of the name
        card = parse_card_text(
            "Notepad ++\nDon Ho\nDeveloper\ndon@notepad-plus-plus.org",
            "FR",
            line_heights={"Notepad ++": 3.0},
        )
        self.assertEqual(card["company"], "Notepad ++")
        # the marks on both sides of a wordmark its domain spells
        card = parse_card_text(
            "+ PUBLIC GENERAL AID +\nMaria Santos\nCase Worker\nmaria@pgaid.org",
            "US",
            line_heights={"+ PUBLIC GENERAL AID +": 3.0},
        )
        self.assertEqual(card["company"], "PUBLIC GENERAL AID")

    def test_a_bracket_read_beside_the_at_sign(self):
        """ "natasha.acharya(@c4i4.org" (99.jpg read turned a quarter): the
        OCR read the curl of the "@" as a bracket; the address is mended and
        kept first, to be checked. An address in brackets stays as it is."""
        card = parse_card_text(
            "Ms. Natasha Acharya\nTraining Co-ordmator\nnatasha.acharya(@c4i4.org\n"
            "ifactorytrainings@c4i4.org",
            "IN",
        )
        self.assertEqual(card["emails"][0][0], "natasha.acharya@c4i4.org")
        self.assertIn("email", low_confidence_fields(card))
        card = parse_card_text("Ann Lee\nSales (ann@acme.com)", "US")
        self.assertEqual(card["emails"][0][0], "ann@acme.com")
        self.assertNotIn("email", low_confidence_fields(card))

    def test_a_domain_that_begins_with_a_number(self):
        """ "SPRINGBOARD" at nehaal@91springboard.com (321.jpg, a Mumbai
        co-working firm's card): the firm's name without the number its domain
        begins with, the company to be checked."""
        card = parse_card_text(
            "Nehaal Fakih\n+91-9004488330\nnehaal@91springboard.com\n"
            "mum.andheri.lotus@91springboard.com\nSPRINGBOARD\ncowork.network.grow\n"
            "Plot No. D-5 Road No. 20, Marol MIDC, Andheri East\nMumbai – 400069\n"
            "www.91springboard.com",
            "IN",
        )
        self.assertEqual(card["company"], "SPRINGBOARD")
        self.assertIn("company", low_confidence_fields(card))
        self.assertEqual(card["name"], "Nehaal Fakih")

    def test_a_first_degree_before_the_comma(self):
        """ "Dr.L.P. Thangavelu MS., D.Sc., FICS." (319.jpg, a hospital
        chairman's card): the first degree printed before the comma, its
        capitals and a dot, is no part of the name; a name in capitals keeps
        its last word ("RAVI RAO, MBA")."""
        card = parse_card_text(
            "EXTRA SPECIAL CARE\nDr.L.P. Thangavelu MS., D.Sc., FICS., FAIS., FIAGES\n"
            "Chairman\nAshwin Hospital\n"
            "E-mail : lpthangavelu@gmail.com, Website : www.ashwinhospital.com",
            "IN",
        )
        self.assertEqual(card["name"], "L.P. Thangavelu")
        self.assertEqual(card["title"], "Chairman")
        card = parse_card_text("RAVI RAO, MBA\nDirector\nAcme Ltd\nravi@acme.in", "IN")
        self.assertEqual(card["name"].casefold(), "ravi rao")

    def test_a_small_l_read_as_an_i_in_the_names_mailbox(self):
        """ "ipthangavelu@gmail.com" beside "L.P. Thangavelu" (319.jpg): the
        address spells the name's initials and surname but for the small l the
        OCR read as an i; mended, to be checked. "Ian Lee" at ilee@ stays."""
        card = parse_card_text(
            "Dr.L.P. Thangavelu MS., D.Sc.\nChairman\nAshwin Hospital\n"
            "E-mail : ipthangavelu@gmail.com",
            "IN",
        )
        self.assertEqual(card["emails"][0][0], "lpthangavelu@gmail.com")
        self.assertIn("email", low_confidence_fields(card))
        card = parse_card_text("Ian Lee\nilee@acme.com", "US")
        self.assertEqual(card["emails"][0][0], "ilee@acme.com")
        self.assertNotIn("email", low_confidence_fields(card))

    def test_the_initials_a_mailbox_spells_before_the_firm(self):
        """ "PEST CONTROL" at dgpestcontrolservice@gmail.com (315.jpg, a Trichy
        pest-control firm's card, its "DG" logo read as a faint "G"): the
        initials the mailbox spells before the firm's words are the logo's,
        the company DG PEST CONTROL, to be checked. Not "my" of a domain."""
        card = parse_card_text(
            "D. Manikandan, M.Com.\n2/126, Kannimar Kovil Street,\n"
            "Ezhil Nagar, Trichy - 620 014.\n88833 75780\nG\n97910 11645\n"
            "PEST CONTROL\ndgpestcontrolservice@gmail.com\n"
            "ts, Cockroaches, Termites & All Kinds of Pest Control Service",
            "IN",
            line_heights={"PEST CONTROL": 1.25},
        )
        self.assertEqual(card["company"], "DG PEST CONTROL")
        self.assertIn("company", low_confidence_fields(card))
        card = parse_card_text("Tom Lee\nPest Control\ntom@mypestcontrol.com", "US")
        self.assertEqual(card["company"], "Pest Control")

    def test_a_web_address_misread_as_the_wordmark_spells_it(self):
        """ "nisterben.co.uk" under the "MISTERBEN" wordmark (309.jpg) and
        "IAMLocStiop.com" beside IAMLocShop@outlook.com (255.jpg): a web address
        the OCR was unsure of, one letter (or "ti" for "h") off the name the card
        prints large or its mailbox spells, is spelled as they do, still to be
        checked. An address the OCR read surely stays as printed."""
        card = parse_card_text(
            "MISTERBEN\nPainter and\nhandyman\nnisterben.co.uk",
            "GB",
            line_confidence={
                "MISTERBEN": 0.84,
                "Painter and": 0.84,
                "handyman": 0.84,
                "nisterben.co.uk": 0.84,
            },
            line_heights={"MISTERBEN": 1.83, "nisterben.co.uk": 1.35},
        )
        self.assertEqual(card["urls"], ["https://misterben.co.uk"])
        self.assertIn("website", low_confidence_fields(card))
        text = (
            "Loc Shop\n1AM\nNatural Academy\nIAMLocStiop.com\n206-723-1115\n"
            "IAMLocShop@outlook.com"
        )
        card = parse_card_text(
            text,
            "US",
            line_confidence={line: 0.84 for line in text.splitlines()},
            line_heights={"1AM": 4.17},
        )
        self.assertEqual(card["urls"], ["https://iamlocshop.com"])
        card = parse_card_text("BRIGHTS\nAnn Lee\nbrighte.com", "US")
        self.assertEqual(card["urls"], ["https://brighte.com"])
        # the registered name of a mailbox's domain, under its mail host
        text = (
            "Jo Bloggs\nSales Manager\nwww.narthwind.co.uk\n"
            "jo.bloggs@mail.northwind.co.uk"
        )
        card = parse_card_text(
            text, "GB", line_confidence={line: 0.84 for line in text.splitlines()}
        )
        self.assertEqual(card["urls"], ["https://www.northwind.co.uk"])

    def test_what_the_fifth_review_broke_stays_read(self):
        """Cards a review wrote to break the number, degree, mailbox and
        initials rules (invented): each read as it should be."""
        # the domain's name without its number only for a line that spells it
        card = parse_card_text(
            "Amit Verma\nAssociate Director - Sales\nIndia's No. 1 Property Portal\n"
            "amit.verma@99acres.com\nPlot 7, Green Acres Colony, Noida",
            "IN",
        )
        self.assertNotIn("Green Acres", card.get("company") or "")
        # initials and a surname after a given name are no degree
        for name, email in (
            ("Priya MK.", "priya.mk@federalbank.co.in"),
            ("Wei Ming LIM.", "weiming.lim@bakertilly.my"),
        ):
            with self.subTest(name):
                card = parse_card_text(
                    f"{name}, MBA\nBranch Manager\nFEDERAL BANK\n{email}",
                    "IN",
                    line_heights={f"{name}, MBA": 2.0},
                )
                self.assertIn(
                    name.split()[-1].rstrip(".").casefold(), card["name"].casefold()
                )
        # a real one at the end of a mailbox stays
        card = parse_card_text(
            "Amit Lal\nSales Executive\nBHARAT ENGINEERING WORKS\namit1@gmail.com",
            "IN",
            line_heights={"Amit Lal": 2.0, "BHARAT ENGINEERING WORKS": 2.0},
        )
        self.assertEqual(card["emails"][0][0], "amit1@gmail.com")
        # a capital I misread inside the name: the address stays as printed
        card = parse_card_text(
            "AIan Smith\nDirector\nSmith Builders Ltd\nalan.smith@smithbuilders.co.uk",
            "GB",
        )
        self.assertEqual(card["emails"][0][0], "alan.smith@smithbuilders.co.uk")
        # a number's letters, a word or a city's code before the firm's words
        for company, email in (
            ("WATER SOLUTIONS", "imran@h2owatersolutions.ae"),
            ("FURNITURE MART", "sales@buyfurnituremart.com"),
            ("DENTAL CARE", "drdentalcare@gmail.com"),
            ("CAR RENTAL", "info@dxbcarrental.com"),
            ("PEST CONTROL", "info@ukpestcontrol.co.uk"),
        ):
            with self.subTest(company):
                card = parse_card_text(
                    f"{company}\nRaj Mehta\nManager\n{email}",
                    "AE",
                    line_heights={company: 2.0},
                )
                self.assertEqual(card["company"], company)

    def test_the_firms_word_under_a_slogan_between(self):
        """ "WHITE ELEPHANT" / "Signature unise" / "SALON" at
        whiteelephantsalonsalem@gmail.com (323.jpg, a Salem salon's scan): the
        one word two lines under the company, which the mailbox spells right
        after it, is of its name; the slogan between is not."""
        text = (
            "WHITE ELEPHANT\nSignature unise\nSALON\n289/5, 6, GVC Arcade,\n"
            "Near A P Medical center,\nSarada College Road,\nSalem - 636 016\n"
            "+91 6380 598 588\n0427 - 4300607 | 4051519\n"
            "whiteelephantsalonsalem@gmail.com"
        )
        card = parse_card_text(
            text,
            "IN",
            line_heights={
                "WHITE ELEPHANT": 0.75,
                "Signature unise": 1.31,
                "SALON": 0.94,
            },
        )
        self.assertEqual(card["company"], "WHITE ELEPHANT SALON")
        self.assertIn("company", low_confidence_fields(card))
        # a word the mailbox does not spell after the company stays apart
        card = parse_card_text(
            "ACME FREIGHT\nTrusted since 1990\nHAMBURG\nsales@acmefreight.de", "DE"
        )
        self.assertEqual(card["company"], "ACME FREIGHT")

    def test_a_role_in_english_as_a_turkish_firm_writes_it(self):
        """ "Sales Responsible" (339.jpg, a Bursa air-spring maker's card): a
        role word of its own, not the French "responsable" misread by a
        letter."""
        card = parse_card_text(
            "ALTON\nHasan ÖZGÜR\nSales Responsible\nUPK Otomotiv Yan.San. ve Tic.A.Ş.\n"
            "Nilüfer / Bursa / TURKEY\nM + 90543 280 11 29\n"
            "hasan.ozgur@altonairsprings.com\nwww.altonairsprings.com",
            "TR",
            line_heights={"Hasan ÖZGÜR": 1.48},
        )
        self.assertEqual(card["title"], "Sales Responsible")
        # the French role a letter off is still mended
        card = parse_card_text(
            "Hasan Oz\nSales Responsabie\nAcme Ltd\nhasan@acme.com", "TR"
        )
        self.assertEqual(card["title"], "Sales Responsable")

    def test_the_holders_mailbox_before_the_offices(self):
        """ "www.hackadesign.com" / "office@hackadesign.com" printed above
        "pawel@hackadesign.com" (329.jpg, a Wrocław design studio's card): the
        contact is the card's holder, so their own address comes first; a card
        with no other keeps the office's."""
        card = parse_card_text(
            "Paweł Łuszyński\nLead Marketing Manager\nwww.hackadesign.com\n"
            "+48 506 044 180\noffice@hackadesign.com\npawel@hackadesign.com",
            "PL",
            line_heights={"Paweł Łuszyński": 1.98},
        )
        self.assertEqual(
            [email for email, _types in card["emails"]],
            ["pawel@hackadesign.com", "office@hackadesign.com"],
        )
        card = parse_card_text(
            "Jan Nowak\nbiuro@nowak.pl\njan@gmail.com\ninfo@nowak.pl", "PL"
        )
        self.assertEqual(
            [email for email, _types in card["emails"]],
            ["jan@gmail.com", "biuro@nowak.pl", "info@nowak.pl"],
        )

    def test_a_brand_in_quotes_in_the_legal_name(self):
        """ "Termy Jakuba" printed large over Baseny Miejskie "Termy Jakuba" Sp.
        z o.o. (353.jpg, a town's swimming baths): the legal name quotes the
        brand, as Polish firms write theirs; the line is the firm's, not a
        person's, and the legal name has its form after the quote."""
        text = (
            'Termy Jakuba\nBaseny Miejskie "Termy Jakuba" Sp. z o.o.\n'
            "55-200 Olawa, ul 1 Maja 33a\ne-mail: biuro@termyjakuba.olawa.pl\n"
            "tel.: +48 71 306 71 00\nwww.termyjakuba.olawa.pl"
        )
        card = parse_card_text(text, "PL", line_heights={"Termy Jakuba": 1.88})
        self.assertEqual(card["name"], "")
        self.assertEqual(card["company"], 'Baseny Miejskie "Termy Jakuba" Sp. z o.o.')
        # a person's name in quotes elsewhere, no legal form: still a name
        card = parse_card_text(
            'Anna Kowalska\nProjektantka\nStudio "Anna Kowalska"\nanna@kowalska.pl',
            "PL",
            line_heights={"Anna Kowalska": 1.8},
        )
        self.assertEqual(card["name"], "Anna Kowalska")

    def test_a_name_with_an_everyday_word_misspelt(self):
        """ "PAUL" / "PROfESiONAL" (357.jpg, a Wrocław cobbler's and key
        shop's card, "professional" with one s): a firm's words, which its
        domain and mailbox spell, not sure as a person's name; a surname that
        is no everyday word stays sure."""
        text = (
            "Oferujemy usługi\nekspresowe\nPAUL\nPROfESiONAL\nNAPRAWA OBUWIA\n"
            "tel. 713111505\npaul_profesional@onet.pl\nwww.paulprofesional.pl"
        )
        card = parse_card_text(
            text, "PL", line_heights={"PAUL": 1.49, "PROfESiONAL": 1.42}
        )
        self.assertIn("name", low_confidence_fields(card))
        card = parse_card_text(
            "Paul Kowalczyk\nDyrektor\npaul.kowalczyk@firma.pl",
            "PL",
            line_heights={"Paul Kowalczyk": 1.6},
        )
        self.assertEqual(card["name"], "Paul Kowalczyk")
        self.assertNotIn("name", low_confidence_fields(card))

    def test_turkish_letters_the_ocr_misread(self):
        """ "Mustafa GÜNDOČAN", "DOČU$ TEKNÍK", "Nevzat ÇOLAKOĠLU" (367.jpg,
        385.jpg, 389.jpg, Istanbul firms' cards): Turkish has no č, ġ nor í,
        and a dollar sign after a letter is an ş; on a Turkish card the letters
        are put back. A Czech card keeps its č."""
        card = parse_card_text(
            "Mustafa GÜNDOČAN\nİkitelli OSB ISDÖK Sanayi Sitesi\n"
            "3. Blok No:7 İkitelli - iSTANBUL\n"
            "Gsm:0 533 5491634\nUFUK\nMETAL\nwww.ufukmetal.com",
            "TR",
            line_heights={"UFUK": 1.59, "METAL": 1.57, "Mustafa GÜNDOČAN": 1.16},
        )
        self.assertEqual(card["name"], "Mustafa GÜNDOĞAN")
        card = parse_card_text(
            "DOČU$ TEKNÍK\nKLIMA HAVALANDIRMA SAN.VE TIC.LTD.ŞTI.\nHüseyin KAYABAŞI\n"
            "AR-GE Yöneticisi\nTel:+90 212 332 12 16(Pbx)\n"
            "www.dogusteknik.com - hkayabasi@dogusteknik.com",
            "TR",
            line_heights={"DOČU$ TEKNÍK": 2.07, "Hüseyin KAYABAŞI": 1.48},
        )
        self.assertEqual(card["company"], "DOĞUŞ TEKNİK")
        self.assertEqual(card["title"], "AR-GE Yöneticisi")
        card = parse_card_text(
            "Ing. Tomáš Novák\nobchodní ředitel\nČESKÁ STROJÍRNA s.r.o.\n"
            "tomas.novak@ceskastrojirna.cz",
            "CZ",
        )
        self.assertEqual(card["company"], "ČESKÁ STROJÍRNA s.r.o.")

    def test_turkish_marks_the_ocr_lost_put_back(self):
        """ "YURTDIŞI IS GELIŞTIRME MÜDÜRÜ" and "KTL ULUSLARARASI TASIMACILIK
        VE TIC. A.S." (09.jpg, an Istanbul forwarder's card), "Genel Müdür
        Yardimcisi" (391.jpg): on a Turkish card, a word of a role or of a
        firm's legal name the OCR read without its cedilla or dots is written as
        Turkish writes it, and "A.S." is the joint-stock company's A.Ş.; a
        person's name is left as read ("Sansel SAGIR", 371.jpg, is printed so),
        and so is a one-word wordmark ("çatisan" is Çatısan, no word)."""
        card = parse_card_text(
            "TL\nCAN ÖZUYSAL\nYURTDIŞI IS GELIŞTIRME MÜDÜRÜ\n"
            "OVERSEAS BUSINESS DEVELOPMENT MANAGER\ncan.ozuysal@kinay.com\n"
            "+90 212 355 06 66 | +90 531 45155 99\n"
            "KTL ULUSLARARASI TASIMACILIK VE TIC. A.S.\n"
            "Barbaros Bulvari, Morbasan Sokak\nKoza iş Merkezi B Blok Giriş Kat\n"
            "34349 Beşiktaş - Istanbul / TÜRKiYE",
            "TR",
            line_heights={"TL": 3.18, "CAN ÖZUYSAL": 1.45},
        )
        self.assertEqual(card["title"], "YURTDIŞI İŞ GELIŞTIRME MÜDÜRÜ")
        self.assertEqual(card["company"], "KTL ULUSLARARASI TAŞIMACILIK VE TIC. A.Ş.")
        self.assertEqual(card["name"], "Can Özuysal")
        card = parse_card_text(
            "Kerem OGUZMAN\naltunbaş\nGenel Müdür Yardimcisi\nVice General Manager\n"
            "metal\nGsm: +90 532 743 91 00 kerem.oguzman@altunbasmetal.com.tr\n"
            "www.altunbasmetal.com.tr",
            "TR",
            line_heights={"Kerem OGUZMAN": 1.32, "altunbaş": 1.8, "metal": 1.6},
        )
        self.assertEqual(card["title"], "Genel Müdür Yardımcısı")
        self.assertEqual(card["name"], "Kerem OGUZMAN")
        card = parse_card_text(*MEISSA_371)
        self.assertEqual(card["name"], "Sansel SAGIR")
        card = parse_card_text(
            "catisan\nM.Suat DEĞİRMENCİOĞLU\nG: +90 533 737 03 46\n"
            "E : catisan@catisanassan.com",
            "TR",
            line_heights={"catisan": 2.44, "M.Suat DEĞİRMENCİOĞLU": 1.63},
        )
        self.assertEqual(card["company"], "catisan")
        # invented: English words on a Turkish card's English lines stay
        # English ("sure" is süre, "operator" operatör in Turkish), and a card
        # that is not Turkish keeps its words as read
        card = parse_card_text(
            "Emre Kaya\nForklift Operator\nSure Logistics Ltd.\n+90 532 111 22 33",
            "TR",
            line_heights={"Emre Kaya": 1.5},
        )
        self.assertEqual(card["title"], "Forklift Operator")
        self.assertEqual(card["company"], "Sure Logistics Ltd.")
        card = parse_card_text(
            "Jan Novak\nObchodni reditel\nTasimacilik Trans a.s.\n"
            "jan.novak@tasimacilik.cz\n+420 601 123 456",
            "CZ",
            line_heights={"Jan Novak": 1.5},
        )
        self.assertEqual(card["company"], "Tasimacilik Trans a.s.")

    def test_turkish_marks_only_where_all_of_it_is_turkish(self):
        """Invented, from a review of the rule above: an English, German or
        Azerbaijani word, an acronym, a partner's name, a word of the holder's
        name or a trade's word spelled without marks ("SAC", sheet metal) is
        left as printed; "A.S." is A.Ş. only where it ends the legal name; a
        local number ending in 0090 says no card is Turkish."""
        cases = [
            # (card text, field, what the field must be)
            (
                (
                    "Levent Aksu\nSales Director, Turkey & CIS\n"
                    "Nordwind Industrial Equipment Ltd.\n+90 212 444 00 11"
                ),
                "title",
                "Sales Director, Turkey & CIS",
            ),
            (
                (
                    "Selin Ak\nMüşteri Hizmetleri / Customer Service Operator\n"
                    "Anadolu Lojistik A.Ş.\n+90 216 333 22 11"
                ),
                "title",
                "Müşteri Hizmetleri / Customer Service Operator",
            ),
            (
                (
                    "Kaan Er\nÜRETİM ŞEFİ\nDOĞRU SAC KESİM SAN. TİC. A.Ş.\n"
                    "+90 224 000 11 11"
                ),
                "company",
                "DOĞRU SAC KESİM SAN. TİC. A.Ş.",
            ),
            (
                (
                    "Petr Dvořák\nRegional Manager\nŠkoda Transport Systems a.s.\n"
                    "Istanbul Liaison Office\n+90 212 555 66 77"
                ),
                "company",
                "Škoda Transport Systems a.s.",
            ),
            (
                (
                    "Ahmet Sonmez\nKurucu\nA.S. Danismanlik Hizmetleri\n"
                    "ahmet@asdanismanlik.com.tr"
                ),
                "company",
                "A.S. Danışmanlık Hizmetleri",
            ),
            (
                "Umut Celik\nFounder & CEO\nCelik Ventures\n+90 532 444 55 66",
                "company",
                "Celik Ventures",
            ),
            (
                (
                    "Zeynep Aktaş\nAvukat\nBoyle & Öztürk Hukuk Bürosu\n"
                    "zeynep@boyleozturk.av.tr"
                ),
                "company",
                "Boyle & Öztürk Hukuk Bürosu",
            ),
            (
                (
                    "Baris Ucar\nIT / IS Müdürü\nKaradeniz Holding A.Ş.\n"
                    "baris.ucar@karadenizholding.com.tr"
                ),
                "title",
                "IT / IS Müdürü",
            ),
            (
                ("Rəşad Quliyev\nBaş direktor\nŞahdağ Tikinti MMC\n+994 12 555 44 33"),
                "title",
                "Baş direktor",
            ),
            (
                (
                    "Linda Chan\nBuyer\nA.S. Watson Retail Europe\n020 7123 0090\n"
                    "linda.chan@aswatson.co.uk"
                ),
                "company",
                "A.S. Watson Retail Europe",
            ),
        ]
        for text, field, printed in cases:
            with self.subTest(printed):
                card = parse_card_text(
                    text, "TR", line_heights={text.split("\n")[0]: 1.5}
                )
                self.assertEqual(card[field], printed)
        # and where all of it is Turkish, the marks are put back
        card = parse_card_text(
            "Gizem Erdem\nMuhasebe Uzmani\nYildiz Mali Musavirlik Burosu\n"
            "gizem@yildizmm.com.tr",
            "TR",
            line_heights={"Gizem Erdem": 1.5},
        )
        self.assertEqual(card["title"], "Muhasebe Uzmanı")
        self.assertEqual(card["company"], "Yıldız Mali Müşavirlik Bürosu")
        self.assertFalse(_turkish_card(["(212) 555-0090", "john@boyleeng.com"]))
        self.assertTrue(_turkish_card(["Tel: 0090 212 555 66 77"]))

    def test_a_member_of_the_board_is_a_role(self):
        """ "MEMBER OF THE BOARD" (337.jpg, a Wrocław foundry's card) and
        "Member of Board" / "Yönetim Kurulu Üyesi" (375.jpg, a Gaziantep firm's):
        a member of a firm's board, a role (in German too); a member of a group
        or an association is none ("Member of the Otto Group", a slogan)."""
        card = parse_card_text(
            "KIGEMA\nŁukasz Ziob\nMEMBER OF THE BOARD\nLUKASZ.ZIOB@KIGEMA.PL\n"
            "+48 664 499 488\nKIGEMA SP. Z O. O.\nUL. FABRYCZNA 10\n53-609 WROCLAW",
            "PL",
            line_heights={"KIGEMA": 2.63, "Łukasz Ziob": 1.53},
        )
        self.assertEqual(card["title"], "MEMBER OF THE BOARD")
        card = parse_card_text(
            "TANIS\nEray TAN\nMember of Board\nYönetim Kurulu Üyesi\n"
            "Gsm: +90 532 130 19 23\nwww. tanis.com.tr\neray.tan@tanis.com.tr",
            "TR",
            line_heights={"TANIS": 3.26, "Eray TAN": 2.13},
        )
        self.assertIn(card["title"], ("Member of Board", "Yönetim Kurulu Üyesi"))
        card = parse_card_text(
            "Anna Schulz\nMitglied des Vorstands\nNordbank AG\nanna.schulz@nordbank.de",
            "DE",
            line_heights={"Anna Schulz": 1.6},
        )
        self.assertEqual(card["title"], "Mitglied des Vorstands")
        card = parse_card_text(
            "Jan Weber\nVertriebsleiter\nMember of the Otto Group\n"
            "Hermes Logistik GmbH\njan.weber@hermes.de",
            "DE",
            line_heights={"Jan Weber": 1.6},
        )
        self.assertEqual(card["title"], "Vertriebsleiter")

    def test_rarer_roles_of_turkish_dutch_and_swedish_cards(self):
        """Invented: a technician (Turkish), a buyer (Dutch, Swedish) are roles,
        to be checked."""
        for text, role in (
            (
                "Mehmet Kaya\nTeknisyen\nKaya Klima Ltd. Şti.\n+90 532 111 22 33",
                "Teknisyen",
            ),
            (
                "Pieter de Vries\nInkoper\nHolland Bloemen B.V.\n+31 6 1234 5678",
                "Inkoper",
            ),
            ("Erik Lund\nInköpschef\nNordtrans AB\n+46 70 123 45 67", "Inköpschef"),
        ):
            with self.subTest(role):
                card = parse_card_text(
                    text, "", line_heights={text.split("\n")[0]: 1.6}
                )
                self.assertEqual(card["title"], role)
                self.assertIn("title", low_confidence_fields(card))

    def test_roles_of_the_cards_other_languages(self):
        """Invented: a fitter (German), a shop assistant (Polish), a driver
        (Turkish), a saleswoman (Dutch), a sales manager (Swedish), a buyer
        (Czech), a woman engineer (French) are roles; a trader is one to check."""
        for text, role in (
            ("Jan Weber\nMonteur\nWeber Haustechnik GmbH\n+49 711 123456", "Monteur"),
            ("Anna Nowak\nSprzedawca\nSklep Nowak\n+48 601 234 567", "Sprzedawca"),
            ("Ali Yıldız\nŞoför\nYıldız Nakliyat\n+90 532 111 22 33", "Şoför"),
            ("Eva de Boer\nVerkoopster\nBloem B.V.\n+31 6 1234 5678", "Verkoopster"),
            ("Erik Lund\nSäljchef\nNordtrans AB\n+46 70 123 45 67", "Säljchef"),
            ("Petr Novák\nNákupčí\nStroj s.r.o.\n+420 601 123 456", "Nákupčí"),
            ("Claire Martin\nIngénieure\nAéro SA\n+33 6 12 34 56 78", "Ingénieure"),
        ):
            with self.subTest(role):
                card = parse_card_text(
                    text, "", line_heights={text.split("\n")[0]: 1.6}
                )
                self.assertEqual(card["title"], role)
        card = parse_card_text(
            "Sam Cole\nTrader\nNorth Sea Energy Ltd.\n+44 7700 900123",
            "GB",
            line_heights={"Sam Cole": 1.6},
        )
        self.assertEqual(card["title"], "Trader")
        self.assertIn("title", low_confidence_fields(card))

    def test_legal_forms_of_more_countries(self):
        """ "RED BULL ADRIA d.O.O." (345.jpg, a Zagreb office's card): the
        Balkans' d.o.o. is a legal form, and the legal name the company over the
        logo's "RedBull"; invented: Denmark's A/S, Brazil's S/A, Hungary's Zrt.
        (a slash between letters is no form: "TCP/IP")."""
        card = parse_card_text(
            "RedBull\nFILIP RUŠIN\nStudent Brand Manager\nfilipr@centrum.sk\n"
            "Phone: +385 (0) 1 6274 300\nMobile: +385 (0) 91 6274 353\n"
            "RED BULL ADRIA d.O.O.\nRadnička cesta 41 /VI\n10 000 Zagreb, Croatia",
            "HR",
            line_heights={"RedBull": 1.72, "FILIP RUŠIN": 1.33},
        )
        self.assertEqual(card["company"], "RED BULL ADRIA d.O.O.")
        for line in (
            "Nordisk Transport A/S",
            "Construtora Alves S/A",
            "Duna Trans Zrt.",
        ):
            with self.subTest(line):
                card = parse_card_text(
                    f"Eva Lind\nSales Manager\n{line}\n+45 12 34 56 78",
                    "",
                    line_heights={"Eva Lind": 1.6},
                )
                self.assertEqual(card["company"], line)
        card = parse_card_text(
            "Eva Lind\nNetwork Engineer\nTCP/IP\n+45 12 34 56 78",
            "DK",
            line_heights={"Eva Lind": 1.6},
        )
        self.assertEqual(card["company"], "")

    def test_what_the_ninth_review_broke_stays_read(self):
        """Invented, from a review of this round's rules: a slash in a role is
        no legal form ("S/E", a region); a board of directors is no Spanish
        "directora" and an exchange's board no firm's; "Ortak" is a surname too,
        "Doktor Oto" a repair shop; the dotted İ the OCR read stays; a firm's
        name in Italian everyday words stays the firm; a role's English word
        before another language's ("Coordenator": Coordinator), and an English
        role short of a letter left as printed ("Dirctor", no Portuguese
        "Diretor")."""
        cases = [
            (
                "Anna Berg\nRegional Sales Manager S/E\nanna.berg@gmail.com",
                "title",
                "Regional Sales Manager S/E",
            ),
            (
                (
                    "Ellen Stone\nMember of the Board of Directors\nGreen Holdings\n"
                    "ellen@greenholdings.com"
                ),
                "title",
                "Member of the Board of Directors",
            ),
            (
                "Tom Trader\nMember of the Board of Trade\ntom.trader@gmail.com",
                "title",
                "",
            ),
            (
                "Ali ORTAK\nSatış Müdürü\nAcme Tekstil A.Ş.\n+90 532 111 22 33",
                "name",
                "Ali ORTAK",
            ),
            (
                (
                    "Kerem Aydın\nDoktor Oto Servis\n+90 532 111 22 33\n"
                    "kerem.aydin@gmail.com"
                ),
                "title",
                "",
            ),
            ("Ayşe YİLMAZ\nSatis Muduru\n+90 532 111 22 33", "name", "Ayşe YİLMAZ"),
            (
                (
                    "Luca Bruni\nResponsabile Vendite\nAcqua & Sapone\n"
                    "luca.bruni@gmail.com"
                ),
                "company",
                "Acqua & Sapone",
            ),
            (
                "Rui Costa\nProject Coordenator\nrui@costa.pt",
                "title",
                "Project Coordinator",
            ),
            ("Sam Lee\nFinance Dirctor\nsam@leefin.com", "title", "Finance Dirctor"),
        ]
        for text, field, value in cases:
            with self.subTest(text.split("\n")[1]):
                card = parse_card_text(
                    text, "", line_heights={text.split("\n")[0]: 1.6}
                )
                self.assertEqual(card[field], value)

    def test_the_name_printed_again_is_no_firm(self):
        """ "Benoit DEBLED" on a circuit-board card's little screen beside the
        printed "Benoît DEBLE" (435.jpg, the OCR cut its last letter): the
        person's name again, no company, though his own domain spells it."""
        card = parse_card_text(
            "28°C\nBenoit DEBLED\nMy Resume\nHeb Server\nWifi Scanner\nFun\n"
            "Settings\nBenoît DEBLE\nEmbedded Engineer\nwww.debled.com\n"
            "benoit@debled.com",
            "FR",
            line_heights={
                "Benoit DEBLED": 0.86,
                "Benoît DEBLE": 1.4,
                "Embedded Engineer": 1.3,
                "www.debled.com": 1.26,
                "benoit@debled.com": 1.3,
            },
        )
        self.assertEqual(card["company"], "")
        self.assertEqual(card["title"], "Embedded Engineer")

    def test_a_legal_form_alone_is_no_firms_name(self):
        """ "SAN. TIC. LTD. ŞTI." (407.jpg, an Istanbul stainless-steel
        maker's card): the end of the legal name, printed under its trade, whose
        name is the wordmark "AS METAL"; the company is the wordmark."""
        card = parse_card_text(
            "ILAÇ- KIMYA - GIDA -TEKSTIL SANAYI\nAS METAL\n"
            "iMALAT - BAKIM - ONARIM\nMAKINA ve PASLANMAZ ÇELIK\n"
            "SAN. TIC. LTD. ŞTI.\n• Çok maksatlı karıştırıcılar\n"
            "Bekir BüLBüL\nTel. :(0212) 671 38 50\n"
            "Demirciler San. Sit. D-2 Blok\nNo: 311 ikitelli / ISTANBUL\n"
            "Gsm:(0532) 271 11 18",
            "TR",
            line_heights={
                "AS METAL": 1.47,
                "MAKINA ve PASLANMAZ ÇELIK": 1.53,
                "SAN. TIC. LTD. ŞTI.": 1.43,
                "Bekir BüLBüL": 1.69,
            },
        )
        self.assertEqual(card["company"], "AS METAL")
        # invented: a firm's initials are no abbreviations; and a legal form
        # alone under the role is no part of it (the role stays sure)
        card = parse_card_text(
            "Harold King\nDirector\nK. & S. Ltd.\nharold@ksltd.co.uk",
            "GB",
            line_heights={"Harold King": 1.6},
        )
        self.assertEqual(card["company"], "K. & S. Ltd.")
        card = parse_card_text(
            "Zhang Min\nExport Manager\nCo., Ltd.\nzhangmin@163.com",
            "CN",
            line_heights={"Zhang Min": 1.6},
        )
        self.assertEqual(card["company"], "")
        self.assertEqual(card["title"], "Export Manager")
        self.assertNotIn("title", low_confidence_fields(card))

    def test_a_turkish_name_whose_marks_the_ocr_read_in_part(self):
        """ "M.Suat DEGIRMENCIOĞLU" (425.jpg, a roofing-panel maker's card; its
        Ğ as the OCR read it "Č", put back first): the OCR read one mark of the
        surname and lost the other, put back (Değirmencioğlu, a miller's son);
        a name read with no mark is left as printed ("Sansel SAGIR", 371.jpg)."""
        card = parse_card_text(
            "catisan\nÇATISAN ÇATI IZOLASYON DEMIRÇELÍK MUHENDISLIK\n"
            "M.Suat DEGIRMENCIOČLU\nKahramanmaraş;\n"
            "T : +90 344 236 64 47 pbx\nE : catisan@catisanassan.com",
            "TR",
            line_heights={"catisan": 2.44, "M.Suat DEGIRMENCIOČLU": 1.63},
        )
        self.assertEqual(card["name"], "M.Suat DEĞİRMENCİOĞLU")
        card = parse_card_text(*MEISSA_371)
        self.assertEqual(card["name"], "Sansel SAGIR")

    def test_the_world_words_shipped_are_the_generators(self):
        """``tools/data/world_words.txt.gz`` is what
        ``scripts/build_world_words.py`` writes from the wordfreq package's
        lists; "heizung" (German) and "soluciones" (Spanish) are everyday words
        abroad, a surname ("schmidt") and a given name ("rosa") are not."""
        root = Path(__file__).resolve().parent.parent
        shipped = gzip.decompress(
            (root / "tools" / "data" / "world_words.txt.gz").read_bytes()
        )
        self.assertEqual(shipped, _generated(root / "scripts" / "build_world_words.py"))
        words = shipped.decode("ascii").split("\n")
        for word in (words[0], words[len(words) // 2], words[-1], "heizung"):
            self.assertTrue(given_names.everyday_abroad(word), word)
        self.assertTrue(given_names.everyday_abroad("soluciones"))
        self.assertFalse(given_names.everyday_abroad("schmidt"))
        self.assertFalse(given_names.everyday_abroad("rosa"))
        self.assertFalse(given_names.everyday_abroad(words[-1] + "zz"))

    def test_the_turkish_words_shipped_are_the_generators(self):
        """``tools/data/turkish_words.txt.gz`` is what
        ``scripts/build_turkish_words.py`` writes from the wordfreq package's
        Turkish list; "iş" is in it, "ön" is not (on, ten, is common too), nor
        "ınstitute" (INSTITUTE lowered the Turkish way)."""
        root = Path(__file__).resolve().parent.parent
        shipped = gzip.decompress(
            (root / "tools" / "data" / "turkish_words.txt.gz").read_bytes()
        )
        self.assertEqual(
            shipped, _generated(root / "scripts" / "build_turkish_words.py")
        )
        words = set(shipped.decode("utf-8").split("\n"))
        self.assertIn("iş", words)
        self.assertIn("yardımcısı", words)
        self.assertNotIn("ön", words)
        self.assertNotIn("ınstitute", words)

    def test_turkish_and_polish_roles(self):
        """ "AR-GE Yöneticisi" (the research manager, 385.jpg) and "Notariusz"
        (a notary, 327.jpg, a Wrocław notary's office): roles, not the firm's
        name. A membership ("TÜRSAB Üyesi", "Członek Cechu") is no role."""
        card = parse_card_text(
            "ARSAN MAKİNA\nHüseyin KAYA\nAR-GE Yöneticisi\nTel:+90 212 332 12 16\n"
            "hkaya@arsanmakina.com.tr",
            "TR",
            line_heights={"ARSAN MAKİNA": 2.0, "Hüseyin KAYA": 1.5},
        )
        self.assertEqual(card["title"], "AR-GE Yöneticisi")
        card = parse_card_text(
            "KANCELARIA NOTARIALNA\nNATALIA ŁYSZCZAK\nNotariusz\n"
            "+48 71 707 29 71\nkancelaria@notariuszastra.pl\nwww.notariuszastra.pl",
            "PL",
            line_heights={"NATALIA ŁYSZCZAK": 1.3, "KANCELARIA NOTARIALNA": 1.1},
        )
        self.assertEqual(card["title"], "Notariusz")
        self.assertNotEqual(card["company"], "Notariusz")
        for text in (
            (
                "Ayşe Demir\nATLAS TURİZM\nTÜRSAB Üyesi A Grubu 1234\n"
                "+90 242 111 22 33\nayse@atlasturizm.com.tr"
            ),
            (
                "Wojciech Zieliński\nZIELIŃSKI MEBLE\nCzłonek Cechu Rzemiosł Różnych\n"
                "+48 602 333 444\nw.zielinski@zielinskimeble.pl"
            ),
        ):
            with self.subTest(text.split("\n")[2]):
                self.assertEqual(parse_card_text(text, "TR")["title"], "")

    def test_a_shops_opening_hours_are_no_chat(self):
        """A shop's card printing its opening hours day by day ("pon.-pt.
        09:00-21:00", a Wrocław phone shop's, like 358.jpg's) is a card, not a
        screenshot of a conversation: a time from and to is no message's time.
        A conversation, its messages' times line after line, still is one."""
        card = (
            "Salon Sieci\nCH Arkady\nul. Legnicka 10\n54-204 Wrocław\n"
            "tel. kom.: +48 790 111 222\npon.-pt. 09:00-21:00\n"
            "sob. 09:00 - 21:00\nndz. 10.00–19.00\nMon–Fri 10:00 AM to 7:00 PM"
        )
        self.assertIsNone(not_a_card(card))
        chat = (
            "Anna\nhi, are you coming?\n09:12\nyes, 10 minutes\n09:14\n"
            "ok see you\n09:15\nTyping..."
        )
        self.assertEqual(not_a_card(chat), "chat")

    def test_a_german_degree_after_the_name(self):
        """ "Frank Stahlhacke, Dipl.-Ing." (331.jpg, a Hagen spring maker's
        card): a degree whose parts a hyphen joins, each with its dot, after
        the comma; the name is the words before it."""
        for degree in ("Dipl.-Ing.", "Dr.-Ing.", "Dipl.-Wirt.-Ing."):
            with self.subTest(degree):
                card = parse_card_text(
                    f"EVDF\nRENZING\nFrank Stahlhacke, {degree}\n"
                    "Bereichsleiter Produktion & Qualität/Production Manager\n"
                    "RENZING GmbH\nTelefon +49 2334 9587-23\n58119 Hagen\n"
                    "www.vdf-federn.de\nf.stahlhacke@vdf-federn.de",
                    "DE",
                    line_heights={"EVDF": 1.47, "RENZING": 1.35},
                )
                self.assertEqual(card["name"], "Frank Stahlhacke")

    def test_what_the_sixth_review_broke_stays_read(self):
        """Cards a review wrote to break the Turkish letters, mailbox order,
        quoted brand, misspelt word and opening hours rules (invented): each
        read as it should be."""
        # a Czech, Croatian or Spanish name keeps its letters beside Turkey
        for text, name, company in (
            (
                (
                    "Tomáš Čermák\nCountry Manager Czech Republic\nÇELİK YAPI A.Ş.\n"
                    "+420 602 123 456\ntomas.cermak@celikyapi.com.tr"
                ),
                "Tomáš Čermák",
                "ÇELİK YAPI A.Ş.",
            ),
            (
                (
                    "Ivan Kovačević\nKey Account Manager\nKončar d.d.\n"
                    "+385 1 3655 555\nTurkey: 0090 532 111 22 33\n"
                    "ivan.kovacevic@koncar.hr"
                ),
                "Ivan Kovačević",
                "Končar d.d.",
            ),
            (
                (
                    "María José Jiménez\nDirectora de Exportación\n"
                    "Cerámicas del Levante S.L.\nTel. +34 964 123 456\n"
                    "Oficina Estambul: +90 212 444 55 66\nmjjimenez@ceramicaslevante.es"
                ),
                "María José Jiménez",
                "Cerámicas del Levante S.L.",
            ),
            (
                (
                    "Kerem Aydın\nSatış Müdürü\nCA$H EXPRESS DÖVİZ\n+90 212 333 44 55\n"
                    "kerem@cashexpress.com.tr"
                ),
                "Kerem Aydın",
                "CA$H EXPRESS DÖVİZ",
            ),
        ):
            with self.subTest(name):
                card = parse_card_text(text, "US")
                self.assertEqual(card["name"], name)
                self.assertEqual(card["company"], company)
        card = parse_card_text(
            "Mehmet Yılmaz\nTur Rehberi\nBLUE CRUISE TOURS\n"
            "Daily boat trips from 25 US$\n+90 532 111 22 33\ninfo@bluecruise.com.tr",
            "TR",
        )
        self.assertNotIn("USŞ", card["note"] + "".join(card["lines"]))
        # a role's mailbox printed first stays first beside an agency's or a
        # colleague's address
        for text, email in (
            (
                (
                    "Marta Wiśniewska\nSpecjalista ds. sprzedaży\nsales@polmet.pl\n"
                    "Asystentka: k.nowak@polmet.pl\n+48 22 123 45 67"
                ),
                "sales@polmet.pl",
            ),
            (
                (
                    "Anna Bellamy\nPhotographer\nmail@annabellamy.com\n"
                    "Represented by Lens Agency\nbookings@lensagency.com\n"
                    "+44 7700 900123"
                ),
                "mail@annabellamy.com",
            ),
        ):
            with self.subTest(email):
                card = parse_card_text(text, "PL")
                self.assertEqual(card["emails"][0][0], email)
        # the owner's name the firm bears, quoted in its legal name
        card = parse_card_text(
            'Henryk Kania\nPrezes Zarządu\nZakłady Mięsne "Henryk Kania" S.A.\n'
            "ul. Korczaka 5, 43-200 Pszczyna\n+48 32 449 12 00\n"
            "h.kania@henrykkania.pl",
            "PL",
        )
        self.assertEqual(card["name"], "Henryk Kania")
        # a surname an odd word is a letter off, with no domain spelling it
        card = parse_card_text(
            "Tom Sterling\nSales Director\nApex Components Ltd\n+44 7700 900789\n"
            "tom.sterling@apexcomponents.co.uk",
            "GB",
        )
        self.assertNotIn("name", low_confidence_fields(card))
        # a phone's call log, each call a few minutes, is no card
        self.assertEqual(
            not_a_card(
                "Calls\nMom\nToday 9:00 - 9:05\nDad\nYesterday 18:30 - 18:42\n"
                "Anna\nMonday 20:00 - 20:15\nMissed call"
            ),
            "chat",
        )

    def test_a_turkish_role_over_its_english(self):
        """ "Satınalma Sorumlusu" / "Purchasing Specialist" (393.jpg, an Ankara
        forge's card): the Turkish role is whole, its noun last ("Sorumlusu",
        the one responsible); the English under it is its translation, not
        the rest of it."""
        card = parse_card_text(
            "Umut KAŞIKARA\nSatınalma Sorumlusu\nPurchasing Specialist\n"
            "umut@doganlardovme.com.tr\nT: 0312 815 47 70 (Pbx)",
            "TR",
            line_heights={"Umut KAŞIKARA": 1.36},
        )
        self.assertEqual(card["title"], "Satınalma Sorumlusu")

    def test_a_german_qualification_and_a_slash_before_the_english_role(self):
        """ "Michael Wrase, Techn. Betriebswirt (IHK)" over "Teamleiter techn.
        Produktmanagement/" and its English (335.jpg, a spring maker's card):
        the qualification the chamber (IHK) certifies is no part of the name,
        and the slash before the role's English no part of the role."""
        card = parse_card_text(
            "EVDF\nE VOGTLAND\nFEDERNTECHNIK\n"
            "Michael Wrase, Techn. Betriebswirt (IHK)\n"
            "Teamleiter techn. Produktmanagement/\n"
            "Team Leader Techn. Productmanangement\nVDF VOGTLAND\nTelefon\n"
            "+49 2334 801-63\nFederntechnik GmbH\nm.wrase@vdf-federn.de\n"
            "www.vdf-federn.de",
            "DE",
            line_heights={"EVDF": 1.55, "E VOGTLAND": 1.47},
        )
        self.assertEqual(card["name"], "Michael Wrase")
        self.assertEqual(card["title"], "Teamleiter techn. Produktmanagement")

    def test_the_wordmarks_second_line_past_the_role(self):
        """ "altunbaş" / "Genel Müdür Yardımcısı" / "Vice General Manager" /
        "metal" at altunbasmetal.com.tr (391.jpg, an Istanbul steel firm's
        card): the wordmark's second line, printed as large and spelled by the
        domain right after it, is of the company's name; a small word so
        spelled is not."""
        text = (
            "Kerem OGUZMAN\naltunbaş\nGenel Müdür Yardimcisi\nVice General Manager\n"
            "metal\nTel : +90 216 593 19 19\nkerem.oguzman@altunbasmetal.com.tr\n"
            "www.altunbasmetal.com.tr"
        )
        heights = {"Kerem OGUZMAN": 1.32, "altunbaş": 1.8, "metal": 1.6}
        card = parse_card_text(text, "TR", line_heights=heights)
        self.assertEqual(card["company"], "altunbaş metal")
        card = parse_card_text(text, "TR", line_heights=dict(heights, metal=0.9))
        self.assertEqual(card["company"], "altunbaş")

    def test_a_turkish_address_is_no_name_nor_role(self):
        """ "Ahmet ihsan DAMA" over "İkitelli Organize San.Bölg.Çevre San.Sit."
        (411.jpg, an Istanbul machine maker's card): the capital İ the OCR
        read small is put back, and the industrial zone is the address, not
        the person; "Elektrik&Elektronik Mühendisi" over "Gürpinar, Adnan
        Kahveci Mahallesi Mehmetçik Caddesi" (399.jpg): the role stops where
        the quarter and the avenue begin."""
        card = parse_card_text(DAMASAN_411, "TR", line_heights={"DAMASAN": 1.12})
        self.assertEqual(card["name"], "Ahmet İhsan DAMA")
        card = parse_card_text(
            "özbilim\nTEKSTIL MAKINALARI SAN. TIC. LTD. ŞTI\nYilmaz YILMAZ\n"
            "Elektrik&Elektronik Mühendisi\n"
            "Gürpinar, Adnan Kahveci Mahallesi Mehmetçik Caddesi\n"
            "Şirin Sanayi Sitesi No: 3/E1 Beylikdüzü - ISTANBUL / TÜRKiYE\n"
            "E-mail: yilmaz@ozbilim.com",
            "TR",
            line_heights={"özbilim": 2.64, "Yilmaz YILMAZ": 1.21},
        )
        self.assertEqual(card["title"], "Elektrik&Elektronik Mühendisi")

    def test_the_founders_firm_over_its_manager(self):
        """ "BURAK PANO" over "Kenan UÇAR" at burakpano.com.tr and
        burakpano@hotmail.com (413.jpg, an Istanbul switchboard maker's
        card): a name the domain and the mailbox spell is the person's own
        only when no other person's name, printed as large, is on the card;
        here it is the firm, named after its founder."""
        card = parse_card_text(
            "BURAK PANO\nELEKTRIK PANO ve MAKINA SANAYI\nKenan UÇAR\n"
            "ikitelli Organize Sanayi Bölgesi Metaliș San. Sit. 3. Blok No:24\n"
            "Tel: 0212 493 20 00 Fax: 0212 493 20 01\n"
            "www.burakpano.com.tr e-mail: burakpano@hotmail.com",
            "TR",
            line_heights={"BURAK PANO": 0.95, "Kenan UÇAR": 1.31},
        )
        self.assertEqual(card["name"], "Kenan UÇAR")
        self.assertEqual(card["company"], "BURAK PANO")
        # alone on its card, the person's own name stays the name
        card = parse_card_text(
            "Burak Kaya\nMimar\nwww.burakkaya.com.tr\nburakkaya@gmail.com",
            "TR",
            line_heights={"Burak Kaya": 1.5},
        )
        self.assertEqual(card["name"], "Burak Kaya")

    def test_a_section_sign_read_for_the_turkish_s(self):
        """ "DTI Tozsuzlaştırma Teknolojileri Sanayi ve Ticaret A.§."
        (429.jpg, a de-dusting firm's card): the OCR read the Ş of A.Ş. as a
        section sign; put back, the line is the firm's legal name, not the
        business centre under it."""
        card = parse_card_text(
            "DTI Tozsuzlaştırma Teknolojileri Sanayi ve Ticaret A.§.\n"
            "Mehmet Akif Caddesi 1. Sokak\nHaydar Akın iş Merkezi 1. Blok No: 25/6\n"
            "34188 Şirinevler / Bahçelievler - iSTANBUL\nT: +90 212 639 85 00\n"
            "dti@dal-group.com\nwww.de-dusting.com",
            "TR",
        )
        self.assertEqual(
            card["company"], "DTI Tozsuzlaştırma Teknolojileri Sanayi ve Ticaret A.Ş."
        )

    def test_what_the_seventh_review_broke_stays_read(self):
        """Cards a review wrote to break the Turkish letters, Turkish address,
        founder's firm, Turkish role noun and trailing slash rules (invented):
        each read as it should be."""
        for text, field, value, *more in (
            (
                (
                    "Ahmed ibn RASHID\nGenel Müdür\nAL NOOR DIŞ TİCARET A.Ş.\n"
                    "ahmed@alnoor.com.tr\nwww.alnoor.com.tr\n+90 212 555 12 34"
                ),
                "name",
                "Ahmed ibn RASHID",
            ),
            (
                (
                    "Mehmet YILMAZ\niOS Developer\nAPPTEK YAZILIM\n"
                    "Maslak Mah. Büyükdere Cad. No:5\nmehmet@apptek.com.tr"
                ),
                "title",
                "iOS Developer",
            ),
            (
                (
                    "Ayşe Özkan\nChief information Officer\nNETBİLİŞİM\n"
                    "ayse@netbilisim.com.tr"
                ),
                "title",
                "Chief information Officer",
            ),
            (
                (
                    "Organize San Diego\nMaria Lopez\nCommunity Organizer\n"
                    "maria@organizesandiego.org\nwww.organizesandiego.org"
                ),
                "company",
                "Organize San Diego",
            ),
            (
                (
                    "Osbert Lancaster\nManaging Director\nOSB Consulting Ltd\n"
                    "osbert@osbconsulting.co.uk\nwww.osbconsulting.co.uk"
                ),
                "company",
                "OSB Consulting Ltd",
            ),
            (
                (
                    "SOKAK LEZZETLERİ\nMurat ŞAHİN\nİşletme Müdürü\n"
                    "Kadıköy / İSTANBUL\nmurat@sokaklezzetleri.com.tr"
                ),
                "company",
                "SOKAK LEZZETLERİ",
            ),
            (
                (
                    "Deniz Aydın\nAvukat\nAyşe Kara\nStajyer Avukat\n"
                    "denizaydin@hotmail.com\nwww.denizaydin.av.tr"
                ),
                "name",
                "Deniz Aydın",
                {"Deniz Aydın": 2.0, "Ayşe Kara": 2.0},
            ),
            (
                (
                    "JOHN PARKER\nReal Estate Broker\nMary Smith\nOffice Manager\n"
                    "johnparker@gmail.com\nwww.johnparker.com\n(555) 123-4567"
                ),
                "name",
                "John Parker",
                {"JOHN PARKER": 2.0, "Mary Smith": 2.0},
            ),
            (
                (
                    "Ayşe DEMİR\nDEMİR ISI\nısının mühendisi\nayse@demirisi.com.tr\n"
                    "+90 212 555 11 22"
                ),
                "title",
                "",
            ),
            (
                (
                    "Jane Cooper\nCreative Director //\nPixel Forge Studio\n"
                    "jane@pixelforge.com\nwww.pixelforge.com"
                ),
                "title",
                "Creative Director",
            ),
        ):
            with self.subTest(value or text.split("\n")[2]):
                heights = {text.split("\n")[0]: 2.0, **dict(*more)}
                card = parse_card_text(text, "US", line_heights=heights)
                self.assertEqual(card[field], value)

    def test_turkish_firms_words_and_a_domain_that_adds_one(self):
        """Turkish trade words are firms' ("EMÍN METAL", 409.jpg: a metal
        shop's card with no person; "DAMASAN" / "Makina", 411.jpg), "ve" (and)
        is in no name ("KESIM ve BÜKÜM IşLERI", its services); "AK-EM" at
        akemmakina.com (419.jpg) is the name the domain spells with its
        trade's word added, its legal form's "$" an Ş; "asos" / "çelik kapı"
        at asoscelikkapi.com (401.jpg) a wordmark of two lines, the second in
        small letters, the domain spells whole."""
        card = parse_card_text(
            "EMÍN METAL\nSac & Sac Ürünleri\nKESIM ve BÜKÜM IşLERI\n"
            "Tel&Fax: 0212 671 23 54 Gsm: 0532 577 75 77\nemin-metal@hotmail.com\n"
            "ikitelli O.S.B. Metal iş San. Sit. 17. Blok No:31",
            "TR",
            line_heights={"EMÍN METAL": 1.79, "KESIM ve BÜKÜM IşLERI": 1.23},
        )
        self.assertEqual(card["name"], "")
        self.assertEqual(card["company"], "EMİN METAL")
        card = parse_card_text(DAMASAN_411, "TR", line_heights={"DAMASAN": 1.12})
        self.assertEqual(card["company"], "DAMASAN Makina")
        card = parse_card_text(
            "AK-EM\nMAKINA MOTORLU ARC.\niNS.SAN.TIC.LTD.$TI.\nSeyfettin KARAGÖZ\n"
            "Genel Müdür\n+90 (382) 215 36 56\nwww.akemmakina.com\n"
            "seyfettin@akemmakina.com",
            "TR",
            line_heights={"AK-EM": 2.16, "Seyfettin KARAGÖZ": 1.52},
        )
        self.assertEqual(card["company"], "AK-EM")
        self.assertIn("LTD.ŞTI.", card["note"] + "\n".join(card["lines"]))
        card = parse_card_text(
            "asos\nçelik kapı\nOğuzhan ÖZER\nTel : +90 352 311 49 40\n"
            "oguzhan@asoscelikkapi.com\nwww.asoscelikkapi.com",
            "TR",
            line_heights={"asos": 2.02, "çelik kapı": 2.4, "Oğuzhan ÖZER": 1.51},
        )
        self.assertEqual(card["company"], "asos çelik kapı")

    def test_a_turkish_given_names_capital_read_small_first(self):
        """ "iskender DOČAN" (427.jpg, a Kayseri press maker's card): the
        name's dotted capital İ read small, first on its line, is put back,
        and the name is the person's, not "DIE TECHNIK" over it."""
        card = parse_card_text(
            "kurven\nDIE TECHNIK\niskender DOČAN\nYönetim Kurulu Başkanı\n"
            "0532 778 3583\nMelikgazi/KAYSERi\ninfo@kurven.com.tr",
            "TR",
            line_heights={
                "kurven": 2.83,
                "DIE TECHNIK": 0.63,
                "iskender DOČAN": 1.43,
            },
        )
        self.assertEqual(card["name"], "İskender DOĞAN")

    def test_a_turkish_initial_and_role_shortened(self):
        """ "Mak. Müh." over "$. ERSIN KUTLUAY" (415.jpg, an Istanbul sheet
        metal trader's card): "Müh." is the engineer's role shortened, and the
        dollar sign before the dot the initial Ş the OCR misread."""
        card = parse_card_text(
            "SAC TICARET\nERK\nSAN. LTD. ŞTİ.\nMak. Müh.\n$. ERSIN KUTLUAY\n"
            "İkitelli Organize San. Demirciler Sit. B6 Blok No: 138 İkitelli - IST.\n"
            "Tel : (0212) 549 08 08 - (0212)549 76 98 Fax : (0212) 549 76 97",
            "TR",
            line_heights={"ERK": 1.36, "SAC TICARET": 1.15},
        )
        self.assertEqual(card["name"].casefold(), "ş. ersin kutluay")
        self.assertEqual(card["title"], "Mak. Müh.")

    def test_a_slogan_in_quotes_and_a_wordmark_without_its_accents(self):
        """ "catisan" over "ÇATISAN ÇATI IZOLASYON ..." and '"Sandviç Panel
        Uzmani"' under a partner's logo (425.jpg, a Kahramanmaraş roofing
        firm's card): the wordmark the OCR read without its Turkish letters is
        spelled as the legal name prints it; a line in quotes is a motto, no
        role."""
        card = parse_card_text(
            "catisan\nÇATISAN ÇATI IZOLASYON DEMIRÇELÍK MUHENDISLIK\n"
            "AKARYAKIT TASIMACILIK INSAAT SAN.VE TIC.LTD.STI.\nASSANPANEL\n"
            '"Sandviç Panel Uzmani"\nM.Suat DEGIRMENCIOČLU\nKahramanmaraş;\n'
            "G: +90 533 737 03 46\nE : catisan@catisanassan.com",
            "TR",
            line_heights={
                "catisan": 2.44,
                "ASSANPANEL": 1.28,
                "M.Suat DEGIRMENCIOČLU": 1.63,
            },
        )
        self.assertEqual(card["company"], "çatisan")
        self.assertEqual(card["title"], "")

    def test_what_the_eighth_review_broke_stays_read(self):
        """Cards a review wrote to break the Turkish firms' words, the "ve"
        rule, the İ put back, the wordmark with a trade's word and the two
        lines the domain spells (invented): each read as it should be."""
        for text, field, value, *more in (
            (
                (
                    "Kimya Dawson\nSinger-Songwriter\nkimya@kimyadawson.com\n"
                    "+1 206 555 0142"
                ),
                "name",
                "Kimya Dawson",
            ),
            (
                "Andreï Makine\nÉcrivain\nÉditions du Seuil\nandrei.makine@seuil.fr",
                "name",
                "Andreï Makine",
            ),
            (
                (
                    "Nguyễn Văn Vệ\nGiám đốc\nCông ty TNHH Minh Phát\n"
                    "ve.nguyen@minhphat.vn\n+84 90 555 1234"
                ),
                "name",
                "Nguyễn Văn Vệ",
            ),
            (
                (
                    "İskender Kebap Salonu\nBursa\n+90 224 555 11 22\n"
                    "info@iskenderkebap.com.tr"
                ),
                "company",
                "İskender Kebap Salonu",
                {"İskender Kebap Salonu": 3.0},
            ),
            (
                (
                    "ivan PETROV\nExport Manager\nAnadolu Makina San. Tic. Ltd. Şti.\n"
                    "ivan.petrov@anadolumakina.com.tr\n+90 212 555 12 34"
                ),
                "name",
                "Ivan PETROV",
            ),
            (
                (
                    "Linda Park\nProject Manager\nGulf Coast Builders\nHouston\n"
                    "linda@houstonconstruction.com\n+1 713 555 0199"
                ),
                "company",
                "Gulf Coast Builders",
                {"Houston": 1.6},
            ),
            (
                (
                    "Deniz Kaya\nSatış Müdürü\nLiman Park\nAsya Kulesi\n"
                    "deniz.kaya@arkas.com\n+90 232 555 12 34"
                ),
                "company",
                "",
            ),
        ):
            with self.subTest(value or text.split("\n")[2]):
                heights = {text.split("\n")[0]: 2.0, **dict(*more)}
                card = parse_card_text(text, "US", line_heights=heights)
                self.assertEqual(card[field], value)

    def test_roles_of_the_nordic_finnish_dutch_and_hungarian_cards(self):
        """Invented: a managing director ("Daglig leder", Norwegian), a project
        manager (Norwegian, Danish, Finnish), an adviser, an owner (Danish,
        Swedish), a sales adviser (Dutch), a sales manager (Hungarian) are
        roles; "Leder" alone is none (German leather: "Leder Schmidt")."""
        for role in (
            "Daglig leder",
            "Prosjektleder",
            "Projektleder",
            "Rådgiver",
            "Indehaver",
            "Ägare",
            "Projektipäällikkö",
            "Verkoopadviseur",
            "Értékesítési vezető",
            # and an Indonesian commissioner
            "Komisaris",
        ):
            with self.subTest(role):
                text = f"Alex Morgan\n{role}\nNordvik Partners\nalex@nordvik.com"
                card = parse_card_text(text, "", line_heights={"Alex Morgan": 1.6})
                self.assertEqual(card["title"], role)
        card = parse_card_text(
            "Jan Weber\nLeder\n+49 711 123456", "DE", line_heights={"Jan Weber": 1.6}
        )
        self.assertEqual(card["title"], "")
        # "Daglig transport Oslo – Bergen": daily, a haulier's slogan
        card = parse_card_text(
            "NORDBUD TRANSPORT AS\nDaglig transport Oslo – Bergen\nKari Nordmann\n"
            "kari@nordbud.no",
            "NO",
            line_heights={"NORDBUD TRANSPORT AS": 3.0},
        )
        self.assertEqual(card["title"], "")

    def test_an_indian_accountants_licence_before_the_name(self):
        """ "CA Anil Kumar Gupta": a chartered accountant's licence, as Indian
        cards print it before the name, is not part of it; "Ca" in small letters
        is a name's (a Vietnamese given name: "Ca Van Nguyen"), "CS" a
        Malaysian's initials ("CS Tan Ah Kow"). (Invented cards.)"""
        for line, name in (
            ("CA Anil Kumar Gupta", "Anil Kumar Gupta"),
            ("Ca Van Nguyen", "Ca Van Nguyen"),
            ("CS Tan Ah Kow", "CS Tan Ah Kow"),
        ):
            with self.subTest(line):
                card = parse_card_text(
                    f"{line}\nPartner\nGupta & Associates\ninfo@guptaassociates.in",
                    "IN",
                    line_heights={line: 1.6},
                )
                self.assertEqual(card["name"], name)

    def test_a_department_alone_under_the_name(self):
        """Invented: "Operations", "Customer Service", "Talent Acquisition"
        right under the name, on a card that names no role, is the person's
        work, to be checked; not "Global" (a region), nor "Logistics" printed
        larger than the name (the wordmark's rest), nor a list of trades."""
        for line, title in (
            ("Operations", "Operations"),
            ("Customer Service", "Customer Service"),
            ("Talent Acquisition", "Talent Acquisition"),
            ("Global", ""),
            ("Logistics · Warehousing · Customs", ""),
        ):
            with self.subTest(line):
                card = parse_card_text(
                    f"Alex Morgan\n{line}\nNordvik Partners\nalex@nordvik.com",
                    "GB",
                    line_heights={"Alex Morgan": 1.6},
                )
                self.assertEqual(card["title"], title)
                if title:
                    self.assertIn("title", low_confidence_fields(card))
        card = parse_card_text(
            "ATLAS\nLogistics\nAlex Morgan\nalex@atlas.com",
            "GB",
            line_heights={"ATLAS": 3.0, "Logistics": 2.0, "Alex Morgan": 1.2},
        )
        self.assertEqual(card["title"], "")

    def test_professions_of_small_firms_cards(self):
        """Invented: an esthetician, a doula, a tax preparer are roles; a
        handyman under a wordmark, on a card that names no one, is the firm's
        trade (309.jpg: "MISTERBEN" / "Painter and" / "handyman")."""
        for role in ("Licensed Esthetician", "Doula", "Tax Preparer"):
            with self.subTest(role):
                card = parse_card_text(
                    f"Maya Reed\n{role}\nGlow Studio\nmaya@glowstudio.com",
                    "US",
                    line_heights={"Maya Reed": 1.6},
                )
                self.assertEqual(card["title"], role)
        card = parse_card_text(
            "MISTERBEN\nPainter and\nhandyman\nmisterben.co.uk",
            "GB",
            line_heights={"MISTERBEN": 2.5},
        )
        self.assertEqual(card["title"], "")

    def test_a_floor_or_a_suite_is_the_address(self):
        """Invented: "Trade Center, 5th Floor", "Ground Floor, Phoenix Mall",
        "Kat: 5 Daire: 12", "Shop No. 12" are where the office is, never the
        company nor the rest of the title above them; "Office 365" and "Level 3
        Support" are no floor."""
        for line in (
            "Trade Center, 5th Floor",
            "Ground Floor, Phoenix Mall",
            "Kat: 5 Daire: 12",
            "Shop No. 12, Galaxy Complex",
            "Level 12, Tower B",
        ):
            with self.subTest(line):
                card = parse_card_text(
                    f"Jamie Fox\nSales Manager\n{line}\njamiefox@gmail.com",
                    "US",
                    line_heights={"Jamie Fox": 1.6},
                )
                self.assertEqual(card["company"], "")
                self.assertEqual(card["title"], "Sales Manager")
        for title in ("Office 365 Specialist", "Level 3 Support Engineer"):
            with self.subTest(title):
                card = parse_card_text(
                    f"Jamie Fox\n{title}\nNordvik Partners\njamie@nordvik.com",
                    "US",
                    line_heights={"Jamie Fox": 1.6},
                )
                self.assertEqual(card["title"], title)
        # firms named so: "First Stock Brokers Ltd", "13th Floor Media Group",
        # "Room 8 Studio", "Level 5, Fitness & Spa"
        for firm in (
            "First Stock Brokers Ltd",
            "13th Floor Media Group",
            "Room 8 Studio",
            "First Piano Academy",
            "Level 5, Fitness & Spa",
        ):
            with self.subTest(firm):
                card = parse_card_text(
                    f"Jamie Fox\nProducer\n{firm}\njamie@gmail.com",
                    "US",
                    line_heights={"Jamie Fox": 1.6},
                )
                self.assertEqual(card["company"], firm)

    def test_a_name_the_ocr_misread_parted_or_specked(self):
        """Invented: "Iohn Smith" (an I read for the J of a known given name)
        is to be checked, as "Ivan Smith" is not; "Jo hn Smith", "JO HN SMITH"
        (a space read inside the given name) are made whole, "Maria de Souza"
        keeps its particle; "John Smith ©" (an icon's mark after the name)
        loses the mark."""

        def card_of(line):
            return parse_card_text(
                f"{line}\nSales Manager\nNordvik Partners Ltd\njsmith@nordvik.com",
                "GB",
                line_heights={line: 1.6},
            )

        card = card_of("Iohn Smith")
        self.assertIn("name", low_confidence_fields(card))
        self.assertNotIn("name", low_confidence_fields(card_of("Ivan Smith")))
        for line, name in (
            ("Jo hn Smith", "John Smith"),
            ("JO HN SMITH", "John Smith"),
            # a middle initial, no part of the given name
            ("John S Smith", "John S Smith"),
            ("JOHN S SMITH", "John S Smith"),
            ("John Smith ©", "John Smith"),
            ("Maria de Souza", "Maria de Souza"),
        ):
            with self.subTest(line):
                self.assertEqual(card_of(line)["name"], name)

    def test_a_title_shortened(self):
        """Invented: "Dir. of Ops." (a director of operations, shortened) is the
        title, to be checked."""
        card = parse_card_text(
            "John Smith\nDir. of Ops.\nNordvik Partners Ltd\njohn@nordvik.com",
            "GB",
            line_heights={"John Smith": 1.6},
        )
        self.assertEqual(card["title"], "Dir. of Ops.")
        self.assertEqual(card["company"], "Nordvik Partners Ltd")

    def test_a_legal_form_tells_the_country_of_the_numbers(self):
        """Invented, read in the United States: a legal form only one country
        writes, ending the firm's line ("Ltd. Şti.": Turkey, "Sp. z o.o.":
        Poland, "Công ty TNHH": Vietnam), tells the country of the card's
        numbers without a country code, when they are no numbers of the user's
        own country; the number stays to be checked. Not a form other
        countries write too ("Pvt. Ltd.": India, Nepal, Pakistan; "S.R.L."),
        nor one beside the user's own country's number ("Acme Polska Sp. z
        o.o." with a New York number), nor a person's initials ("B.V. Ramana
        Rao")."""
        for firm, number, phone, region in (
            (
                "Kaya Tekstil Ltd. Şti.",
                "GSM: 0532 111 22 33",
                "+90 532 111 22 33",
                "US",
            ),
            ("Polmet Sp. z o.o.", "601 234 567", "+48 601 234 567", "US"),
            ("Công ty TNHH ABC", "0901 234 567", "+84 901 234 567", "US"),
            ("Nordvik Partners Pvt. Ltd.", "080-2345 6789", "080-2345 6789", "US"),
            ("Acme S.R.L.", "0721 123 456", "+40 721 123 456", "RO"),
            ("Acme Polska Sp. z o.o.", "212 555 0142", "+1 212-555-0142", "US"),
            ("B.V. Ramana Rao", "Mob: 98450 12345", "+91 98450 12345", "IN"),
        ):
            with self.subTest(firm):
                card = parse_card_text(
                    f"Ravi Kumar\nSales Manager\n{firm}\n{number}\nravi@gmail.com",
                    region,
                    line_heights={"Ravi Kumar": 1.6},
                )
                self.assertEqual(card["phones"][0][0], phone)
                self.assertIn("phone", low_confidence_fields(card))

    def test_the_next_number_after_a_dash(self):
        """ "Tel.: 0212 671 29 44-45 Faks: 0212 671 29 43" (417.jpg, an Istanbul
        paint dealer's card): the number and the last digits of the next one
        its owner answers too; the first is the card's number, and "Faks" is a
        fax (Turkish). Not a German extension: "+49 2334 9587-23" is one
        number."""
        card = parse_card_text(
            "Emin ÖZDEMİR\nBölge Müdürü\neminelboya@gmail.com\n"
            "Tel.: 0212 671 29 44-45 Faks: 0212 671 29 43",
            "TR",
        )
        self.assertEqual(
            card["phones"],
            [("+90 212 671 29 44", ["work"]), ("+90 212 671 29 43", ["fax"])],
        )
        card = parse_card_text("Jan Weber\nVertrieb\nTel. +49 2334 9587-23", "DE")
        self.assertEqual(card["phones"], [("+49 2334 958723", ["work"])])

    def test_the_benchmark_takes_either_of_two_numbers_printed_as_one(self):
        """The real photos' truth prints "0212 671 29 44-45" as the card does:
        either number is right, and a German extension is one number."""
        keys = phone_keys("0212 671 29 44-45")
        self.assertIn(phone_key("+90 212 671 29 44"), keys)
        self.assertIn(phone_key("+90 212 671 29 45"), keys)
        self.assertEqual(phone_keys("+49 2334 9587-23"), [phone_key("+4923349587 23")])

    def test_a_tax_number_or_opening_hours_are_no_phone(self):
        """Invented: a Polish firm's tax number ("NIP 123-456-78-90"), a Turkish
        one ("Vergi No: 1234567890") and opening hours ("Mon-Fri
        09.00-17.30") are no numbers to call; the phone beside them is."""
        for line, region in (
            ("NIP 123-456-78-90", "PL"),
            ("Vergi No: 1234567890", "TR"),
            ("Mon-Fri 09.00-17.30", "DE"),
            ("Öffnungszeiten: 08.00 - 18.00", "DE"),
        ):
            with self.subTest(line):
                card = parse_card_text(f"Jan Weber\nVertrieb\n{line}", region)
                self.assertEqual(card["phones"], [])
        card = parse_card_text(
            "Jan Kowalski\nKierownik\nNIP: 123-456-78-90\nTel. 0711 12.34-56", "DE"
        )
        self.assertEqual(card["phones"], [("+49 711 123456", ["work"])])

    def test_a_number_labelled_with_its_country(self):
        """Invented: a German firm's card with its Indian office's number,
        "India: 98450 12345", beside "+49 711 123456": the number is India's,
        not "+49 8450 12345"; "Tel." labels no country."""
        card = parse_card_text(
            "Hans Weber\nVertrieb\nTel. +49 711 123456\nIndia: 98450 12345", "DE"
        )
        self.assertEqual(
            card["phones"],
            [("+49 711 123456", ["work"]), ("+91 98450 12345", ["work"])],
        )

    def test_a_wordmark_and_its_trade_with_the_legal_form_under_it(self):
        """Invented: a card with no domain whose wordmark, printed large, has
        the firm's trade and legal form on the line under it ("WEIDENFELLER" /
        "Maschinenbau GmbH", "Royal" / "Spices Trading LLC"): the firm's name is
        both lines, not the trade alone. Not a person's name over the firm's
        ("JOHN SMITH" / "Smith Consulting Ltd"), nor, where the domain spells
        the wordmark, its legal name under it ("Pichler & Partner" at
        pichler-partner.at). "S.A. de C.V." is a legal form alone."""
        for lines, company in (
            (["##WEIDENFELLER", "Maschinenbau GmbH"], "WEIDENFELLER Maschinenbau GmbH"),
            (["##Royal", "Spices Trading LLC"], "Royal Spices Trading LLC"),
            (["##Dubai Prime", "PROPERTIES L.L.C."], "Dubai Prime PROPERTIES L.L.C."),
            (
                [
                    "#Pichler & Partner",
                    "Steuerberatung GmbH",
                    "office@pichler-partner.at",
                ],
                "Pichler & Partner",
            ),
            (
                [
                    "#Constructora del Bajío",
                    "S.A. de C.V.",
                    "luis@constructorabajio.mx",
                ],
                "Constructora del Bajío S.A. de C.V.",
            ),
        ):
            with self.subTest(company):
                heights = {line.lstrip("#"): 1.0 + line.count("#") for line in lines}
                text = "\n".join(line.lstrip("#") for line in lines)
                card = parse_card_text(
                    f"{text}\nMarkus Weber\nLeiter Vertrieb\nTel. +49 2331 12345",
                    "DE",
                    line_heights=heights,
                )
                self.assertEqual(card["company"], company)
        card = parse_card_text(
            "JOHN SMITH\nSmith Consulting Ltd\nTel. +44 20 7123 4567",
            "GB",
            line_heights={"JOHN SMITH": 2.0},
        )
        self.assertEqual(card["name"], "John Smith")
        self.assertEqual(card["company"], "Smith Consulting Ltd")

    def test_a_catalan_name_with_its_i(self):
        """Invented: "Jordi Puig i Ferrer", a Catalan architect's card: the "i"
        joins his two surnames; the line is his name, not a firm's (it was the
        company, sure, and the name empty). A capital "I" stays an initial."""
        card = parse_card_text(
            "Jordi Puig i Ferrer\nARQUITECTE\nCarrer de Mallorca 210, 08008 Barcelona\n"
            "T. +34 93 123 45 67\njordi@puigferrer.cat",
            "ES",
        )
        self.assertEqual(card["name"], "Jordi Puig i Ferrer")
        self.assertFalse(card["company"])
        self.assertEqual(
            split_name("Jordi Puig i Ferrer")[1:3], ("Jordi", "Puig i Ferrer")
        )
        self.assertEqual(split_name("John I Smith")[1:3], ("John I", "Smith"))

    def test_a_bodys_letters_after_the_name(self):
        """Invented: "Oliver Pembroke MNAEA", a British estate agent's card: the
        letters of his body are no part of his name (it kept them, sure). A
        surname in capitals stays ("Anna Maria KOWALSKA")."""
        card = parse_card_text(
            "HAMPTONS & WILDE\nESTATE AGENTS\nOliver Pembroke MNAEA\nBranch Manager\n"
            "T: 020 7123 4567\noliver.pembroke@hamptonswilde.co.uk",
            "GB",
            line_heights={"HAMPTONS & WILDE": 2.0},
        )
        self.assertEqual(card["name"], "Oliver Pembroke")
        card = parse_card_text(
            "Anna Maria KOWALSKA\nKierownik\nTel. +48 22 123 45 67", "PL"
        )
        self.assertEqual(card["name"], "Anna Maria KOWALSKA")

    def test_a_vietnamese_name_in_capitals_keeps_its_capitals(self):
        """Invented: "LE VAN NAM" (Lê Văn Nam) on a Vietnamese firm's card: "Le"
        is his surname and "Van" his middle name, no particles (it read "le van
        Nam", sure). A Dutch "JAN VAN DER BERG" keeps "van der"."""
        card = parse_card_text(
            "MINH LONG CO., LTD.\nLE VAN NAM\nSales Manager\n"
            "Tel: +84 28 3823 4567\nnam.le@minhlong.vn",
            "VN",
        )
        self.assertEqual(card["name"], "Le Van Nam")
        card = parse_card_text("JAN VAN DER BERG\nVerkoper\nTel. 020 123 4567", "NL")
        self.assertEqual(card["name"], "Jan van der Berg")

    def test_a_social_handle_under_the_web_address(self):
        """Invented: a photographer's card with her Instagram name, a dot in it,
        under her web address ("www.studionord.de" / "@studio.nord"): the two
        are no e-mail address (it read "www.studionord.de@studio.nord" and lost
        the site). "john.smith" / "@acme.com" is one address."""
        card = parse_card_text(
            "Lena Vogt\nFOTOGRAFIN\nwww.studionord.de\n@studio.nord", "DE"
        )
        self.assertEqual(card["emails"], [])
        self.assertEqual(card["urls"], ["https://www.studionord.de"])
        card = parse_card_text("John Smith\nSales\njohn.smith\n@acme.com", "US")
        self.assertEqual(
            [email for email, _sure in card["emails"]], ["john.smith@acme.com"]
        )

    def test_what_a_shop_sells_is_no_role(self):
        """Invented: "Sales & Service of All Brands Mobile Phones & Accessories"
        under a phone shop's name: what it sells, no title (it was the title,
        sure). "Sales Manager" stays a role."""
        card = parse_card_text(
            "Shiv Mobile Point\n"
            "Sales & Service of All Brands Mobile Phones & Accessories\n"
            "Vikram Singh\n98290 12345\nShop No. 12, MI Road, Jaipur",
            "IN",
            line_heights={"Shiv Mobile Point": 3.0},
        )
        self.assertFalse(card["title"])
        card = parse_card_text("Vikram Singh\nSales Manager\n98290 12345", "IN")
        self.assertEqual(card["title"], "Sales Manager")

    def test_an_indonesian_degree_after_the_name(self):
        """Invented: "Agus Salim, S.E." (Sarjana Ekonomi) under "CV Sinar Abadi":
        a degree after his name, no Societas Europaea; it was the company,
        sure, and the firm the name. "SAP SE" stays a firm."""
        card = parse_card_text(
            "CV Sinar Abadi\nAgus Salim, S.E.\nDirektur\n"
            "Jl. Sudirman No. 45, Bandung\nHP: 0812 2345 6789",
            "ID",
        )
        self.assertEqual(card["name"], "Agus Salim")
        self.assertNotEqual(card["company"], "Agus Salim, S.E.")
        card = parse_card_text(
            "SAP SE\nAnna Schmidt\nAccount Executive\nTel. +49 6227 7 12345", "DE"
        )
        self.assertEqual(card["company"], "SAP SE")

    def test_honorifics_and_marks_inside_a_name(self):
        """Invented: names the scan left empty: a Malaysian pilgrim's and a
        title of honour ("Hj.", "Datuk Haji"), a Polish physician's degree
        ("lek. dent."), an Arab daughter's "bint", a Malaysian Indian's "s/o"
        and "a/l" (son of), a person's pronouns after the name."""
        for line, name in (
            ("Hj. Rina Marlina, S.E.", "Rina Marlina"),
            ("Datuk Haji Mohd Razali bin Abdullah", "Mohd Razali bin Abdullah"),
            ("lek. dent. Agnieszka Kowalczyk", "Agnieszka Kowalczyk"),
            ("Fatima bint Khalid Al Suwaidi", "Fatima bint Khalid Al Suwaidi"),
            ("Kumar s/o Rajoo", "Kumar s/o Rajoo"),
            ("Saravanan a/l Muthusamy", "Saravanan a/l Muthusamy"),
            ("Jordan Lee (they/them)", "Jordan Lee"),
        ):
            with self.subTest(line):
                card = parse_card_text(
                    f"{line}\nSupervisor\nTel: +60 3 2345 6789", "MY"
                )
                self.assertEqual(card["name"], name)

    def test_a_surname_that_is_a_word(self):
        """Invented: "Robert A. Castellano, Esq." (Castellano, Spanish the
        language): no everyday word with a stray letter ("castellan" and an
        "o"); the name was empty."""
        card = parse_card_text(
            "Robert A. Castellano, Esq.\nPartner\nTel: +1 212 555 0134", "US"
        )
        self.assertEqual(card["name"], "Robert A. Castellano")

    def test_a_professors_rank_before_the_name(self):
        """Invented: "Associate Professor Jennifer Walsh" on a university's card:
        her rank, then her name (the whole line was the title, and the name
        empty)."""
        card = parse_card_text(
            "Associate Professor Jennifer Walsh\n"
            "Deputy Head, School of Population and Global Health\n"
            "THE UNIVERSITY OF MELBOURNE\nj.walsh@unimelb.edu.au",
            "AU",
        )
        self.assertEqual(card["name"], "Jennifer Walsh")
        self.assertEqual(
            card["title"], "Deputy Head, School of Population and Global Health"
        )

    def test_trades_and_a_master_craftsman_are_roles(self):
        """Invented: roles of small firms' cards the scan did not know: a
        German master craftsman's ("Malermeister", "Elektromeisterin"), a site
        manager's, a Danish dentist's, a Spanish stylist's, an Italian
        plumber's."""
        for role in (
            "Malermeister",
            "Elektromeisterin",
            "Lehrstuhlinhaberin",
            "Bauleiter",
            "Tandlæge",
            "Estilista",
            "Idraulico",
        ):
            with self.subTest(role):
                card = parse_card_text(f"Klaus Wagner\n{role}\nTel. 0711 123456", "DE")
                self.assertEqual(card["title"], role)

    def test_what_the_review_broke_in_this_rounds_rules(self):
        """Invented cards a review made to break this round's rules, each read
        wrong by the first version of them: a Spanish firm's "S.L." and "S.C."
        (no Indonesian degree), a surname in capitals after two given names (no
        body's letters), a department or a role printed large and an insurer's
        brand over its agency (no wordmark of the firm under it), "wei.hu" /
        "@acme-robotics.com" (an e-mail address, no web address), "Accessories
        Buyer" (a role), "Anna Baumeister" (a surname), "MAI VAN DER LINDEN" (a
        Dutch name), "Lek Gjon Marku" (an Albanian given name)."""
        cases = (
            (
                "Construcciones Pérez, S.L.\nJuan Pérez\nGerente\njuan.perez@gmail.com",
                "company",
                "Construcciones Pérez, S.L.",
            ),
            (
                "Inversiones Ruiz, S.C.\nCarlos Ruiz\ncarlos.ruiz@gmail.com",
                "name",
                "Carlos Ruiz",
            ),
            (
                "Marie Claire NGUEMA\nAvocate\nmarie.nguema@gmail.com",
                "name",
                "Marie Claire NGUEMA",
            ),
            (
                "Sales Department\nNorthwind Trading LLC\nAnna Lee\nanna.lee@gmail.com",
                "company",
                "Northwind Trading LLC",
            ),
            (
                "Rechtsanwalt\nKanzlei Weber GmbH\nMax Weber\nmax.weber@gmail.com",
                "company",
                "Kanzlei Weber GmbH",
            ),
            (
                "Generali\nAgentur Bauer GmbH\nPeter Bauer\npeter@gmail.com",
                "company",
                "Agentur Bauer GmbH",
            ),
            (
                "Lisa Chen\nAccessories Buyer\nlisa@gmail.com",
                "title",
                "Accessories Buyer",
            ),
            ("Anna Baumeister\nArchitektin\nanna@gmail.com", "name", "Anna Baumeister"),
            ("MAI VAN DER LINDEN\nVerkoper", "name", "Mai van der Linden"),
            ("Lek Gjon Marku\nInxhinier", "name", "Lek Gjon Marku"),
        )
        for text, field, value in cases:
            with self.subTest(text):
                first = text.split("\n", 1)[0]
                card = parse_card_text(text, "DE", line_heights={first: 2.0})
                self.assertEqual(card[field], value)
        card = parse_card_text("Wei Hu\nEngineer\nwei.hu\n@acme-robotics.com", "US")
        self.assertEqual(
            [email for email, _sure in card["emails"]], ["wei.hu@acme-robotics.com"]
        )

    def test_a_name_under_the_wordmark_that_bears_it(self):
        """Invented: "Dr.-Ing. Markus Weidenfeller" under the "WEIDENFELLER"
        wordmark of the firm that bears his name, "Ing. Davide Colombo" under
        "COLOMBO": his degree is no word of his name (three words ending in
        the logo's word made it a dealer's name, "Tom Mason Volkswagen"); the
        name was empty and the title the name's line."""
        for lines, name, title in (
            (
                [
                    "##WEIDENFELLER",
                    "Maschinenbau GmbH",
                    "#Dr.-Ing. Markus Weidenfeller",
                ],
                "Markus Weidenfeller",
                "Leiter Vertrieb",
            ),
            (["##COLOMBO", "IMPIANTI", "Ing. Davide Colombo"], "Davide Colombo", ""),
        ):
            with self.subTest(name):
                heights = {line.lstrip("#"): 1.0 + line.count("#") for line in lines}
                text = "\n".join(line.lstrip("#") for line in lines)
                card = parse_card_text(
                    f"{text}\n{title or 'Direttore Tecnico'}\nTel. +49 2331 12345",
                    "DE",
                    line_heights=heights,
                )
                self.assertEqual(card["name"], name)

    def test_an_english_name_in_brackets_after_the_name(self):
        """Invented: "Export Manager: Zhang Xiaohong (Sunny)" on a Ningbo firm's
        card: the role, then the name, then the English name he goes by (the
        whole line was the title, the name empty)."""
        card = parse_card_text(
            "NINGBO EVER BRIGHT PLASTIC PRODUCTS CO., LTD.\n"
            "Export Manager: Zhang Xiaohong (Sunny)\nTel: +86 574 8765 4321\n"
            "sunny@everbright-plastic.com",
            "CN",
        )
        self.assertEqual(card["name"], "Zhang Xiaohong")
        self.assertEqual(card["title"], "Export Manager")

    def test_more_ranks_and_letters_around_a_name(self):
        """Invented: names the scan left empty or rebuilt: a Polish
        habilitation ("dr hab. inż."), a Turkish associate professor's rank
        ("Doç. Dr."), a retired officer's ("Lt. Col. (Retd.)"), His
        Excellency's ("H.E."), a Quebec engineer's "ing." after the name (it
        was rebuilt from the mailbox: "Ma Bouchard"), "JR." in capitals (no
        sentence's end). "hab" without its dot is no degree (an OCR's "Arab")."""
        for line, name in (
            ("dr hab. inż. Piotr Zieliński", "Piotr Zieliński"),
            ("Doç. Dr. Emre AYDIN", "Emre AYDIN"),
            ("Lt. Col. (Retd.) Imran Khan Niazi", "Imran Khan Niazi"),
            ("H.E. Saeed bin Rashid Al Maktoum", "Saeed bin Rashid Al Maktoum"),
            ("Marc-André Bouchard, ing.", "Marc-André Bouchard"),
            ("Engr. ROBERTO C. VILLANUEVA JR.", "Roberto C. Villanueva Jr."),
        ):
            with self.subTest(line):
                card = parse_card_text(
                    f"{line}\nProject Engineer\nma.bouchard@genieplus.ca", "US"
                )
                self.assertEqual(card["name"], name)
        card = _parse(ATB_85, region="TN")
        self.assertEqual(card["name"], "Khaled ZNAIDI")

    def test_a_salon_and_a_polytechnic_are_firms(self):
        """Invented: "Salone Chiara" over "Chiara Romano" (an Italian salon named
        after its owner's given name), "POLITECHNIKA GDAŃSKA" over "Wydział
        Mechaniczny" (a faculty): the firm and its unit, not the person's name
        (both were the name)."""
        card = parse_card_text(
            "Salone Chiara\nparrucchiera uomo donna\nChiara Romano\nTel. 06 1234 5678",
            "IT",
            line_heights={"Salone Chiara": 3.0},
        )
        self.assertEqual(card["name"], "Chiara Romano")
        self.assertEqual(card["company"], "Salone Chiara")
        card = parse_card_text(
            "POLITECHNIKA GDAŃSKA\nWydział Mechaniczny\ndr hab. inż. Piotr Zieliński\n"
            "Tel. +48 58 347 12 34",
            "PL",
            line_heights={"POLITECHNIKA GDAŃSKA": 2.0},
        )
        self.assertEqual(card["name"], "Piotr Zieliński")

    def test_a_shop_its_trade_and_a_register_are_no_role(self):
        """Invented: "Ali Barber Shop" (the shop's name, ending in its place of
        business: it was the title, sure), "Iscr. Albo Psicologi Lazio n.
        18432" (a register's entry: it was the title over "Psicologa ·
        Psicoterapeuta" printed above the name), "Advogada - OAB/RJ 145.872"
        (the role, then the bar's number: the title was empty), "Sam's Tailor"
        (whose trade: a firm) over "Master Tailor" (a role). "Shop Manager"
        and "Men's Hairdresser" stay roles."""
        card = parse_card_text("Ali Barber Shop\nAli Khan\nTel: 0300 1234567", "PK")
        self.assertNotEqual(card["title"], "Ali Barber Shop")
        card = parse_card_text(
            "Psicologa · Psicoterapeuta\nDott.ssa Francesca Marini\n"
            "Iscr. Albo Psicologi Lazio n. 18432\nTel. 06 1234 5678",
            "IT",
            line_heights={"Dott.ssa Francesca Marini": 2.0},
        )
        self.assertEqual(card["title"], "Psicologa · Psicoterapeuta")
        card = parse_card_text(
            "Mariana Costa\nAdvogada - OAB/RJ 145.872\nTel. (21) 99876-5432", "BR"
        )
        self.assertEqual(card["title"], "Advogada")
        card = parse_card_text(
            "Sam's Tailor\nSince 1957\nRaja Daswani\nMaster Tailor\n"
            "Tel: +852 2367 9423",
            "HK",
            line_heights={"Sam's Tailor": 3.0},
        )
        self.assertEqual(card["company"], "Sam's Tailor")
        self.assertEqual(card["title"], "Master Tailor")
        for role in ("Shop Manager", "Men's Hairdresser"):
            with self.subTest(role):
                card = parse_card_text(f"Ali Khan\n{role}\nTel: 0300 1234567", "PK")
                self.assertEqual(card["title"], role)

    def test_a_surname_first_before_a_joined_given_name(self):
        """Invented: "SCHULZE-WENDT, Hans-Peter": the surname, a comma, a given
        name of two joined; the name was empty."""
        card = parse_card_text(
            "SCHULZE-WENDT, Hans-Peter\nVertriebsleiter\nTel. +49 40 123456", "DE"
        )
        self.assertEqual(card["name"], "SCHULZE-WENDT, Hans-Peter")

    def test_ocr_slips_in_a_role_and_a_logos_mark_before_the_firm(self):
        """Invented: "lT Manager" (a small l for the I: it was kept, sure),
        "0perations Manager", "Projekt1eiter" (a digit for a letter: the last
        was no title); "lIVinos del Duero S.A." and "O loopwise" (a logo's
        letters before the name the domain spells: kept, sure), to be checked.
        "A Plus Solutions" at aplussolutions.com keeps its "A"."""
        for role, read in (
            ("lT Manager", "IT Manager"),
            ("0perations Manager", "Operations Manager"),
            ("Projekt1eiter", "Projektleiter"),
        ):
            with self.subTest(role):
                card = parse_card_text(f"Frank Köhler\n{role}\nfrank@acme.de", "DE")
                self.assertEqual(card["title"], read)
        for line, email, company in (
            (
                "lIVinos del Duero S.A.",
                "mateo@vinosdelduero.es",
                "Vinos del Duero S.A.",
            ),
            ("O loopwise", "priya@loopwise.ai", "loopwise"),
            ("A Plus Solutions", "john@aplussolutions.com", "A Plus Solutions"),
        ):
            with self.subTest(line):
                card = parse_card_text(f"{line}\nJohn Smith\nManager\n{email}", "US")
                self.assertEqual(card["company"], company)
                if company != line:
                    self.assertIn("company", low_confidence_fields(card))

    def test_degrees_under_the_name_are_no_role(self):
        """Invented: "MBBS, MD (Medicine), DM (Cardiology)" under an Indian
        cardiologist's name, "Consultant Cardiologist" under it: the degrees
        were the title. "MD" alone stays a role."""
        card = parse_card_text(
            "Dr. Anil Mehta\nMBBS, MD (Medicine), DM (Cardiology)\n"
            "Consultant Cardiologist\n+91 98450 12345",
            "IN",
            line_heights={"Dr. Anil Mehta": 2.0},
        )
        self.assertEqual(card["title"], "Consultant Cardiologist")
        card = parse_card_text("Anil Mehta\nMD\n+91 98450 12345", "IN")
        self.assertEqual(card["title"], "MD")

    def test_a_french_lawyers_and_turkish_doctors_honorifics(self):
        """Invented: "Me Camille Rousseau" (Maître, a French lawyer: it stayed
        in the name, sure), "Op. Dr. Selin Aydoğan" (a surgeon: the whole
        line was the title) and "Uzm. Dr." (a specialist)."""
        for line, name in (
            ("Me Camille Rousseau", "Camille Rousseau"),
            ("Op. Dr. Selin Aydoğan", "Selin Aydoğan"),
            ("Uzm. Dr. Ali Kaya", "Ali Kaya"),
        ):
            with self.subTest(line):
                card = parse_card_text(f"{line}\nAvocate\nTel. 05 56 12 34 56", "FR")
                self.assertEqual(card["name"], name)

    def test_a_farm_is_a_firm(self):
        """Invented: "Harris Family Farm" printed large over "Luke Harris" /
        "Owner": the farm is the firm (it was the name, and the firm empty)."""
        card = parse_card_text(
            "Harris Family Farm\nLuke Harris\nOwner\nTel: (555) 123-4567",
            "US",
            line_heights={"Harris Family Farm": 3.0},
        )
        self.assertEqual(card["company"], "Harris Family Farm")
        self.assertEqual(card["name"], "Luke Harris")

    def test_a_brand_over_its_trade(self):
        """Invented: a brand printed large over a word of its trade alone
        ("COLDWELL BANKER" / "REALTY", "LENS & LIGHT" / "PHOTOGRAPHY"), or two
        columns read line by line with the person's name between them
        ("HARBOURSIDE" / "Liam O'Connor" / "ARCHITECTS"): the company is both
        (it was the trade alone)."""
        for lines, company in (
            (
                ["#COLDWELL BANKER", "REALTY", "Jane Miller", "Realtor"],
                "COLDWELL BANKER REALTY",
            ),
            (
                ["##LENS & LIGHT", "PHOTOGRAPHY", "Tom Baker"],
                "LENS & LIGHT PHOTOGRAPHY",
            ),
            (
                ["#HARBOURSIDE", "Liam O'Connor", "ARCHITECTS", "Principal"],
                "HARBOURSIDE ARCHITECTS",
            ),
        ):
            with self.subTest(company):
                heights = {line.lstrip("#"): 1.0 + line.count("#") for line in lines}
                text = "\n".join(line.lstrip("#") for line in lines)
                card = parse_card_text(
                    f"{text}\n(555) 123-4567", "US", line_heights=heights
                )
                self.assertEqual(card["company"], company)

    def test_a_name_over_a_role_under_the_firm_that_bears_it(self):
        """Invented: "SIPHO DLAMINI" / "PHOTOGRAPHY" printed large, then "Sipho
        Dlamini" / "Photographer": the person's name, printed again over a
        role (the name was empty)."""
        card = parse_card_text(
            "SIPHO DLAMINI\nPHOTOGRAPHY\nWeddings | Portraits | Events\n"
            "Sipho Dlamini\nPhotographer\n+27 82 123 4567",
            "ZA",
            line_heights={"SIPHO DLAMINI": 3.0},
        )
        self.assertEqual(card["name"], "Sipho Dlamini")

    def test_a_city_under_the_role_and_more_roles(self):
        """Invented: "Project Engineer" / "Quezon City, Metro Manila": the city
        is no part of the role (it was); a nurse's registration after her name
        ("Mary Brennan RGN, MSc": "RGN" stayed, sure); "Coiffeuse visagiste",
        "Grafik Tasarımcı", "Tłumacz przysięgły" are roles (they were none)."""
        card = parse_card_text(
            "Engr. Rommel Santos\nProject Engineer\nQuezon City, Metro Manila\n"
            "+63 917 123 4567",
            "PH",
        )
        self.assertEqual(card["title"], "Project Engineer")
        card = parse_card_text(
            "Mary Brennan RGN, MSc\nClinical Nurse Manager\n+353 1 221 4000", "IE"
        )
        self.assertEqual(card["name"], "Mary Brennan")
        for role in ("Coiffeuse visagiste", "Grafik Tasarımcı", "Tłumacz przysięgły"):
            with self.subTest(role):
                card = parse_card_text(f"Marie Dubois\n{role}\n06 12 34 56 78", "FR")
                self.assertEqual(card["title"], role)

    def test_a_role_before_the_name_and_the_role_at_length_under_it(self):
        """Invented: "Chef Anand Kumar" / "Head Chef": the role under the name
        says at length what the word before it said (the title was "Chef");
        with no role under it, "Chef" stays the title."""
        card = parse_card_text("Chef Anand Kumar\nHead Chef\n+91 98450 12345", "IN")
        self.assertEqual(card["name"], "Anand Kumar")
        self.assertEqual(card["title"], "Head Chef")
        card = parse_card_text(
            "Chef Anand Kumar\nThe Grand Hotel\n+91 98450 12345", "IN"
        )
        self.assertEqual(card["title"], "Chef")

    def test_a_name_glued_to_the_role(self):
        """Invented: "Laura SchneiderMarketing Managerin": the OCR lost the space
        between the name and the role; both were the title, the name empty."""
        card = parse_card_text(
            "Laura SchneiderMarketing Managerin\nTel. +49 30 123456\n"
            "laura@example-gmbh.de",
            "DE",
        )
        self.assertEqual(card["name"], "Laura Schneider")
        self.assertEqual(card["title"], "Marketing Managerin")

    def test_what_the_second_review_broke_in_this_rounds_rules(self):
        """Invented cards a review made to break this round's later rules, each
        read wrong by their first version: roles with a year or a standard's
        number ("ISO 9001 Lead Auditor", "Project Manager, Expo 2020"), at a
        place of business ("Director, Cancer Center", "Head of Design
        Studio"), with a number after a dash that is no register's ("Senior
        Engineer - 5G Networks"), a role's possessive ("Owner's
        Representative"); a Burmese "Me Me Aung" (no Maître); a brand's own
        small first letter ("iPhone Repair Center") and "À la carte"; initials
        that spell a degree ("D.C.H. Rao")."""
        for role in (
            "ISO 9001 Lead Auditor",
            "Project Manager, Expo 2020",
            "Director, Cancer Center",
            "Head of Design Studio",
            "Senior Engineer - 5G Networks",
            "Owner's Representative",
        ):
            with self.subTest(role):
                card = parse_card_text(f"Jane Doe\n{role}\njane@acme.com", "US")
                self.assertEqual(card["title"], role)
        for text, field, value in (
            ("Me Me Aung\nManager\n+95 9 123 456 789", "name", "Me Me Aung"),
            ("D.C.H. Rao\nManager\n+91 98450 12345", "name", "D.C.H. Rao"),
            (
                "iPhone Repair Center\nJohn Smith\njohn@phonerepaircenter.com",
                "company",
                "iPhone Repair Center",
            ),
            (
                "À la carte Catering\nJohn Smith\nManager\njohn@lacartecatering.com",
                "company",
                "À la carte Catering",
            ),
        ):
            with self.subTest(text):
                self.assertEqual(parse_card_text(text, "US")[field], value)

    def test_portuguese_shops_and_trades(self):
        """Invented: a Brazilian salon's card, "Barbearia do Zé" / "Maria Silva"
        / "Cabeleireira": the shop is the firm and the trade her role (the role
        was none). "Carlos Barbeiro" is a name (a surname, no barber)."""
        card = parse_card_text(
            "Barbearia do Zé\nMaria Silva\nCabeleireira\n(11) 98765-4321",
            "BR",
            line_heights={"Barbearia do Zé": 3.0},
        )
        self.assertEqual(card["company"], "Barbearia do Zé")
        self.assertEqual(card["title"], "Cabeleireira")
        card = parse_card_text(
            "Carlos Barbeiro\nGerente Comercial\ncarlos.barbeiro@grupoalfa.com.br",
            "BR",
        )
        self.assertEqual(card["name"], "Carlos Barbeiro")

    def test_a_doctors_letters_and_roles(self):
        """Invented: "Rachel Adeyemi, MD" / "Staff Radiologist" (the title was
        "MD", sure), "Mr Andrew Bell FRCS" (the letters stayed in the name,
        sure), "Marco Ferri, AIA", "Priyanka Rao, PE", "Khun Suda Wongsawat"
        (a Thai honorific), "Joseph C. Wu, MD, PhD" / "Professor of Medicine"
        (the role was the company), "Jazz Saxophonist", "Reader in Medieval
        History" (no roles before)."""
        for text, name, title in (
            (
                "Rachel Adeyemi, MD\nStaff Radiologist",
                "Rachel Adeyemi",
                "Staff Radiologist",
            ),
            (
                "Mr Andrew Bell FRCS\nConsultant Surgeon",
                "Andrew Bell",
                "Consultant Surgeon",
            ),
            ("Marco Ferri, AIA\nPrincipal", "Marco Ferri", "Principal"),
            (
                "Priyanka Rao, PE\nStructural Engineer",
                "Priyanka Rao",
                "Structural Engineer",
            ),
            ("Khun Suda Wongsawat\nSales Manager", "Suda Wongsawat", "Sales Manager"),
            (
                "Joseph C. Wu, MD, PhD\nProfessor of Medicine",
                "Joseph C. Wu",
                "Professor of Medicine",
            ),
            ("Marcus Hale\nJazz Saxophonist", "Marcus Hale", "Jazz Saxophonist"),
            (
                "Fiona MacLeod\nReader in Medieval History",
                "Fiona MacLeod",
                "Reader in Medieval History",
            ),
        ):
            with self.subTest(text):
                card = parse_card_text(f"{text}\n+44 20 7352 8121", "GB")
                self.assertEqual((card["name"], card["title"]), (name, title))

    def test_the_university_over_its_school_and_an_office_is_no_role(self):
        """Invented: "School of History" over "University of St Andrews", and
        "Faculty of Engineering" over "Cairo University": the person works for
        the university (the unit was the company); "Head Office: 4-1
        Minamisenba, Chuo-ku, Osaka" under a Japanese president's name is his
        office's address, no role (it was the title over "Representative
        Director & President")."""
        card = parse_card_text(
            "Dr Fiona MacLeod\nReader in Medieval History\nSchool of History\n"
            "University of St Andrews",
            "GB",
        )
        self.assertEqual(card["company"], "University of St Andrews")
        card = parse_card_text(
            "Dr. Ahmed Hassan\nAssociate Professor\nFaculty of Engineering\n"
            "Cairo University\nahmed.hassan@eng.cu.edu.eg",
            "EG",
        )
        self.assertEqual(card["company"], "Cairo University")
        card = parse_card_text(
            "Koyo Kikai Kogyo Co., Ltd.\nRepresentative Director & President\n"
            "YAMAMOTO Kazuhiro\nHead Office: 4-1 Minamisenba, Chuo-ku, Osaka",
            "JP",
            line_heights={"Koyo Kikai Kogyo Co., Ltd.": 2.0, "YAMAMOTO Kazuhiro": 2.0},
        )
        self.assertEqual(card["title"], "Representative Director & President")

    def test_a_chinese_name_of_two_short_syllables(self):
        """Invented: "Li Na" and "MA LI" on Chinese firms' cards: names of two
        syllables of two letters, one a surname (the name was empty); "IT HR"
        is none."""
        for line, name in (("Li Na", "Li Na"), ("MA LI", "Ma Li"), ("IT HR", "")):
            with self.subTest(line):
                card = parse_card_text(
                    f"Ningbo Ocean Star Import & Export Co., Ltd.\n{line}\n"
                    "Export Sales Representative\n+86 574 1234 5678",
                    "CN",
                )
                self.assertEqual(card["name"], name)

    def test_what_the_third_review_broke_in_this_rounds_rules(self):
        """Invented cards a review made to break this round's last rules, each
        read wrong by their first version: a Malaysian or Chinese name ending
        in "Peng" or "Pe" (no engineer's letters, only in capitals), a body of
        its own named "Institute for ..." whose domain spells it, over a
        university's line (no unit of it)."""
        for line, name in (
            ("Tan Kah Peng", "Tan Kah Peng"),
            ("Aung Thein Pe", "Aung Thein Pe"),
            ("Wang Xiao Ming PE", "Wang Xiao Ming"),
        ):
            with self.subTest(line):
                card = parse_card_text(
                    f"{line}\nSales Manager\nSunrise Trading Sdn Bhd\n+60 12-345 6789",
                    "MY",
                )
                self.assertEqual(card["name"], name)
        card = parse_card_text(
            "Helen Miller\nResearch Economist\nInstitute for Fiscal Studies\n"
            "University College London\nhelen_m@ifs.org.uk",
            "GB",
            line_heights={"Institute for Fiscal Studies": 3.0},
        )
        self.assertEqual(card["company"], "Institute for Fiscal Studies")

    def test_a_logo_over_its_trade_in_a_word(self):
        """Invented variants of a tuned card (289.jpg's layout): a logo printed
        large over its trade in a word of normal size ("FLOW" / "PLUMBING",
        "TORQUE" / "MECHANICAL", "GREEN LEAF" / "LANDSCAPING"): the firm's name
        is both (it was the logo alone)."""
        for logo, trade in (
            ("FLOW", "PLUMBING"),
            ("TORQUE", "MECHANICAL"),
            ("GREEN LEAF", "LANDSCAPING"),
        ):
            with self.subTest(logo):
                card = parse_card_text(
                    f"{logo}\n{trade}\nERNESTO GARZA\nPLUMBER\n956-412-7730",
                    "US",
                    line_heights={logo: 2.0},
                )
                self.assertEqual(card["company"], f"{logo} {trade}")

    def test_what_the_fourth_review_broke_in_this_rounds_rules(self):
        """Invented cards a review made to break this round's last mends: an
        office's label before a city alone ("Head Office: Tokyo": it was the
        title, sure), a service of the firm the domain names under its logo
        ("HILTON" / "Catering" at hilton.com), a dealer's department under the
        make's logo ("TOYOTA" / "Service")."""
        card = parse_card_text(
            "Ken Ito\nHead Office: Tokyo\nNippon Seiki Co., Ltd.\n"
            "ken.ito@nipponseiki.co.jp",
            "JP",
        )
        self.assertEqual(card["title"], "")
        for logo, trade, address, company in (
            ("HILTON", "Catering", "jane.doe@hilton.com", "HILTON"),
            ("TOYOTA", "Service", "www.parkwaytoyota.com", "TOYOTA"),
        ):
            with self.subTest(logo):
                card = parse_card_text(
                    f"{logo}\n{trade}\nJane Doe\nSales Coordinator\n{address}",
                    "US",
                    line_heights={logo: 2.0},
                )
                self.assertEqual(card["company"], company)

    def test_a_shops_free_mailbox_beside_a_person(self):
        """A free mailbox that spells a shop's name of no given name, beside a
        person's name with one: the shop is the company, the person the name
        ("Doce Sabor" at docesabor@gmail.com over "Carla Mendes" /
        "Confeiteira": the shop was the name, the person lost). A shop's
        mailbox with no person printed stays as it was read."""
        card = parse_card_text(
            "Doce Sabor\nCarla Mendes\nConfeiteira\n(11) 98765-4321\n"
            "docesabor@gmail.com",
            "BR",
        )
        self.assertEqual(card["name"], "Carla Mendes")
        self.assertEqual(card["company"], "Doce Sabor")
        self.assertIn("company", low_confidence_fields(card))
        card = parse_card_text(
            "FREEZE CONTROL\nRefrigeration & Air Conditioning\n(555) 201-3344\n"
            "freezecontrol123@gmail.com",
            "US",
        )
        self.assertEqual(card["name"], "")
        # a partner with a known surname, whose given name the lists lack, is
        # no shop
        card = parse_card_text(
            "Hemant Shah 9825110689\nViren Shah 9427802464\n"
            "Financial & Insurance Advisor\nhemantshah2111@gmail.com\n"
            "virenshah751962@gmail.com",
            "IN",
            line_heights={"Financial & Insurance Advisor": 2.4},
        )
        self.assertNotEqual(card["company"], "Viren Shah")

    def test_a_nigerian_chief_before_the_name(self):
        """ "Chief" before a Nigerian's name is a chieftaincy title, no role: the
        role is the one printed under the name ("Chief Emeka Okafor" /
        "Managing Director": the title was "Chief"). A chief's role stays one."""
        card = parse_card_text(
            "Chief Emeka Okafor\nManaging Director\nOkafor Holdings Ltd\n"
            "emeka@okaforholdings.com\n+234 803 123 4567",
            "NG",
        )
        self.assertEqual(card["name"], "Emeka Okafor")
        self.assertEqual(card["title"], "Managing Director")
        for text, title in (
            (
                "Chief Executive Officer\nJohn Smith\nAcme Ltd",
                "Chief Executive Officer",
            ),
            ("CHIEF ENGINEER\nRaj Kumar\nraj@abc.in", "CHIEF ENGINEER"),
            (
                (
                    "Dr. Amara Okafor\nChief Resident, Internal Medicine\n"
                    "Lagos University Teaching Hospital\namara.okafor@luth.gov.ng"
                ),
                "Chief Resident, Internal Medicine",
            ),
        ):
            with self.subTest(title):
                card = parse_card_text(text, "US")
                self.assertEqual(card["title"], title)

    def test_a_logo_the_domain_spells_over_the_words_it_abbreviates(self):
        """A logo that is the domain's name, over the words whose beginnings it
        abbreviates: the logo is the company ("TRANSPAR" / "Transportes Paraná"
        at transpar.com.br; the words were taken). A longer name that spells the
        domain in whole words stays over its logo."""
        card = parse_card_text(
            "TRANSPAR\nTransportes Paraná\nAnna Costa\nSales\nanna@transpar.com.br",
            "BR",
            line_heights={"TRANSPAR": 2.0},
        )
        self.assertEqual(card["company"], "TRANSPAR")
        card = parse_card_text(
            "CAMBRIDGE\nCambridge University Press India\nRavi Menon\n"
            "Sales Manager\nrmenon@cambridge.org",
            "IN",
            line_heights={"CAMBRIDGE": 2.0},
        )
        self.assertEqual(card["company"], "Cambridge University Press India")
        # a name whose initials are the domain's stays over its logo
        card = parse_card_text(
            "Isabel García Ruiz\nTeaching Fellow\nUCL Department of Geography\n"
            "University College London\ni.garcia-ruiz@ucl.ac.uk",
            "GB",
        )
        self.assertEqual(card["company"], "University College London")

    def test_a_social_handle_is_no_email_address(self):
        """Invented: a social handle beside a web address or after its
        network's label is no e-mail address ("IG @kevwalsh.ink" was
        "IG@kevwalsh.ink"; "zoeadamsmua.com | @zoeadamsmua" was
        "zoe@damsmua.com", the site lost; "@ironrosetattoo | @olliegrant.ink"
        and "gretalindceramics.com" / "@gretalind.ceramics" were joined into
        one). An address split over two lines, or spaced before its "@", is
        still one."""
        for text, emails, urls in (
            ("IG @kevwalsh.ink", [], []),
            ("zoeadamsmua.com | @zoeadamsmua", [], ["https://zoeadamsmua.com"]),
            ("@ironrosetattoo | @olliegrant.ink", [], []),
            (
                "gretalindceramics.com\n@gretalind.ceramics",
                [],
                ["https://gretalindceramics.com"],
            ),
            ("wei.hu\n@acme-robotics.com", ["wei.hu@acme-robotics.com"], []),
            ("ivynakamura.com\n@ivy.makes.pots", [], ["https://ivynakamura.com"]),
            ("zoe.adams @acme.com", ["zoe.adams@acme.com"], []),
        ):
            with self.subTest(text):
                card = parse_card_text(f"Zoe Adams\nMakeup Artist\n{text}", "US")
                self.assertEqual([email for email, _t in card["emails"]], emails)
                self.assertEqual(card["urls"], urls)

    def test_a_person_at_a_site_of_their_name_and_trade(self):
        """Invented: a person's name, a given name first, that begins the
        card's domain, their trade after it, is the person's name, no firm's
        ("SAM RIVERA" at samriveradrums.com was the company, the name empty);
        so is a name over a role less sure ("Greta Lind" / "Ceramicist" at
        gretalindceramics.com was the company "Greta Lind Ceramicist",
        unmarked). A firm's name that goes on under it stays the firm's."""
        for text, name, title in (
            (
                "SAM RIVERA\nDRUMS • PERCUSSION • SESSION WORK\nsamriveradrums.com",
                "Sam Rivera",
                "",
            ),
            (
                "MIKE DONNELLY\nDecks • Fences • Repairs\nmikedonnellybuilds.com",
                "Mike Donnelly",
                "",
            ),
            (
                "Greta Lind\nCeramicist\ngretalindceramics.com",
                "Greta Lind",
                "Ceramicist",
            ),
        ):
            with self.subTest(name):
                card = parse_card_text(
                    text, "US", line_heights={text.split("\n")[0]: 2.5}
                )
                self.assertEqual(card["name"], name)
                self.assertEqual(card["title"], title)
                self.assertEqual(card["company"], "")
        # a name printed in small letters, all of the domain
        card = parse_card_text(
            "ivy nakamura\nhandmade ceramics\nivynakamura.com\n@ivy.makes.pots",
            "US",
            line_heights={"ivy nakamura": 3.0},
        )
        self.assertEqual((card["name"], card["company"]), ("ivy nakamura", ""))
        card = parse_card_text(
            "JOHN DEERE\nFinancial Services\njohndeerefinancial.com",
            "US",
            line_heights={"JOHN DEERE": 2.0},
        )
        self.assertEqual(card["company"], "JOHN DEERE Financial Services")

    def test_more_roles_of_small_trades_and_languages(self):
        """Invented: a ceramicist, a babysitter, a midwife (German), a house
        painter (Dutch), a photographer (Dutch, Turkish), an illustrator
        (French), a personal trainer (Spanish) are roles; they were left out."""
        for role in (
            "Ceramicist",
            "Babysitter & Nanny",
            "Hebamme",
            "Huisschilder",
            "Fotograaf",
            "Fotoğrafçı",
            "Illustratrice indépendante",
            "ENTRENADOR PERSONAL",
            "Voice Actor",
        ):
            with self.subTest(role):
                card = parse_card_text(
                    f"Maya Reed\n{role}\n+1 555 201 3344\nmaya.reed@gmail.com",
                    "US",
                    line_heights={"Maya Reed": 1.6},
                )
                self.assertEqual(card["title"], role)

    def test_british_degrees_and_members_letters_after_the_name(self):
        """Invented: an engineer's, a surveyor's, an accountant's degrees and
        members' letters after the name are no part of it ("Thomas Wright BEng
        CEng MIMechE" left the name empty; "Ian Ross CA", "Mary Jones ACMA
        CGMA" kept them). "Jack Ma" and "Tan Kah Peng" keep their names."""
        for line, name in (
            ("Thomas Wright BEng CEng MIMechE", "Thomas Wright"),
            ("Tom Baker BA (Hons) ACA", "Tom Baker"),
            ("Claire Dunn MEng CEng MICE", "Claire Dunn"),
            ("Richard Evans MSc CEng", "Richard Evans"),
            ("Ian Ross CA", "Ian Ross CA"),
            ("Mary Jones ACMA CGMA", "Mary Jones"),
            ("Jack Ma", "Jack Ma"),
            ("Tan Kah Peng", "Tan Kah Peng"),
        ):
            with self.subTest(line):
                card = parse_card_text(
                    f"{line}\nFinance Director\nNorthgate Ltd\ninfo@northgate.co.uk",
                    "GB",
                )
                self.assertEqual(card["name"], name)

    def test_a_given_name_that_is_a_roles_word(self):
        """Invented: "Dean Walker" over "Sales Manager" is a person ("Dean"
        made it a role, read "Dean Waiker Sales Manager", the name empty);
        "Dean Emeritus" stays a role, "Art Director" too."""
        card = parse_card_text(
            "ACME FREIGHT\nDean Walker\nSales Manager\ndwalker@acmefreight.com",
            "US",
            line_heights={"ACME FREIGHT": 2.0},
        )
        self.assertEqual(
            (card["name"], card["title"]), ("Dean Walker", "Sales Manager")
        )
        card = parse_card_text(
            "Dean Emeritus\nSchool of Law\nJohn Hart\njhart@uni.edu", "US"
        )
        self.assertEqual((card["name"], card["title"]), ("John Hart", "Dean Emeritus"))
        card = parse_card_text("Art Collins | Art Director\nart@studio.com", "US")
        self.assertEqual((card["name"], card["title"]), ("Art Collins", "Art Director"))

    def test_an_office_after_its_place_and_a_firms_owner(self):
        """Invented: which of the firm's offices, a place before it ("Tokyo
        Head Office" was the title), is no role; whose part the firm is ("A
        division of Al Amal Holding" was the company over the "RED SEA FREIGHT"
        logo) is no company. "Branch Manager" stays a role, a firm with its
        legal form stays over its owner's line."""
        card = parse_card_text(
            "TOYO SEIKI CO.,LTD.\nSales Manager\nYusuke Kobayashi\nTokyo Head Office\n"
            "y.kobayashi@toyoseiki.co.jp",
            "JP",
            line_heights={"TOYO SEIKI CO.,LTD.": 2.0},
        )
        self.assertEqual(card["title"], "Sales Manager")
        card = parse_card_text(
            "Ravi Shah\nBranch Manager\nKuehne Freight India Pvt Ltd\n"
            "ravi.shah@kuehnefreight.in",
            "IN",
        )
        self.assertEqual(card["title"], "Branch Manager")
        card = parse_card_text(
            "RED SEA FREIGHT\nA division of Al Amal Holding\nOmar Khalid\n"
            "Operations Manager\nomar@rsf-ksa.com",
            "SA",
            line_heights={"RED SEA FREIGHT": 2.0},
        )
        self.assertEqual(card["company"], "RED SEA FREIGHT")
        card = parse_card_text(
            "HANSA CARGO GmbH\nA division of Nordsee Holding AG\nJan Meyer\nSales\n"
            "jan@hansa-cargo.de",
            "DE",
        )
        self.assertEqual(card["company"], "HANSA CARGO GmbH")

    def test_a_digit_read_for_a_letter_of_the_firms_name(self):
        """Invented: a digit the OCR read for a letter of the firm's name is put
        back where the domain spells the word so read, to be checked ("N0RDIC
        AIR CARGO", "HAFEN CARG0", "PANTRAN5" were kept as read, unmarked;
        "ATLAS SHIPP1NG" was read as a person's "Atlas Shipplng"). "3M" stays."""
        for logo, email, company in (
            ("N0RDIC AIR CARGO", "lars.berg@nordicaircargo.com", "NORDIC AIR CARGO"),
            ("HAFEN CARG0", "jan.meyer@hafencargo.de", "HAFEN CARGO"),
            ("PANTRAN5", "ana@pantrans.com.br", "PANTRANS"),
            ("ATLAS SHIPP1NG", "omar@atlasshipping.ae", "ATLAS SHIPPING"),
            ("3M Deutschland GmbH", "jdoe@mmm.com", "3M Deutschland GmbH"),
        ):
            with self.subTest(logo):
                card = parse_card_text(
                    f"{logo}\nLars Berg\nSales Manager\n{email}",
                    "DE",
                    line_heights={logo: 2.0},
                )
                self.assertEqual(card["company"], company)
                if company != logo:
                    self.assertIn("company", low_confidence_fields(card))

    def test_what_small_firms_print_beside_their_name(self):
        """Invented: where the firm works ("SERVING GREATER BOSTON" was the
        name, "Wes Carter" lost), its opening hours ("open studio sat & sun
        11–5" was the company), a label whose link was read ("Book:
        booksy.com/tylerbrooks" left "Book" the company) are no name nor
        company; a licence or a slogan a bar sets after the role ("REALTOR® |
        Licensed in MA & NH") is no part of it, and is kept; "Business
        Development" under the name is the person's work, to be checked."""
        card = parse_card_text(
            "SERVING GREATER BOSTON\nWes Carter\nHandyman\n(617) 555-0101",
            "US",
            line_heights={"SERVING GREATER BOSTON": 2.0},
        )
        self.assertEqual((card["name"], card["company"]), ("Wes Carter", ""))
        card = parse_card_text(
            "ivy nakamura\nhandmade ceramics\nopen studio sat & sun 11–5\n"
            "ivy@ivynakamura.com",
            "US",
            line_heights={"ivy nakamura": 3.0},
        )
        self.assertEqual(card["company"], "")
        card = parse_card_text(
            "TYLER BROOKS\nMASTER BARBER\nBook: booksy.com/tylerbrooks\n(555) 201-3344",
            "US",
            line_heights={"TYLER BROOKS": 2.0},
        )
        self.assertEqual(card["company"], "")
        self.assertEqual(card["urls"], ["https://booksy.com/tylerbrooks"])
        card = parse_card_text(
            "Jane Cole\nREALTOR® | Licensed in MA & NH\n(617) 555-0101\n"
            "jane.cole@gmail.com",
            "US",
        )
        self.assertEqual(card["title"], "REALTOR®")
        self.assertIn("Licensed in MA & NH", card["lines"])
        card = parse_card_text(
            "Jane Cole\nWeb Developer | Graphic Designer\njane.cole@gmail.com", "US"
        )
        self.assertEqual(card["title"], "Web Developer | Graphic Designer")
        card = parse_card_text(
            "Kevin Walsh\nBusiness Development\nAcme Corp\nkevin@acmecorp.com", "US"
        )
        self.assertEqual(card["title"], "Business Development")
        self.assertIn("title", low_confidence_fields(card))

    def test_what_the_review_broke_in_the_last_rounds_rules(self):
        """Invented cards a review wrote to break this round's rules, each read
        as it should be: "Meng", "BA", "MA" are names too ("Tan Kok Meng" lost
        "Meng", "Amadou Moussa BA" his surname, "NGUYEN THI BA" hers);
        "Schilder" is a surname; a firm's name that begins "Company of",
        "Serving" or has a day's name and a number ("COMPANY OF COOKS",
        "SERVING HANDS FOUNDATION", "SAT.1", "OPEN 24 FITNESS") was lost; a
        given name before the person's address ("Carlos: carlos@...") was
        dropped as a label; "Chukwuemeka 0kafor" lost his name; "Licensed
        Conveyancer" went from the title to the note."""
        for text, name in (
            (
                "DBS Bank Ltd\nTan Kok Meng\nSenior Manager\nkokmeng@dbs.com",
                "Tan Kok Meng",
            ),
            (
                "SONATEL\nAmadou Moussa BA\nDirecteur Commercial\namadou.ba@sonatel.sn",
                "Amadou Moussa BA",
            ),
            (
                (
                    "CONG TY TNHH MINH PHAT\nNGUYEN THI BA\nKe Toan Truong\n"
                    "ba.nguyen@minhphat.vn"
                ),
                "NGUYEN THI BA",
            ),
            (
                "SCHILDER\nHans Schilder\nGeschäftsführer\nhans@schilder-gmbh.de",
                "Hans Schilder",
            ),
            (
                "DANGOTE GROUP\nChukwuemeka 0kafor\nManager\nc.okafor@dangote.com",
                "Chukwuemeka Okafor",
            ),
        ):
            with self.subTest(name):
                card = parse_card_text(
                    text, "US", line_heights={text.split("\n")[0]: 2.0}
                )
                self.assertEqual(card["name"].casefold(), name.casefold())
        for logo, email in (
            ("COMPANY OF COOKS", "emma.clarke@companyofcooks.com"),
            ("SERVING HANDS FOUNDATION", "carol@servinghands.org"),
            ("SAT.1", "jan.meyer@sat1.de"),
            ("OPEN 24 FITNESS", "mia@open24fitness.com"),
        ):
            with self.subTest(logo):
                card = parse_card_text(
                    f"{logo}\nEmma Clarke\nManager\n{email}",
                    "US",
                    line_heights={logo: 2.0},
                )
                self.assertEqual(card["company"], logo)
        card = parse_card_text(
            "LA COCINA DE CARLOS\nChef\nCarlos: carlos@lacocina.mx",
            "MX",
            line_heights={"LA COCINA DE CARLOS": 2.0},
        )
        self.assertEqual(card["name"], "Carlos")
        card = parse_card_text(
            "Jane Doe\nPractice Manager | Licensed Conveyancer\njane@smithlaw.co.uk",
            "GB",
        )
        self.assertEqual(card["title"], "Practice Manager | Licensed Conveyancer")

    def test_what_the_other_review_broke_in_the_last_rounds_rules(self):
        """Invented cards the other review wrote: a mail icon read as "@" before
        an address, an address split before its "@" at a domain of a country,
        a local part a label's letters ("li @fudan.edu.cn") kept their address;
        "Chief" before a role and a name stays the role ("Chief Technology
        Officer Anna Ruiz", "Chief Mate Rajesh Nair"); a shop's free mailbox
        over a role is the person's ("Tolu Bankole" / "CEO" beside "Bella Rose"
        / "Boutique"); a name and the trade the domain adds under it are the
        firm's ("MIKE BRENNAN" / "ROOFING" at mikebrennanroofing.com)."""
        for text, email in (
            ("Tel: +91 98765 43210 @info@zenithexports.in", "info@zenithexports.in"),
            ("E-mail:@priya@zenithexports.in", "priya@zenithexports.in"),
            ("david.hu\n@maybank.com.my", "david.hu@maybank.com.my"),
            ("Email: li @fudan.edu.cn", "li@fudan.edu.cn"),
        ):
            with self.subTest(email):
                card = parse_card_text(f"Priya Shah\nManager\n{text}", "IN")
                self.assertEqual([found for found, _t in card["emails"]], [email])
        for line, name, title in (
            (
                "Chief Technology Officer Anna Ruiz",
                "Anna Ruiz",
                "Chief Technology Officer",
            ),
            ("Chief Olusegun Adebayo Bankole", "Olusegun Adebayo Bankole", ""),
        ):
            with self.subTest(line):
                card = parse_card_text(
                    f"NUBO LABS\n{line}\nanna@nubolabs.io",
                    "NG",
                    line_heights={"NUBO LABS": 2.0},
                )
                self.assertEqual((card["name"], card["title"]), (name, title))
        card = parse_card_text(
            "MAERSK\nChief Mate Rajesh Nair\nrajesh.nair@maersk.com", "IN"
        )
        self.assertIn("Chief", card["title"])
        card = parse_card_text(
            "Tolu Bankole\nCEO\nBella Rose\nBoutique\ntolubankole@gmail.com",
            "NG",
            line_heights={"Bella Rose": 3.0},
        )
        self.assertEqual(card["name"], "Tolu Bankole")
        card = parse_card_text(
            "MIKE BRENNAN\nROOFING\nLicensed & Insured\n(312) 555-0188\n"
            "www.mikebrennanroofing.com",
            "US",
            line_heights={"MIKE BRENNAN": 3.0},
        )
        self.assertEqual(card["company"], "MIKE BRENNAN ROOFING")

    def test_turkish_and_polish_firms_people_and_work(self):
        """Invented Turkish and Polish cards: a department's work under the name
        is the role, no name ("SATIN ALMA", purchasing, was the name, sure); a
        pharmacy, an insurance agency, a law office, a florist's are firms, no
        one's name ("KAYA SİGORTA" was the name, "Oya Kaya" lost); a lawyer's
        "Av.", a pharmacist's "Ecz.", an engineer's "Mak. Müh.", an
        accountant's "SMMM", an advocate's "adw." come before a name, no part of
        it (an avenue's "Av." stays an address); "No:3" is an address's number,
        no company."""
        card = parse_card_text("UMUT DEMİR\nSATIN ALMA\numut@demirplastik.com.tr", "TR")
        self.assertEqual((card["name"], card["title"]), ("Umut Demir", "SATIN ALMA"))
        card = parse_card_text(
            "KAYA SİGORTA\nOya Kaya\nMüşteri Temsilcisi\n"
            "Kaya Sigorta Aracılık Hizmetleri Ltd. Şti.\n0532 111 22 33",
            "TR",
            line_heights={"KAYA SİGORTA": 2.0},
        )
        self.assertEqual(card["name"], "Oya Kaya")
        for line, name in (
            ("Av. Barış CAN", "Barış CAN"),
            ("Ecz. AHMET YILDIZ", "Ahmet Yildiz"),
            ("Mak. Müh. Ceren AKSOY", "Ceren AKSOY"),
            ("SMMM Hülya ARSLAN", "Hülya ARSLAN"),
            ("adw. Piotr Lis", "Piotr Lis"),
        ):
            with self.subTest(line):
                card = parse_card_text(
                    f"YILDIZ ECZANESİ\n{line}\nHastane Cad. No:3 Merkez / ÇORUM\n"
                    "0364 222 33 44",
                    "TR",
                )
                self.assertEqual(card["name"], name)
                self.assertEqual(card["company"], "YILDIZ ECZANESİ")
        card = parse_card_text(
            "Carlos Souza\nGerente\nAv. Brigadeiro Faria Lima\ncarlos@abc.com.br", "BR"
        )
        self.assertEqual(card["name"], "Carlos Souza")

    def test_a_name_then_a_departments_role_on_one_line(self):
        """Invented Turkish cards: a name, then a role that begins with a
        department's work, on one line, are parted ("Cem Öztürk Satın Alma
        Uzmanı" was the title, the name empty; "Cem Öztürk Kalite Sorumlusu"
        was the name "Cem Öztürk Kalite")."""
        for line, title in (
            ("Cem Öztürk Satın Alma Uzmanı", "Satın Alma Uzmanı"),
            ("Cem Öztürk Kalite Sorumlusu", "Kalite Sorumlusu"),
        ):
            with self.subTest(line):
                card = parse_card_text(
                    f"{line}\nDEMİR ÇELİK SAN. A.Ş.\ncem@demircelik.com.tr", "TR"
                )
                self.assertEqual((card["name"], card["title"]), ("Cem Öztürk", title))

    def test_a_brand_over_its_turkish_legal_name(self):
        """Invented: a brand over its legal name, the "ve" and the abbreviations
        of a Turkish legal name not counted as words of a slogan ("SÜPER" /
        "GIDA SAN. VE TİC. A.Ş." at supergida.com.tr gave the legal name's rest
        alone)."""
        card = parse_card_text(
            "SÜPER\nGIDA SAN. VE TİC. A.Ş.\nAli Veli\nali@supergida.com.tr",
            "TR",
            line_heights={"SÜPER": 3.0},
        )
        self.assertEqual(card["company"], "SÜPER GIDA SAN. VE TİC. A.Ş.")

    def test_what_the_third_review_broke_in_the_last_rounds_rules(self):
        """Invented cards the third review wrote: an avenue named after a person
        ("Av. Ana Costa", "Av. Juan Carlos I") was the name; "Chief Minister
        Tunde Bello" lost the role into the name; "ALMA SALES" (a given name and
        a surname) was no name; "ig @kev.walsh.ink" became an address; a
        shop's line under its owner ("Bolos e Doces Artesanais") gave the name
        to the shop; "anaruiz.es" /
        "@ana.ruiz.es" became one address."""
        card = parse_card_text(
            "Ana Beatriz Lima\nNutricionista\nAv. Ana Costa\nnº 311 - Santos/SP\n"
            "ana@nutrianabeatriz.com.br",
            "BR",
        )
        self.assertEqual(card["name"], "Ana Beatriz Lima")
        card = parse_card_text(
            "Chief Minister Tunde Bello\nOffice of the Governor\n"
            "tunde.bello@lagosstate.gov.ng",
            "NG",
        )
        self.assertEqual(
            (card["name"], card["title"]), ("Tunde Bello", "Chief Minister")
        )
        card = parse_card_text("ALMA SALES\nREALTOR\nalmasalesrealtor@gmail.com", "PH")
        self.assertEqual(card["name"], "Alma Sales")
        card = parse_card_text("Iron Rose Tattoo\nKev Walsh\nig @kev.walsh.ink", "US")
        self.assertEqual(card["emails"], [])
        card = parse_card_text(
            "Doce Sabor\nCarla Mendes\nBolos e Doces Artesanais\ndocesabor@gmail.com",
            "BR",
        )
        self.assertEqual(card["name"], "Carla Mendes")
        card = parse_card_text("Ana Ruiz\nanaruiz.es\n@ana.ruiz.es", "ES")
        self.assertEqual((card["emails"], card["urls"]), ([], ["https://anaruiz.es"]))

    def test_a_legal_form_alone_under_the_firms_name(self):
        """A German firm's wordmark, then its legal form alone on the next line
        ("NORDWIND LOGISTIK" / "GmbH & Co. KG"): the firm's name is the two,
        though "Logistik" reads as a department's word; not the abbreviations of
        a trade ("SAN. TİC. LTD. ŞTİ."), which end a name saying the trade."""
        card = parse_card_text(
            "NORDWIND LOGISTIK\nGmbH & Co. KG\nAnna Schmidt\nDisponentin\n"
            "anna.schmidt@nordwind.de",
            "DE",
            line_heights={"NORDWIND LOGISTIK": 2.6},
        )
        self.assertEqual(card["company"], "NORDWIND LOGISTIK GmbH & Co. KG")
        card = parse_card_text(
            "Kessler Antriebstechnik\nGmbH\nJonas Weber\nVertrieb Innendienst\n"
            "j.weber@kessler-at.de",
            "DE",
            line_heights={"Kessler Antriebstechnik": 1.8},
        )
        self.assertEqual(card["company"], "Kessler Antriebstechnik GmbH")
        card = parse_card_text(
            "AS METAL\nİMALAT - BAKIM - ONARIM\nMAKİNA ve PASLANMAZ ÇELİK\n"
            "SAN. TİC. LTD. ŞTİ.\nBekir Bülbül\nTel. (0212) 671 38 50",
            "TR",
            line_heights={"AS METAL": 1.5, "MAKİNA ve PASLANMAZ ÇELİK": 1.5},
        )
        self.assertNotEqual(
            card["company"], "MAKİNA ve PASLANMAZ ÇELİK SAN. TİC. LTD. ŞTİ."
        )

    def test_roles_and_firms_words_of_more_languages(self):
        """Roles the parser did not know: Portuguese ("Chefe de Cozinha",
        "Florista", "Enólogo"), German compounds and women's forms
        ("Vorstandsassistenz", "Produktspezialistin", "Immobilienmaklerin",
        "Office Managerin", "Filialleitung"), Dutch ("Werkvoorbereider"),
        Turkish ("Başhekim"), French ("Conducteur de travaux"); a Dutch
        builder's firm ("Bouwbedrijf De Jong & Zn."). A list of what a firm
        does ("Vermietung · Verkauf · Service") and a slogan ("Ihr Partner vor
        Ort") are no role."""
        for role, firm, mail in (
            ("Chefe de Cozinha", "Restaurante Mar Azul", "fernanda@marazul.com.br"),
            ("Vorstandsassistenz", "Rhein-Ruhr Bank AG", "i.mertens@rrbank.de"),
            ("Produktspezialistin Ophthalmologie", "Optik Kern GmbH", "c@kern.de"),
            ("Immobilienmaklerin", "Haus & Hof Immobilien GmbH", "s@hh-immo.de"),
            ("Filialleitung", "Bäckerei Hofmann GmbH", "l@baeckerei-hofmann.de"),
            ("Category Managerin", "Lidl Stiftung & Co. KG", "g.stein@lidl.de"),
            ("Werkvoorbereider", "Bouwbedrijf De Jong & Zn.", "jan@dejongbouw.nl"),
            ("Başhekim", "Özel Anadolu Hastanesi", "h.celik@anadolu.com.tr"),
            ("Conducteur de travaux", "Sogetrel Réseaux SAS", "j.moreau@sogetrel.fr"),
        ):
            with self.subTest(role=role):
                card = parse_card_text(
                    f"Fernanda Lima\n{role}\n{firm}\n{mail}",
                    None,
                    line_heights={"Fernanda Lima": 1.8},
                )
                self.assertEqual(
                    (card["name"], card["title"], card["company"]),
                    ("Fernanda Lima", role, firm),
                )
        card = parse_card_text(
            "BHS\nBaumaschinen Handel Süd GmbH\nVermietung · Verkauf · Service\n"
            "Florian Eder\nf.eder@bhs-baumaschinen.de",
            "DE",
            line_heights={"BHS": 2.6},
        )
        self.assertEqual(card["title"], "")
        card = parse_card_text(
            "Kai Thiele\nIhr Partner vor Ort\nkai.thiele@thiele-versicherung.de",
            "DE",
            line_heights={"Ihr Partner vor Ort": 1.8},
        )
        self.assertEqual(card["title"], "")

    def test_a_portuguese_name_joined_by_e(self):
        """ "Beatriz Costa e Silva": two surnames joined by "e", a person's name
        (the family name "Costa e Silva"), not a firm's; "Natura e Avon", two
        brands a shop sells, is no one's."""
        card = parse_card_text(
            "Beatriz Costa e Silva\nAdvogada\nOAB/RJ 123.456\n"
            "Costa e Silva Advogados\nbeatriz@costaesilva.adv.br",
            "BR",
            line_heights={"Beatriz Costa e Silva": 1.8},
        )
        self.assertEqual(
            (card["name"], card["company"]),
            ("Beatriz Costa e Silva", "Costa e Silva Advogados"),
        )
        self.assertEqual(
            split_name("Beatriz Costa e Silva"), ("", "Beatriz", "Costa e Silva", "")
        )
        card = parse_card_text("Natura e Avon\nRevendedora\nTel 11 98765-4321", "BR")
        self.assertEqual(card["name"], "")

    def test_a_doctors_md_over_a_role_of_one_word(self):
        """ "Emily Carter, MD" / "Pediatrician": the role under the name is the
        title (it was "MD", sure, and the role was lost), the degree kept with
        the card's other lines; "Raj Kumar, MD" with no role under it stays
        the managing director."""
        card = parse_card_text(
            "Emily Carter, MD\nPediatrician\nTel (617) 555-0134", "US"
        )
        self.assertEqual(
            (card["name"], card["title"]), ("Emily Carter", "Pediatrician")
        )
        self.assertIn("MD", card["lines"])
        card = parse_card_text(
            "Raj Kumar, MD\nKumar Textiles Pvt. Ltd.\nTel 98450 12345", "IN"
        )
        self.assertEqual(card["title"], "MD")

    def test_given_names_printed_large_over_the_surnames(self):
        """ "Miguel Ángel" printed large over "Fernández Ruiz" at
        miguel.fernandez@, "Robert" over "VANDEN EYNDE" at
        robert.vandeneynde@: the two lines are the name (it was the given
        names alone; "Robert" was the company); "Paul Smith" over "London"
        stays the name alone."""
        card = parse_card_text(
            "Miguel Ángel\nFernández Ruiz\nDirector Técnico\nConstrucciones Ruiz S.A.\n"
            "miguel.fernandez@construccionesruiz.es",
            "ES",
            line_heights={"Miguel Ángel": 1.8},
        )
        self.assertEqual(card["name"], "Miguel Ángel Fernández Ruiz")
        card = parse_card_text(
            "Robert\nVANDEN EYNDE\nSales Manager\nrobert.vandeneynde@abc.be",
            "BE",
            line_heights={"Robert": 1.8},
        )
        self.assertEqual((card["name"], card["company"]), ("Robert VANDEN EYNDE", ""))
        card = parse_card_text(
            "Paul Smith\nLondon\nCreative Director\nSmith Design Ltd\n"
            "paul@smithdesign.co.uk",
            "GB",
        )
        self.assertEqual(card["name"], "Paul Smith")
        # nor the surname again, the firm's logo under the name
        card = parse_card_text(
            "Chris Turner\nTURNER\nAccount Executive\nTurner Transport Inc.\n"
            "chris.turner@turnertransport.com",
            "US",
            line_heights={"TURNER": 2.6},
        )
        self.assertEqual(card["name"], "Chris Turner")

    def test_what_the_review_broke_in_the_legal_form_role_and_name_rules(self):
        """Invented cards the review wrote: a list of a person's roles
        ("Autorin · Speakerin · Coach") lost its title; a firm's trade in the
        masculine ("Versicherungsmakler Hoffmann") read as a role and the
        company was lost; "Ihre Apotheke am Markt" read as a slogan; "Rajesh
        Kumar, MD" over "Marketing" lost the managing director to the
        department; "HONGDA" / "Suzhou" / "Co., Ltd." gave "Suzhou Co., Ltd."."""
        card = parse_card_text(
            "Sarah Klein\nAutorin · Speakerin · Coach\nsarah@sarahklein.de",
            "DE",
            line_heights={"Sarah Klein": 1.8},
        )
        self.assertEqual(card["title"], "Autorin · Speakerin · Coach")
        card = parse_card_text(
            "Versicherungsmakler Hoffmann\nKlaus Hoffmann\nGeschäftsführer\n"
            "Lindenallee 8, 50968 Köln\nk.hoffmann@vm-hoffmann.de",
            "DE",
            line_heights={"Versicherungsmakler Hoffmann": 2.6},
        )
        self.assertEqual(card["company"], "Versicherungsmakler Hoffmann")
        card = parse_card_text(
            "Ihre Apotheke am Markt\nDr. Birgit Hein\nApothekerin\nMarktplatz 1\n"
            "info@apotheke-am-markt.de",
            "DE",
            line_heights={"Ihre Apotheke am Markt": 1.8},
        )
        self.assertEqual(card["company"], "Ihre Apotheke am Markt")
        card = parse_card_text(
            "Rajesh Kumar, MD\nMarketing\nKumar Polymers Pvt. Ltd.", "IN"
        )
        self.assertEqual(card["title"], "MD")
        card = parse_card_text(
            "Li Na\nPurchasing Manager\nHONGDA\nSuzhou\nCo., Ltd.\nlina@hongda-sz.com",
            "CN",
            line_heights={"Li Na": 1.8, "HONGDA": 1.8},
        )
        self.assertNotEqual(card["company"], "Suzhou Co., Ltd.")

    def test_a_firms_initials_over_its_name(self):
        """ "PMI" printed large over "Precision Machining International, Inc." at
        pmi-machining.com: the name under it is the company, the initials kept
        with the card's lines (the two were one company, "PMI Precision
        Machining International, Inc.", sure)."""
        card = parse_card_text(
            "PMI\nPrecision Machining International, Inc.\nRobert Garcia\n"
            "Quality Manager\nrgarcia@pmi-machining.com",
            "US",
            line_heights={"PMI": 2.6},
        )
        self.assertEqual(card["company"], "Precision Machining International, Inc.")
        self.assertIn("PMI", card["lines"])

    def test_a_french_practice_before_its_partners_names(self):
        """ "Cabinet Garnier & Blanc" at garnierblanc-avocats.fr: a French
        practice's word before the partners' names the domain spells is the
        company (it was left empty)."""
        card = parse_card_text(
            "Sophie Garnier\nAvocate associée\nCabinet Garnier & Blanc\n"
            "Société d'Avocats\n8 avenue de l'Opéra · 75001 Paris\n"
            "sgarnier@garnierblanc-avocats.fr",
            "FR",
            line_heights={"Sophie Garnier": 1.8},
        )
        self.assertEqual(card["company"], "Cabinet Garnier & Blanc")

    def test_german_firms_named_by_their_trade_and_a_shops_owner(self):
        """German firms named by a compound of their trade ("Hoppe Haustechnik",
        "Gartenbau Lehmann", "Sicherheitsdienst Krämer", "Kaffeerösterei Nord")
        were read as no company, or as the person's name; a trade's compound
        alone ("Hausmeisterservice") stays no firm's name, "Leitung
        Haustechnik" a role. "Inh. Melanie Braun" is the owner (Inhaberin),
        "Hr. Dieter Plath" Herr Plath: the name without them."""
        for firm, person in (
            ("Hoppe Haustechnik", "Frank Hoppe"),
            ("Gartenbau Lehmann", "Frank Lehmann"),
            ("Sicherheitsdienst Krämer", "Uwe Krämer"),
            ("Kaffeerösterei Nord", "Björn Jensen"),
        ):
            with self.subTest(firm=firm):
                card = parse_card_text(
                    f"{firm}\n{person}\nTel. 0511 123456\nMobil 0171 2345678", "DE"
                )
                self.assertEqual((card["name"], card["company"]), (person, firm))
        card = parse_card_text(
            "Hr. Dieter Plath\nHausmeisterservice\n0171 4455 667", "DE"
        )
        self.assertEqual((card["name"], card["company"]), ("Dieter Plath", ""))
        card = parse_card_text(
            "Inh. Melanie Braun\nFriseursalon Haarmonie\nBahnhofstr. 7\n05121 98765",
            "DE",
        )
        self.assertEqual(
            (card["name"], card["title"], card["company"]),
            ("Melanie Braun", "Inh.", "Friseursalon Haarmonie"),
        )
        card = parse_card_text(
            "Jana Ott\nLeitung Haustechnik\nKlinikum Nord\nj.ott@klinikum-nord.de", "DE"
        )
        self.assertEqual(card["title"], "Leitung Haustechnik")

    def test_a_name_and_the_family_firm_read_as_one_line(self):
        """ "Ralf Meyer Meyer Werft GmbH & Co. KG": two columns the OCR read as
        one line, the name and the firm named after the family; the company
        kept the person's name, sure, and a name alone on it was lost
        ("Hiroko Watanabe Watanabe Shoji Co., Ltd.")."""
        card = parse_card_text(
            "Ralf Meyer Meyer Werft GmbH & Co. KG\nEinkäufer\n"
            "Industriegebiet Süd, 26871 Papenburg\nralf.meyer@meyerwerft.de",
            "DE",
        )
        self.assertEqual(
            (card["name"], card["company"]), ("Ralf Meyer", "Meyer Werft GmbH & Co. KG")
        )
        card = parse_card_text(
            "Hiroko Watanabe Watanabe Shoji Co., Ltd.\nExport Coordinator\n"
            "h.watanabe@watanabeshoji.co.jp",
            "JP",
        )
        self.assertEqual(
            (card["name"], card["company"]),
            ("Hiroko Watanabe", "Watanabe Shoji Co., Ltd."),
        )

    def test_south_asian_and_malaysian_bodies_shops_roles_and_honorifics(self):
        """Invented cards of South and South-East Asia: a state's body
        ("Bangladesh Police", "Govt. of Tamil Nadu"), a tailor's and a money
        changer's ("ROYAL TAILORS", "Al Hashemi Exchange") were no company (not
        "Govt. Recognised", a school's claim); "Trekking Guide" and "Parish
        Priest" no role; "Dr. (Mrs.) Shahnaz Begum" and "Ts. Dr. Kamarul
        Ariffin bin Ismail" no name."""
        for text, field, value in (
            (
                (
                    "S. M. Rafiqul Islam\nAdditional Superintendent of Police\n"
                    "Bangladesh Police\nPhone: 0721-774455"
                ),
                "company",
                "Bangladesh Police",
            ),
            (
                (
                    "SUBHASH CHANDRA BOSE. S\nVillage Administrative Officer\n"
                    "Govt. of Tamil Nadu\nCell: 94867 12345"
                ),
                "company",
                "Govt. of Tamil Nadu",
            ),
            (
                (
                    "ROYAL TAILORS\nLadies & Gents Specialist\nPh: 0712-2567890\n"
                    "Prop: Mohd. Salim Ansari"
                ),
                "company",
                "ROYAL TAILORS",
            ),
            (
                (
                    "Sayed Hasan Al-Hashemi\nManager\nAl Hashemi Exchange\n"
                    "Gold Souq, Deira, Dubai"
                ),
                "company",
                "Al Hashemi Exchange",
            ),
            (
                "Arjun Thapa Magar\nTrekking Guide\nMob: 9846012345",
                "title",
                "Trekking Guide",
            ),
            (
                (
                    "Dr. (Mrs.) Shahnaz Begum\nConsultant Gynaecologist\n"
                    "Shifa International Hospital\nClinic: 051-8463000"
                ),
                "name",
                "Shahnaz Begum",
            ),
            (
                (
                    "Ts. Dr. Kamarul Ariffin bin Ismail\nSenior Lecturer\n"
                    "Universiti Teknologi Malaysia\nkamarul@utm.my"
                ),
                "name",
                "Kamarul Ariffin bin Ismail",
            ),
        ):
            with self.subTest(value=value):
                self.assertEqual(parse_card_text(text, "IN")[field], value)
        card = parse_card_text(
            "Vishal Motor Training School\nGovt. Recognised\nPh: 0265 2345678", "IN"
        )
        self.assertNotEqual(card["company"], "Govt. Recognised")

    def test_a_digit_read_inside_a_roles_word_no_list_knows(self):
        """ "Leiter Qua1itätssicherung": a digit the OCR read for a letter inside
        a word no list knows (so it stays as printed) marks the title to be
        checked (it was sure)."""
        card = parse_card_text(
            "Dominik Kuhn\nLeiter Qua1itätssicherung\nKuhn Kunststofftechnik AG\n"
            "d.kuhn@kuhn-kunststoff.ch",
            "CH",
        )
        self.assertEqual(card["title"], "Leiter Qua1itätssicherung")
        self.assertIn("title", low_confidence_fields(card))

    def test_a_name_then_a_role_of_one_word_on_one_line(self):
        """ "Stefan Maier Steuerberater", "Ana Beatriz Carvalho Nutricionista":
        the name, then a German compound role or a rarer one, on one line with
        nothing between them (the whole line was the title, the name lost)."""
        card = parse_card_text(
            "Stefan Maier Steuerberater\nstefan@maier-kollegen.de", "DE"
        )
        self.assertEqual(
            (card["name"], card["title"]), ("Stefan Maier", "Steuerberater")
        )
        card = parse_card_text(
            "Ana Beatriz Carvalho Nutricionista\nCRN 3 45678",
            "BR",
            line_heights={"Ana Beatriz Carvalho Nutricionista": 1.8},
        )
        self.assertEqual(
            (card["name"], card["title"]), ("Ana Beatriz Carvalho", "Nutricionista")
        )
        card = parse_card_text("Hans Peter Müller\nhp.mueller@web.de", "DE")
        self.assertEqual((card["name"], card["title"]), ("Hans Peter Müller", ""))

    def test_what_the_review_broke_in_the_merged_line_church_and_compound_rules(self):
        """Invented cards the second review wrote: a surname printed twice is a
        name's ("Ahmed Mohamed Mohamed Ali", "Juan Pérez Pérez - Abogado": cut
        after the second word, sure); "Church" is a surname ("Emma Church" was
        no name); a surname of a firm's ending after a given name ("Stefan
        Hochdienst"); "Meisterbetrieb Haustechnik" under the "KLEIN" logo a
        claim, no part of the name, sure; "c/o Gründerzentrum Nord" an
        address's."""
        card = parse_card_text(
            "Orascom Construction\nAhmed Mohamed Mohamed Ali\nProject Manager\n"
            "ahmed.ali@orascom.com",
            "EG",
        )
        self.assertEqual(card["name"], "Ahmed Mohamed Mohamed Ali")
        card = parse_card_text(
            "Juan Pérez Pérez - Abogado\nDespacho Jurídico\njperez@despachojuridico.mx",
            "MX",
        )
        self.assertEqual((card["name"], card["title"]), ("Juan Pérez Pérez", "Abogado"))
        card = parse_card_text(
            "Norton Legal\nEmma Church\nSolicitor\nemma.church@nortonlegal.co.uk",
            "GB",
            line_heights={"Norton Legal": 1.8},
        )
        self.assertEqual(card["name"], "Emma Church")
        card = parse_card_text(
            "Stadtwerke Bochum\nStefan Hochdienst\nAbteilungsleiter\n"
            "s.hochdienst@stadtwerke-bochum.de",
            "DE",
            line_heights={"Stadtwerke Bochum": 1.8},
        )
        self.assertEqual(card["name"], "Stefan Hochdienst")
        card = parse_card_text(
            "KLEIN\nMeisterbetrieb Haustechnik\nBernd Klein\nGeschäftsführer\n"
            "bernd@klein-haustechnik.de",
            "DE",
            line_heights={"KLEIN": 2.6},
        )
        self.assertNotEqual(card["company"], "KLEIN Meisterbetrieb Haustechnik")
        card = parse_card_text(
            "Tim Berger\nGründer\nc/o Gründerzentrum Nord\ntim@klickwerk.io", "DE"
        )
        self.assertNotIn("Gründerzentrum", card["company"])

    def test_shops_and_trades_of_latin_europe_and_america(self):
        """Invented cards of Brazil, Portugal, Spain, Mexico, France: a shop's or
        a clinic's name with no domain to back it ("Salão Beleza Africana",
        "Mercadinho São Jorge", "Clínica Veterinaria San Antón", "Pharmacie de la
        Gare", "Taller Mecánico Don Tito") was no company (or the person's
        name); trades' roles ("Colorista", "Optometrista", "Fiscalizador",
        "Caviste") no title. "Psicologia Clínica" stays a field of work, and
        so do "Clínica Médica e Cardiologia" (internal medicine) and "Taller
        de Cerámica · Profesora"; "Tasca" a surname ("Marco Tasca"), "Jefe de
        Cédula" a role; "Nuestra Señora de la Paz del Valle" no one's name."""
        for text, field, value in (
            (
                "Salão Beleza Africana\nCeleste Macuácua\nProprietária\n84 123 4567",
                "company",
                "Salão Beleza Africana",
            ),
            (
                (
                    "Mercadinho São Jorge\nAntônio Jorge Lima\nRua da Alegria 12\n"
                    "(71) 3322-1100"
                ),
                "company",
                "Mercadinho São Jorge",
            ),
            (
                (
                    "Clínica Veterinaria San Antón\nDr. Alberto Gil Moreno\n"
                    "Veterinario\n958 25 25 25"
                ),
                "company",
                "Clínica Veterinaria San Antón",
            ),
            (
                (
                    "Pharmacie de la Gare\nSandrine Rousseau\nDocteur en Pharmacie\n"
                    "04 78 12 34 56"
                ),
                "company",
                "Pharmacie de la Gare",
            ),
            (
                "Taller Mecánico Don Tito\nTito Bianchi\nTel. 55 1234 5678",
                "company",
                "Taller Mecánico Don Tito",
            ),
            (
                "Peluquería Unisex Glam\nMica Fernández\nColorista\n(11) 98765-4321",
                "title",
                "Colorista",
            ),
            (
                "Ótica Visão Clara\nRoberto Nascimento\nOptometrista\n(21) 2233-4455",
                "title",
                "Optometrista",
            ),
            (
                (
                    "Jaime Alberto Soto Leiva\nFiscalizador\n"
                    "Servicio Nacional de Aduanas\njsoto@aduana.cl"
                ),
                "title",
                "Fiscalizador",
            ),
        ):
            with self.subTest(value=value):
                self.assertEqual(parse_card_text(text, "BR")[field], value)
        card = parse_card_text(
            "Débora Bohm\nPsicóloga\nPsicologia Clínica\n(51) 99876-5432", "BR"
        )
        self.assertNotEqual(card["company"], "Psicologia Clínica")
        card = parse_card_text(
            "Dr. Paulo Mendes\nClínica Médica e Cardiologia\nCRM-SP 123456\n"
            "paulo.mendes@gmail.com",
            "BR",
        )
        self.assertEqual(
            (card["title"], card["company"]), ("Clínica Médica e Cardiologia", "")
        )
        card = parse_card_text(
            "Barro Vivo\nInês Aguilar\nTaller de Cerámica · Profesora\n"
            "ines@barrovivo.cl",
            "CL",
            line_heights={"Barro Vivo": 2.6},
        )
        self.assertEqual(card["title"], "Taller de Cerámica · Profesora")
        card = parse_card_text(
            "Marco Tasca\nArchitetto\nVia Roma 12, Padova\nmarco.tasca@studiotasca.it",
            "IT",
            line_heights={"Marco Tasca": 1.8},
        )
        self.assertEqual(card["name"], "Marco Tasca")
        card = parse_card_text(
            "Registro Civil\nLuis Fernando Vega\nJefe de Cédula\n"
            "lvega@registrocivil.gob.ec",
            "EC",
            line_heights={"Registro Civil": 1.8},
        )
        self.assertEqual(card["title"], "Jefe de Cédula")
        card = parse_card_text(
            "Parroquia\nNuestra Señora de la Paz del Valle\nP. Tomás Herrera\n"
            "Párroco\nparroquia.lapaz@gmail.com",
            "MX",
            line_heights={"Parroquia": 1.8},
        )
        self.assertNotEqual(card["name"], "Nuestra Señora de la Paz del Valle")

    def test_a_professional_licence_after_the_role_in_latin_america_and_spain(self):
        """ "Fisioterapeuta | Crefito 3/123456-F" (the council in title case),
        "Cirujano Dentista · Cédula 9988776" (a Mexican licence), "Veterinario
        - Col. 2345" (a Spanish college's member number): the role is the
        title, the registration kept with the card's lines (it was the title,
        or its label was left in it)."""
        for line, role in (
            ("Fisioterapeuta | Crefito 3/123456-F", "Fisioterapeuta"),
            ("Cirujano Dentista · Cédula 9988776", "Cirujano Dentista"),
            ("Veterinario - Col. 2345", "Veterinario"),
        ):
            with self.subTest(line=line):
                card = parse_card_text(f"Renata Lemos\n{line}\n(11) 3083-0000", "BR")
                self.assertEqual(card["title"], role)
                self.assertTrue(
                    any(
                        line[len(role) :].strip(" |·-") in kept
                        for kept in card["lines"]
                    )
                )

    def test_a_name_of_seven_words_with_its_particles(self):
        """ "María del Carmen Fernández de la Torre": four names and three
        particles, a person's name (it was none, seven words)."""
        card = parse_card_text(
            "María del Carmen Fernández de la Torre\nAbogada\n"
            "Fernández de la Torre Abogados\nmcfernandez@fdlt-abogados.es",
            "ES",
            line_heights={"María del Carmen Fernández de la Torre": 1.8},
        )
        self.assertEqual(card["name"], "María del Carmen Fernández de la Torre")

    def test_honorifics_of_portuguese_and_spanish_america(self):
        """ "Doutor Fernando Lichucha", "Cdor. Gustavo Adrián Paz", "Cr. Julián
        Pérez", "Ing. Agr. Federico Bustos", "Farm. Gabriela Quiroga": the
        honorific before the name is no part of it."""
        for line, name in (
            ("Doutor Fernando Lichucha", "Fernando Lichucha"),
            ("Cdor. Gustavo Adrián Paz", "Gustavo Adrián Paz"),
            ("Cr. Julián Pérez", "Julián Pérez"),
            ("Ing. Agr. Federico Bustos", "Federico Bustos"),
            ("Farm. Gabriela Quiroga", "Gabriela Quiroga"),
        ):
            with self.subTest(line=line):
                card = parse_card_text(
                    f"{line}\nDirector Adjunto\nUniversidade Eduardo Mondlane", "MZ"
                )
                self.assertEqual(card["name"], name)

    def test_whose_child_after_the_name_and_a_spanish_dona(self):
        """ "Raj Kumar S/o Sh. Om Prakash": the name, then whose son the person
        is, kept apart (the name was lost); "Dª Inmaculada Cabello Ruiz": Doña
        is no part of the name."""
        card = parse_card_text(
            "Raj Kumar S/o Sh. Om Prakash\nAdvocate\nMob. 98765 43210", "IN"
        )
        self.assertEqual(card["name"], "Raj Kumar")
        self.assertIn("S/o Sh. Om Prakash", card["lines"])
        card = parse_card_text(
            "Dª Inmaculada Cabello Ruiz\nJefa de Servicio\nJunta de Andalucía", "ES"
        )
        self.assertEqual(card["name"], "Inmaculada Cabello Ruiz")

    def test_austrian_degrees_and_malaysian_titles_before_the_name(self):
        """ "DI Markus Huber", "DI (FH) Sabine Gruber" (an Austrian engineer),
        "MMag.", "DDr.", "Dkfm.", "Dr. techn.", "Tan Sri Dato' Ahmad Zulkifli",
        "Toh Puan", "Datuk Seri", "Puan" before a Malay name: no part of the
        name (the name was empty, or kept them). Not "DI STEFANO Marco", an
        Italian surname in capitals, "Tan Wei Ming", a Chinese one, nor "Puan
        Maharani Kusuma", an Indonesian given name."""
        for line, name in (
            ("DI Markus Huber", "Markus Huber"),
            ("DI (FH) Sabine Gruber", "Sabine Gruber"),
            ("MMag. Claudia Steiner", "Claudia Steiner"),
            ("DDr. Thomas Wallner", "Thomas Wallner"),
            ("Dkfm. Peter Moser", "Peter Moser"),
            ("Tan Sri Dato' Ahmad Zulkifli", "Ahmad Zulkifli"),
            ("Toh Puan Aishah Ong", "Aishah Ong"),
            ("Puan Siti Aminah binti Abdullah", "Siti Aminah binti Abdullah"),
            ("Datuk Seri Tan Kim Hock", "Tan Kim Hock"),
            ("DI Dr. techn. Georg Novak", "Georg Novak"),
            ("DI STEFANO Marco", "DI STEFANO Marco"),
            ("Tan Wei Ming", "Tan Wei Ming"),
            ("Puan Maharani Kusuma", "Puan Maharani Kusuma"),
        ):
            with self.subTest(line=line):
                card = parse_card_text(
                    f"{line}\nProjektleiter\nHuber & Wallner Holding GmbH", "AT"
                )
                self.assertEqual(card["name"], name)

    def test_womens_degrees_monsieur_and_a_capital_di_by_the_cards_country(self):
        """Invented cards: an Austrian woman's degrees ("Mag.a", "MMag.a",
        "Dr.in"; "Dr.in" was taken for a handle, "dr.in", and the name left
        empty); "M." (Monsieur) on a French card and "DI" before a name in
        capitals on an Austrian one were kept in the name. "M. Ramesh" (an
        initial) and "DI STEFANO MARCO" on cards of other countries stay."""
        for text, name in (
            (
                (
                    "Mag.a Dr.in Eva Koller\nRechtsanwältin\nKoller Rechtsanwälte\n"
                    "Graben 12, 1010 Wien\noffice@koller-law.at"
                ),
                "Eva Koller",
            ),
            (
                (
                    "MMag.a Anna Berger\nSteuerberaterin\n"
                    "Berger & Partner Steuerberatung GmbH\na.berger@berger-partner.at"
                ),
                "Anna Berger",
            ),
            (
                (
                    "M. Jean-Pierre Lambert\nDirecteur commercial\n"
                    "LAMBERT INDUSTRIES SAS\njp.lambert@lambert-industries.fr"
                ),
                "Jean-Pierre Lambert",
            ),
            (
                ("DI MARKUS HUBER\nPROJEKTLEITER\nHUBER BAU GMBH\nm.huber@huberbau.at"),
                "Markus Huber",
            ),
            (
                (
                    "M. Ramesh Kumar\nBranch Manager\nCanara Bank\n"
                    "ramesh.kumar@canarabank.in"
                ),
                "M. Ramesh Kumar",
            ),
            (
                (
                    "DI STEFANO MARCO\nDIRETTORE TECNICO\nSTEFANO IMPIANTI SRL\n"
                    "m.distefano@stefanoimpianti.it"
                ),
                "Di Stefano Marco",
            ),
        ):
            with self.subTest(name=name):
                card = parse_card_text(text, "DE")
                self.assertEqual(card["name"], name)
        card = parse_card_text(
            "M. Jean-Pierre Lambert\nDirecteur commercial\nLAMBERT INDUSTRIES SAS\n"
            "jp.lambert@lambert-industries.fr",
            "FR",
        )
        self.assertIn("M.", card["lines"])

    def test_banks_and_insurers_in_the_romance_languages_are_firms(self):
        """Invented cards: "Banque Populaire Rives de Paris", "Banca
        Mediolanum", "Société Générale" under the name and role were no
        company (the card came back without one)."""
        for text, region in (
            (
                (
                    "Sophie Martin\nChargée de clientèle\nBanque Populaire Rives de "
                    "Paris\nsophie.martin@bpfrp.fr\n01 40 12 33 44"
                ),
                "FR",
            ),
            (
                (
                    "Giuseppe Esposito\nConsulente Finanziario\nBanca Mediolanum\n"
                    "Tel. 02 9049 1234"
                ),
                "IT",
            ),
            (
                (
                    "Claire Dubois\nConseillère patrimoniale\nSociété Générale\n"
                    "Tél. 01 42 14 20 00"
                ),
                "FR",
            ),
        ):
            with self.subTest(text=text):
                card = parse_card_text(text, region)
                self.assertEqual(card["company"], text.split("\n")[2])

    def test_firms_common_nouns_in_many_languages(self):
        """Invented cards: a firm named by its kind in German, Dutch, Polish,
        Turkish, Portuguese, Spanish, Italian or Indonesian ("Stadtwerke",
        "Versicherungen", "Verlag", "Bankası",
        "Construções", "Abogados", "Officina", "Bengkel") was no company, or
        lost to its wordmark or its role. A role with such a word ("Grup
        Müdürü", "Leiter Bau", "Kepala Bengkel") stays the title."""
        for text, company in (
            ("VISITOR\nLaura Schneider\nStadtwerke Bielefeld", "Stadtwerke Bielefeld"),
            (
                (
                    "HELVETIA\nHelvetia Versicherungen\nMarco Bernasconi\n"
                    "Agente generale\nVia Nassa 5, 6900 Lugano\n"
                    "marco.bernasconi@helvetia.ch"
                ),
                "Helvetia Versicherungen",
            ),
            (
                "Hans Weber\nGeschäftsführer\nWeber Verlag\nTel. 089 123456",
                "Weber Verlag",
            ),
            (
                "Ayşe Kaya\nŞube Müdürü\nZiraat Bankası\n+90 312 555 12 34",
                "Ziraat Bankası",
            ),
            (
                (
                    "Rui Ferreira\nGerente\nConstruções Ferreira\n"
                    "Rua Augusta 100, Lisboa\n+351 912 345 678"
                ),
                "Construções Ferreira",
            ),
            (
                (
                    "Francisca Javiera Contreras Vial\nAbogada\n"
                    "Contreras, Vial & Cía. Abogados\nfjcontreras@cvabogados.cl"
                ),
                "Contreras, Vial & Cía. Abogados",
            ),
            (
                (
                    "Marco Rossi\nTitolare\nOfficina Meccanica Rossi\n"
                    "Via Roma 12, 10121 Torino\nTel. 011 123 4567"
                ),
                "Officina Meccanica Rossi",
            ),
        ):
            with self.subTest(company=company):
                self.assertEqual(parse_card_text(text, "DE")["company"], company)
        for text, title in (
            (
                "Mehmet Yılmaz\nGrup Müdürü\nArçelik A.Ş.\nmehmet.yilmaz@arcelik.com",
                "Grup Müdürü",
            ),
            (
                "Jürgen Schmitz\nLeiter Bau\nHochtief AG\nj.schmitz@hochtief.de",
                "Leiter Bau",
            ),
            (
                (
                    "Ahmad Fauzi\nKepala Bengkel\nPT Astra International Tbk\n"
                    "ahmad.fauzi@astra.co.id"
                ),
                "Kepala Bengkel",
            ),
        ):
            with self.subTest(title=title):
                self.assertEqual(parse_card_text(text, "DE")["title"], title)

    def test_a_firms_first_word_after_a_given_name_is_a_surname(self):
        """A word that begins a firm's name in its language ("Banca Sella",
        "Groep", "Banco") later in a line is the person's surname ("Stefano
        Banca", "Tim Groep", "Carlos Banco Martínez", "Marites Banco", "Maria
        Luisa Banco", whose given names the lists may lack): the name stays. A
        department printed in two lines ("Private" / "Banking") and a bakery
        over the IBAN it is paid to keep their firm. (Invented cards, found in
        review.)"""
        for text, region in (
            (
                (
                    "Stefano Banca\nConsulente\nStudio Banca & Partners\n"
                    "stefano@studiobanca.it"
                ),
                "IT",
            ),
            (
                (
                    "Tim Groep\nSales Manager\nPhilips Nederland B.V.\n"
                    "tim.groep@philips.com"
                ),
                "NL",
            ),
            (
                "Carlos Banco Martínez\nAsesor financiero\nMapfre\ncbanco@mapfre.com",
                "ES",
            ),
            ("Marites Banco\nAccount Officer\nMetrobank\n(02) 8898 8000", "PH"),
            ("Vikram Grup\nManager\nTata Consultancy Services\n+91 22 6778 9999", "IN"),
            (
                "Maria Luisa Banco\nPrincipal\nSt. Mary's Academy\n(02) 8123 4567",
                "PH",
            ),
            (
                (
                    "Thomas Bau\nGeschäftsführer\nBau & Partner Architekten GmbH\n"
                    "t.bau@bau-partner.de"
                ),
                "DE",
            ),
        ):
            with self.subTest(text=text):
                card = parse_card_text(text, region)
                self.assertEqual(card["name"], text.split("\n")[0])
        card = parse_card_text(
            "Laura Meier\nRelationship Manager\nPrivate\nBanking\nJulius Bär\n"
            "Bahnhofstrasse 36, 8001 Zürich\nlaura.meier@juliusbaer.com",
            "CH",
        )
        self.assertEqual(card["company"], "Julius Bär")
        card = parse_card_text(
            "Piet Jansen\nEigenaar\nBakkerij Jansen\nIBAN NL91 ABNA 0417 1643 00\n"
            "Dorpsstraat 1",
            "NL",
        )
        self.assertEqual(card["company"], "Bakkerij Jansen")

    def test_a_middle_initial_and_surname_are_no_legal_form(self):
        """ "Mark S. Carl" spells "S.c.a.r.l.", an Italian legal form: the name
        and the firm were lost (found in review)."""
        card = parse_card_text(
            "Mark S. Carl\nSenior Account Executive\nAcme Corp.\n(555) 987-6543", "US"
        )
        self.assertEqual(
            (card["name"], card["company"]), ("Mark S. Carl", "Acme Corp.")
        )

    def test_more_legal_forms(self):
        """Invented cards: a German "UG (haftungsbeschränkt)", an Austrian
        "GesmbH", an Italian "Soc. Coop.", a Belgian "CVBA" and "SCRL", a
        Bulgarian "OOD" were no legal form (the firm cut, or lost to another
        line)."""
        for line in (
            "Bauer Digital UG (haftungsbeschränkt)",
            "Gruber Transporte GesmbH",
            "La Fattoria Soc. Coop.",
            "Maes Bouw CVBA",
            "Dupont Frères SCRL",
            "Ivanov Trans OOD",
        ):
            with self.subTest(line=line):
                card = parse_card_text(
                    f"Jonas Weber\nProjektleiter\nLogistik & Service\n{line}\n"
                    "Tel. 0171 2345678",
                    "DE",
                )
                self.assertEqual(card["company"], line)
                self.assertNotIn("company", low_confidence_fields(card))

    def test_the_bank_of_an_account_and_a_wordmark_over_its_name(self):
        """Invented cards: the bank a tax adviser's account is at, under
        "Bankverbindung:", was taken for her firm; "Sparkasse" over "Sparkasse
        KölnBonn" gave "Sparkasse Sparkasse KölnBonn". A bank under "Bank:"
        that the card's domain spells is the holder's employer (found in
        review)."""
        card = parse_card_text(
            "Sandra Wolff\nSteuerberaterin\nBankverbindung:\nSparkasse Hannover\n"
            "IBAN DE12 2505 0180 0000 1234 56",
            "DE",
        )
        self.assertEqual((card["name"], card["company"]), ("Sandra Wolff", ""))
        card = parse_card_text(
            "Kiran Rao\nRelationship Manager\nBank:\nFederal Bank\n"
            "kiran.rao@federalbank.co.in",
            "IN",
        )
        self.assertEqual(card["company"], "Federal Bank")
        card = parse_card_text(
            "Sparkasse\nSparkasse KölnBonn\nFiliale Ehrenfeld\nMelanie Schulz\n"
            "Firmenkundenberaterin\nVenloer Straße 345\n50823 Köln\n"
            "melanie.schulz@sparkasse-koelnbonn.de",
            "DE",
            line_heights={"Sparkasse": 2.6},
        )
        self.assertEqual(card["company"], "Sparkasse KölnBonn")

    def test_malay_firms_bodies_and_roles(self):
        """Invented cards of Malaysia and Indonesia: "Berhad" spelled out and a
        co-operative were no company; "Guru Besar" (a headmaster) no role. "Staf
        Van den Broeck" (a Flemish given name) stays a name."""
        for text, field, value in (
            (
                "Mohd Rizal bin Yusof\nJurutera Kanan\nTenaga Nasional Berhad",
                "company",
                "Tenaga Nasional Berhad",
            ),
            (
                "Nurul Aini\nPegawai Pemasaran\nKoperasi Usahawan Selangor",
                "company",
                "Koperasi Usahawan Selangor",
            ),
            (
                "Rohana Ismail\nGuru Besar\nSekolah Kebangsaan Taman Melati",
                "title",
                "Guru Besar",
            ),
            (
                (
                    "Staf Van den Broeck\nZaakvoerder\nBouwbedrijf Van den Broeck BV\n"
                    "staf@vandenbroeckbouw.be"
                ),
                "name",
                "Staf Van den Broeck",
            ),
        ):
            with self.subTest(value=value):
                self.assertEqual(parse_card_text(text, "MY")[field], value)

    def test_a_self_employed_persons_card_names_no_firm_by_its_work(self):
        """A freelancer's card ("Consultora Independente", "Freier
        Handelsvertreter") with a line of what the person does: that line was
        the company ("Gestão de Projectos & Logística", "Verpackungsmaschinen &
        Zubehör"), marked. A firm with a legal form or the domain of the card
        stays the company; a freelancer's roles are titles ("Développeur web
        freelance", "Freie Journalistin")."""
        for text in (
            (
                "Fatima Mussa\nConsultora Independente\n"
                "Gestão de Projectos & Logística\nMaputo, Moçambique\n"
                "+258 84 123 4567\nfatima.mussa@gmail.com"
            ),
            (
                "Peter Müller\nFreier Handelsvertreter\n"
                "Verpackungsmaschinen & Zubehör\nTel. 0171 9876543\n"
                "p.mueller@t-online.de"
            ),
        ):
            with self.subTest(text=text):
                self.assertEqual(parse_card_text(text, "DE")["company"], "")
        card = parse_card_text(
            "Anna Weber\nFreie Journalistin\nWeber Medien GmbH\nanna@webermedien.de",
            "DE",
        )
        self.assertEqual(card["company"], "Weber Medien GmbH")
        self.assertEqual(card["title"], "Freie Journalistin")
        card = parse_card_text(
            "Lucas Martin\nDéveloppeur web freelance\nStudio Pixel & Code\n"
            "lucas@studiopixel.fr",
            "FR",
        )
        self.assertEqual(card["company"], "Studio Pixel & Code")
        self.assertEqual(card["title"], "Développeur web freelance")
        card = parse_card_text(
            "Peter Müller\nFreier Handelsvertreter\nTel. 0171 9876543", "DE"
        )
        self.assertEqual(card["title"], "Freier Handelsvertreter")
        # a firm of one named after its owner, a brand's office, a firm the
        # domain names: still the company (the status line itself never is)
        for text, company in (
            (
                (
                    "Libera Professionista\nDott.ssa Chiara Ferri\n"
                    "Psicologa - Psicoterapeuta\nStudio di Psicologia Ferri\n"
                    "Via Verdi 3, Verona\n+39 340 998 7766"
                ),
                "Studio di Psicologia Ferri",
            ),
            (
                (
                    "Lisa Chen\nSelf-Employed Realtor\nKeller Williams Realty\n"
                    "(713) 555-0123\nlisa.chen@kw.com"
                ),
                "Keller Williams Realty",
            ),
            (
                (
                    "Schreinerei Holzmann\nFreie Werkstatt für Möbelbau\n"
                    "Markus Holzmann\nSchreinermeister\nTalweg 2, 79100 Freiburg"
                ),
                "Schreinerei Holzmann",
            ),
            (
                (
                    "Freelancer\nMatt Barrie\nChief Executive\nmatt@freelancer.com\n"
                    "www.freelancer.com"
                ),
                "Freelancer",
            ),
        ):
            with self.subTest(company=company):
                self.assertEqual(parse_card_text(text, "DE")["company"], company)

    def test_work_of_all_kinds_names_no_firm(self):
        """ "Transporte de Cargas em Geral" (of all kinds) and "Kurier- und
        Expressdienst" (two trades sharing one word) under a driver's and a
        courier's name were the company: they say what is done. With a legal
        form or a name after them, they are a firm's."""
        for text in (
            (
                "Paulo Santos\nMotorista Profissional\nTransporte de Cargas em Geral\n"
                "Fretes · Mudanças · Entregas\n(21) 99876-5432"
            ),
            "Hans Meier\nKurier- und Expressdienst\n+41 79 555 44 33\nhans@gmx.ch",
            "Jörg Kühn\nMeister\nReparaturen aller Art\nTel. 0171 2233445",
        ):
            with self.subTest(text=text):
                self.assertEqual(parse_card_text(text, "DE")["company"], "")
        card = parse_card_text(
            "Andreas Becker\nVertriebs- und Marketingleiter\n"
            "Becker Maschinenbau GmbH\na.becker@becker-maschinenbau.de",
            "DE",
        )
        self.assertEqual(card["title"], "Vertriebs- und Marketingleiter")
        for text, company in (
            (
                (
                    "Müller Transporte aller Art\nHeinz Müller\nFuhrunternehmer\n"
                    "Waldweg 9, 01099 Dresden"
                ),
                "Müller Transporte aller Art",
            ),
            (
                (
                    "JR Reformas em Geral\nJosé Roberto da Silva\nProprietário\n"
                    "(11) 97654-3210\njrreformas@gmail.com"
                ),
                "JR Reformas em Geral",
            ),
        ):
            with self.subTest(company=company):
                self.assertEqual(parse_card_text(text, "BR")["company"], company)
        for line in (
            "Kurier- und Expressdienst Hansen GmbH",
            "Heizungs- und Sanitärbau Schmidt",
        ):
            with self.subTest(line=line):
                card = parse_card_text(
                    f"Tobias Hansen\nGeschäftsführer\n{line}\nTel. 040 123456", "DE"
                )
                self.assertEqual(card["company"], line)

"""Word lists of the card text parser (``card_text``): which words label a contact
line, which are job titles, legal forms, company words, streets, the top-level
domains and free mail providers a card's addresses show, the taglines and office
labels that are never a company, a name or a title, and the hosts of digital
business card services. Words are folded as ``card_text._fold`` folds them
(lower case, no accents) unless said otherwise."""

# top-level domains a bare address (no www., no http) may end with
COMMON_TLDS = frozenset(
    [
        "com",
        "org",
        "net",
        "io",
        "co",
        "biz",
        "info",
        "eu",
        "uk",
        "de",
        "fr",
        "be",
        "nl",
        "es",
        "it",
        "pt",
        "ch",
        "at",
        "se",
        "no",
        "dk",
        "fi",
        "ie",
        "pl",
        "cz",
        "us",
        "ca",
        "au",
        "nz",
        "in",
        "jp",
        "cn",
        "br",
        "mx",
        "ar",
        "za",
        "app",
        "dev",
        "tech",
        "ai",
        "agency",
        "studio",
        "design",
        "digital",
        "consulting",
        "solutions",
        "email",
        "me",
        "tv",
        "edu",
        "gov",
        "online",
        "shop",
        "store",
        "ae",
        "sg",
        "hk",
        "tr",
        "kr",
        "tw",
        "vn",
        "ru",
        "gr",
        "hu",
        "ro",
    ]
)
FREE_MAIL = frozenset(
    [
        "gmail",
        "googlemail",
        "yahoo",
        "hotmail",
        "outlook",
        "live",
        "msn",
        "icloud",
        "me",
        "mac",
        "aol",
        "gmx",
        "web",
        "proton",
        "protonmail",
        "orange",
        "free",
        "laposte",
        "wanadoo",
        "yandex",
        "mail",
        "email",
        "zoho",
        # the mail of an internet provider or a national portal, a person's
        # own ("jrmlandscaping@cox.net", "777ixoye@bellsouth.net"); not those
        # that are given names too ("Alice", "Virgilio": see ``given_names``)
        "ymail",
        "rocketmail",
        "cox",
        "comcast",
        "verizon",
        "att",
        "sbcglobal",
        "bellsouth",
        "earthlink",
        "charter",
        "optonline",
        "btinternet",
        "virginmedia",
        "ntlworld",
        "talktalk",
        "shaw",
        "sympatico",
        "bigpond",
        "optusnet",
        "xtra",
        "rediffmail",
        "naver",
        "hanmail",
        "daum",
        "qq",
        "163",
        "126",
        "seznam",
        "wp",
        "onet",
        "interia",
        "tiscali",
        "sfr",
        "neuf",
        "t-online",
        "freenet",
        "bluewin",
        "telenet",
        "skynet",
        "uol",
        "bol",
        "rambler",
        "ukr",
        "inbox",
        "fastmail",
        "tutanota",
    ]
)
# the words that label a contact line on cards in English, French, German, Spanish,
# Italian, Polish, Czech and Dutch (matched without accents, see ``_LABEL``)
CELL_WORDS = (
    r"mobile?",
    r"mob",
    r"mobiel",
    r"mobilni",
    r"movil",
    r"cell(?:ulare)?",
    r"cel",
    r"gsm",
    r"portable",
    r"port",
    r"handy",
    r"natel",
    r"kom(?:orka)?",
    r"tel\.?\s*kom",
    r"m",
    r"c",  # "C:", celular / cellulaire
    # Portuguese and Spanish "Celular", Indonesian "HP" (handphone), and the
    # messenger (not Turkish "Cep", Brazil's postcode's label)
    r"celular",
    r"hp",
    r"whats\s?app",
)
WORK_WORDS = (
    r"tel(?:ephone|efon|efono|efone|f|\.?\s*stac)?",
    r"phone",
    r"ph",
    r"tlf",
    r"office",
    r"bureau",
    r"buro",
    r"uff(?:icio)?",
    r"direct",
    r"work",
    r"switchboard",
    r"t",
    r"p",
    r"o",
    r"d",
    # Indian "Off:" and "Res:" (the office's and the home's), a firm's
    # "Hotline", Portuguese "Fone", Indonesian "Telp"
    r"off",
    r"res",
    r"hotline",
    r"helpline",
    r"landline",
    r"fone",
    r"telp",
)
# "Faks": the Turkish, Polish, Norwegian and Danish fax
FAX_WORDS = (r"fax", r"telefax", r"faks", r"telefaks", r"f")
OTHER_WORDS = (
    r"e-?mail",
    r"mail",
    r"courriel",
    r"correo",
    r"web(?:site)?",
    r"site",
    r"blog",
    r"url",
    r"internet",
    r"www",
    r"e",
    r"w",
)


STREET_WORDS = (
    r"caddesi|cad|cd|sokak|sokagi|sok|sk|mahallesi|mah|bulvarı|bulvari|bulvar|blv|"
    r"jalan|jl|"
    r"street|st|avenue|ave|av|road|rd|boulevard|blvd|bd|lane|ln|drive|dr|way|court|"
    r"ct|place|pl|plaza|square|sq|parkway|pkwy|highway|hwy|terrace|row|close|"
    r"rue|allée|allee|chemin|quai|impasse|cours|route|"
    r"straße|strasse|str|weg|platz|allee|gasse|ring|damm|"
    r"calle|carrer|avenida|paseo|via|viale|piazza|corso|rua|travessa|"
    r"laan|straat|plein|gracht|kade|suite|floor|building|unit"
)


def vocabulary(*lines):
    """The words of ``lines`` (strings of words separated by spaces)."""
    return frozenset(word for line in lines for word in line.split())


# words of job titles in English, French, German, Spanish, Italian, Polish, Czech
# and Dutch, folded (see ``_fold``)
TITLE_WORDS = vocabulary(
    "ceo cto cfo coo cmo cio cso cpo vp svp evp president chairman chairwoman chair",
    "founder co-founder cofounder owner partner principal director manager head",
    "lead chief officer executive engineer developer designer architect consultant",
    "advisor adviser analyst specialist coordinator assistant associate",
    "representative rep sales marketing account accountant attorney lawyer counsel",
    # "ADVOCATE": a lawyer, in India
    "advocate",
    "doctor dr physician nurse professor lecturer researcher scientist editor",
    "writer journalist producer agent broker realtor recruiter administrator admin",
    "secretary treasurer supervisor technician intern student strategist planner",
    "buyer photographer artist teacher trainer coach therapist pharmacist dentist",
    "surgeon pilot chef procurement purchasing senior junior surveyor clerk staff",
    # a head (Portuguese: "Chefe de Cozinha", "Chefe do Departamento de ...")
    "chefe",
    "technologist driver chauffeur",
    # German field and office sales ("Vertrieb Außendienst"), a buyer, a
    # managing partner ("Geschäftsführender Gesellschafter")
    "aussendienst innendienst einkaufer einkauferin gesellschafter",
    "gesellschafterin geschaftsfuhrender",
    # a deputy manager (Spanish), a sales engineer (French), a manager and a
    # director (Swahili), leaders in Dutch ("Verkoopleider"; no "-leider" of
    # every word: "Brautkleider" are dresses)
    "subgerente technicocommercial meneja mkurugenzi verkoopleider projectleider",
    "teamleider afdelingsleider groepsleider",
    # "ANALITYK GIEŁDOWY" (a stock analyst, Polish), "Cortador Profesional de
    # Jamón" (a ham carver, Spanish; no "Contador" misread)
    "analityk analityczka cortador cortadora",
    "promoter",
    # trades and care: "HAIRSTYLIST", "Nutritionist"
    "stylist hairstylist hairdresser barber beautician nutritionist dietitian",
    "optometrist physiotherapist counsellor counselor tutor instructor",
    "inspector auditor controller estimator foreman superintendent operator",
    "paralegal solicitor barrister underwriter directeur directrice gerant gerante",
    "responsable charge chargee ingenieur conseiller conseillere commercial",
    "commerciale presidente fondateur fondatrice associe associee assistante",
    "comptable avocat avocate consultante technicien technicienne acheteur",
    "acheteuse delegue deleguee attache attachee adjoint adjointe secretaire",
    "vendeur vendeuse developpeur developpeuse architecte pdg dg daf drh",
    "geschaftsfuhrer geschaftsfuhrerin leiter leiterin berater beraterin vertrieb",
    "verkauf einkauf ingenieurin inhaber inhaberin grunder grunderin vorstand",
    "prokurist prokuristin referent referentin sachbearbeiter sachbearbeiterin",
    "entwickler entwicklerin kaufmann kauffrau assistentin mitarbeiter",
    "mitarbeiterin vorsitzender vorsitzende directora gerente jefe jefa tecnico",
    "tecnica ingeniero ingeniera consultor consultora asesor asesora fundador",
    "fundadora socio socia abogado abogada administrador administradora coordinador",
    "coordinadora ejecutivo ejecutiva analista disenador disenadora desarrollador",
    "desarrolladora contable delegado delegada ventas compras direttore direttrice",
    "responsabile amministratore amministratrice delegato delegata titolare",
    "ingegnere consulente fondatore avvocato architetto geometra ragioniere dottore",
    "dottoressa dott progettista venditore acquisti vendite dyrektor dyrektorka",
    "kierownik kierowniczka prezes zarzadu zarzadzajacy zarzadzajaca specjalista",
    "specjalistka doradca konsultant konsultantka inzynier wlasciciel wlascicielka",
    "przedstawiciel przedstawicielka handlowy handlowa menedzer ksiegowa ksiegowy",
    # a notary, an advocate ("Członek", a member, of a guild as often as of
    # the board, is none)
    "notariusz adwokat",
    "glowny glowna wiceprezes asystent asystentka koordynator koordynatorka radca",
    "reditel reditelka jednatel jednatelka manazer manazerka vedouci obchodni",
    "zastupce zastupkyne technicky technicka poradce konzultantka inzenyr majitel",
    "majitelka ucetni predseda mistopredseda koordinator koordinatorka eigenaar",
    "adviseur medewerker verkoop oprichter bedrijfsleider",
    # a freight dispatcher, a salesman, a designer (Polish), a foreman
    # (Portuguese), a driving instructor (German), a dentist (Turkish "Diş
    # Hekimi"), a managing director and a sales manager (Finnish, Swedish), a
    # salesman (Czech)
    "dyspozytor dyspozytorka handlowiec logistyk projektant projektantka",
    # a shop assistant and a supplies buyer (Polish), a fitter and a
    # logistician (German, Dutch), a woman engineer (French), a clerk
    # (Spanish), a driver (Turkish "Şoför"), a saleswoman, a woman buyer and a
    # woman manager (Dutch), a sales and a logistics manager (Swedish), a
    # salesman and a buyer (Finnish, Czech)
    "sprzedawca zaopatrzeniowiec monteur logistiker ingenieure administrativo",
    "sofor verkoopster inkoopster bedrijfsleidster saljchef logistikchef",
    "myyja ostaja obchodnik nakupci",
    "encarregado encarregada",
    "fahrlehrer fahrlehrerin hekimi toimitusjohtaja myyntipaallikko",
    "forsaljningschef saljare prodejce",
    # Turkish, Portuguese, more English
    "mudur muduru genel uzman uzmani yonetici satis temsilci temsilcisi baskan",
    # "AR-GE Yöneticisi" (the research manager; no "Üyesi", a member, of an
    # association as often as of the board)
    "yoneticisi",
    "baskani direktor direktoru sorumlu sorumlusu koordinator sef muhendis",
    "muhendisi gelistirme yurtdisi diretor diretora vendedor vendedora",
    # "Mak. Müh.": a mechanical engineer, the Turkish role shortened
    "muh",
    "proprietario proprietaria socio assessor assessora representante tecnico",
    "coordenador coordenadora gerente consultor consultora supervisora",
    "gm md svp avp evp vice",
    # more roles in Italian, Portuguese, Spanish and Turkish: "nutrizionista",
    # "GESTOR PÚBLICO", "Gayrimenkul Danışmanı"
    "nutrizionista commercialista advogado advogada gestor gestora contador",
    "contadora arquitecto arquitecta arquiteto arquiteta engenheiro engenheira",
    "psicologo psicologa fisioterapeuta dentista medico medica odontologo",
    "danisman danismani kurucu",
    # teaching and research, in other languages
    "profesor profesora professeur professeure professore professoressa",
    "professora docent dozent dozentin catedratico catedratica dekan prodekan",
    "dean rector rektor prorektor investigador investigadora",
    # Malay and Indonesian: "Ketua Penolong Pengarah" (chief assistant director)
    "pengarah pengurus ketua penolong timbalan pegawai setiausaha jurutera",
    "pensyarah pengerusi eksekutif direktur manajer",
    # Vietnamese: "Giám đốc" (director); not "trưởng" (head), which folds as the
    # surname Trương does
    "giam",
)
# more occupations and ranks, rarer on cards: a line with one reads as a title,
# to be checked. In English, not those that are common surnames too ("Baker",
# "Mason", "Painter", "Carpenter", "Judge", "Porter"), nor those that name a
# firm's trade as often as a person's ("Contractor", "Investor")
MORE_TITLE_WORDS = vocabulary(
    "actuary adjuster animator apprentice appraiser arbitrator archivist",
    # a technician (Turkish), a buyer (Dutch, Swedish); not "Ortak" (a partner,
    # a surname too) nor "Doktor" (a car-repair shop's name, "Doktor Oto")
    "teknisyen teknisyeni tekniker inkoper inkopschef inkopare",
    # a trader and a seller (a shop's name begins so too: "Trader Joe's")
    "trader seller",
    # "Investor", "Florist", "Scrum Master"; a florist (Portuguese, Spanish,
    # Italian), a work planner (Dutch), a chief physician (Turkish)
    "investor florist scrum florista werkvoorbereider werkvoorbereidster bashekim",
    # an expert witness and an assessor (German), a site manager ("Conducteur
    # de travaux"), a winemaker (Portuguese, Spanish, Italian, French)
    "sachverstandiger sachverstandige gutachter gutachterin conducteur",
    "enologo enologa oenologue",
    # a woman manager (German, "Office Managerin"), physicians (German: a
    # head, a senior, a dental, a specialist's, a vet), a speech therapist, a
    # dermatologist (Portuguese), a doctor (Polish), a cabinet-maker and an
    # artist (French), a guide (Spanish, Portuguese)
    "managerin chefarzt chefarztin oberarzt oberarztin zahnarzt zahnarztin",
    "facharzt facharztin tierarzt tierarztin logopade logopadin",
    "dermatologista lekarz ebeniste artiste guia",
    # a guide ("Trekking Guide"), a priest ("Parish Priest"), a technician
    # (Indonesian "Teknisi"); a colourist, an inspector, an optometrist, an
    # ophthalmologist, a broker (Portuguese, Spanish; not "Barbeiro", a
    # surname too), a wine merchant, an estate agent and a florist (French)
    "guide priest teknisi colorista fiscalizador optometrista",
    "oftalmologista mediador caviste negociateur fleuriste",
    # an assistant to the board ("Vorstandsassistenz"); the head of a
    # department ("Leitung Haustechnik", "Leitung Vertrieb"); an owner,
    # shortened ("Inh. Melanie Braun", Inhaberin)
    "vorstandsassistenz leitung inh",
    # an owner (Spanish), a charterer, a customs declarant and a bailiff
    # (French), a freight forwarder (Dutch), a chartered accountant (Turkish
    # "Mali Müşavir")
    "dueno duena affreteur declarant huissier expediteur musavir",
    # "Logistician", "Master Mariner", "Purser", "Hotel Concierge"
    "logistician mariner purser deckhand concierge freelancer caregiver",
    "housekeeper storekeeper scheduler moderator spokesperson choreographer",
    "barista",
    # a pharmacist in Portuguese and Spanish ("Farmacêutica Responsável"), a
    # pastry cook in French ("Artisan Pâtissier"; no "Boulanger", a surname)
    "farmaceutica farmaceutico patissier patissiere",
    # "Prop:" before the name, for proprietor, as Indian cards print it
    "prop",
    "astrologer attendant auctioneer author banker bartender biologist bookkeeper",
    "cashier caterer chairperson chancellor chemist chiropractor clinician",
    "commissioner composer conservator constable copywriter",
    "correspondent cosmetologist councillor councilor curator custodian deputy",
    "dermatologist detective dietician diplomat dispatcher draftsman draughtsman",
    "economist educator electrician entrepreneur envoy epidemiologist evangelist",
    # "Empreendedor digital": entrepreneur in Portuguese, Spanish, German,
    # Italian, Dutch, Polish and Turkish
    "empreendedor empreendedora emprendedor emprendedora unternehmer",
    "unternehmerin imprenditore imprenditrice ondernemer przedsiebiorca girisimci",
    # freight and customs, as forwarders' cards print them: a dispatcher, a
    # forwarder, a customs broker in German, Polish, English, Portuguese,
    # Spanish, French and Italian ("Disponentin", "Spedytor", "Despachante
    # Aduaneira", "Transitaire", "Commissionnaire en Douane", "Gümrük Müşaviri")
    "disponent disponentin spedytor spedytorka forwarder despachante",
    "transitario transitaria transitaire spedizioniere speditionskaufmann",
    "speditionskauffrau zolldeklarant commissionnaire musaviri",
    # roles shortened: an engineer, a superintendent, a supervisor, a
    # coordinator ("Sr. Engr.", "Site Supt.", "Ops. Coord.")
    "engr supt supv coord",
    # a chief in Turkish ("İhracat Şefi"), a buyer, an intern or a trainee in
    # Portuguese, Spanish, German, Italian and Turkish
    "sef sefi comprador compradora estagiario estagiaria werkstudent",
    "werkstudentin azubi tirocinante stajyer",
    "examiner expert facilitator financier firefighter geologist gynaecologist",
    "gynecologist herbalist historian hygienist illustrator influencer installer",
    "interpreter investigator jeweller jeweler landscaper librarian",
    "lieutenant lobbyist locksmith machinist magistrate mathematician mechanic",
    "mediator mentor merchandiser midwife musician negotiator neurologist notary",
    "novelist obstetrician oncologist ophthalmologist optician orthodontist",
    "osteopath paediatrician pediatrician paramedic pastor pathologist performer",
    "pharmacologist physicist physio plumber postdoc postdoctoral",
    "practitioner programmer proprietor proprietress prosecutor psychiatrist",
    "psychologist psychotherapist publisher radiographer radiologist receptionist",
    "registrar reporter salesman saleswoman salesperson scholar sculptor senator",
    "sergeant sommelier statistician stockbroker translator trustee typist",
    "urologist valuer veterinarian videographer volunteer webmaster welder",
    "ambassador audiologist cardiologist podiatrist provost headmaster",
    "headmistress bursar fellow candidate ombudsman incharge convener convenor",
    "songwriter lyricist vocalist guitarist drummer pianist violinist bassist dj",
    "mgr asst exec",
    # "Dir. of Ops.": a director, shortened
    "dir",
    # "CALLIGRAPHIST", "Gardener", "FREELANCE WEBSITE CREATOR"
    "calligraphist calligrapher gardener creator",
    # a potter's, a nanny's; a midwife, a house painter, a
    # photographer, a yoga teacher, an illustrator and a coach in German,
    # Dutch, Turkish, French and Spanish ("Hebamme", "SCHILDER", "Fotoğrafçı",
    # "Yogadocent", "Illustratrice", "ENTRENADOR PERSONAL")
    "ceramicist ceramist gunsmith babysitter nanny seamstress roofer",
    "decorator actor mohel hebamme huisschilder fotograaf fotografci yogadocent",
    "conveyancer",
    "illustratrice illustrateur entrenador entrenadora",
    # and in German, French, Spanish, Portuguese, Italian, Turkish, Dutch and the
    # Nordic languages
    "rechtsanwalt rechtsanwaltin notar notarin arzt arztin zahnarzt zahnarztin",
    "apotheker apothekerin architekt architektin techniker technikerin",
    "sekretarin assistent verkaufer verkauferin vertreter makler maklerin",
    "fotograf fotografin designerin programmierer programmiererin friseur",
    "friseurin physiotherapeut physiotherapeutin psychologe psychologin meister",
    "meisterin doktorand doktorandin wissenschaftler wissenschaftlerin",
    "notaire medecin pharmacien pharmacienne infirmier infirmiere photographe",
    "journaliste redacteur redactrice traducteur traductrice courtier expert",
    "experte formateur formatrice enseignant enseignante chercheur chercheuse",
    "doctorant doctorante stagiaire dirigeant dirigeante animateur animatrice",
    "coordinateur coordinatrice administrateur administratrice superviseur",
    "controleur auditeur auditrice tresorier tresoriere",
    "encargado encargada agente asistente auxiliar secretario tesorero",
    "tesorera contador contadora medico medica doctora enfermero enfermera",
    "arquitecto arquitecta notario licenciado licenciada operador operadora",
    "docente decano decana vicerrector vicerrectora fotografo fotografa",
    "programador programadora gestor gestora promotor promotora",
    "advogado advogada engenheiro engenheira arquiteto arquiteta corretor",
    # care and health in Portuguese, Spanish, Polish and French: "PSICÓLOGA"
    "psicologo psicologa dentista fisioterapeuta nutricionista enfermeiro",
    "enfermeira veterinario veterinaria fizjoterapeuta",
    "fizjoterapeutka psycholog psychologue kinesitherapeute",
    "corretora assistente pesquisador pesquisadora executivo executiva",
    "impiegato impiegata addetto addetta funzionario funzionaria segretario",
    "segretaria coordinatore coordinatrice ricercatore ricercatrice farmacista",
    "sviluppatore programmatore rappresentante procuratore ispettore perito notaio",
    "danisman danismani avukat hekim eczaci mimar ogretim gorevlisi kurucu",
    "asistan sekreter muhasebeci yardimcisi",
    "advocaat notaris tandarts ontwikkelaar beheerder bestuurder",
    "voorzitter secretaris penningmeester vennoot zaakvoerder zaakvoerster",
    "verkoper vertegenwoordiger teamleider projectleider hoogleraar onderzoeker",
    "ansvarig saljare konsult radgivare projektledare grundare utvecklare",
    "ingenjor salgssjef selger innehaver medarbejder konsulent stifter",
    "kepala wakil pemilik konsultan penasihat komisaris",
    # a Malay headmaster and teacher ("Guru Besar"; not "Staf", Indonesian
    # staff, a Flemish given name too)
    "guru",
    # owners, deputies, office and trade roles in Spanish, Portuguese, Italian,
    # French, German and Turkish ("Propietario", "Subdirectora", "Steuerberater",
    # "İşletme Sahibi")
    "propietario propietaria proprietaire subdirector subdirectora",
    "vicepresidente vicepresidenta secretaria recepcionista odontologo",
    "traductor redactor periodista jornalista giornalista commercialista",
    "desenvolvedor mecanico electricista fontanero carpintero operario",
    "gestionnaire graphiste grafiker steuerberater wirtschaftsprufer tierarzt",
    "infermiere fisioterapista osteopathe interprete sahibi",
    "trainee marketer chaplain consul",
    # a role as Turkish and Polish firms write it in English ("Sales
    # Responsible"), no French "responsable" misread
    "responsible",
    # and in Croatian, Serbian, Slovak, Hungarian, Romanian, Indonesian and
    # Portuguese ("dizajner enterijera", "Fachanwältin für Arbeitsrecht",
    # "MOTORISTA PARTICULAR", "Mahasiswa": a university student)
    "fachanwalt fachanwaltin patentanwalt patentanwaltin dizajner dizajnerica",
    "voditelj voditeljica savjetnik savjetnica vlasnik vlasnica menadzer",
    "konatel riaditel riaditelka igazgato ugyvezeto mernok tanacsado inginer",
    "consilier mahasiswa motorista",
    # a doctor's, a therapist's and a front desk's roles in German and French
    # ("Fachärztin für Allgemeinmedizin", "Réceptionniste")
    "facharzt facharztin tierarztin heilpraktiker heilpraktikerin",
    "psychotherapeut psychotherapeutin rezeptionist rezeptionistin receptionniste",
    "courtiere",
    # a maker's trade: "Cabinetmaker", "Dressmaker" (not "Maker" nor "Shoemaker",
    # surnames too)
    "cabinetmaker dressmaker watchmaker filmmaker",
    # professions of small firms' cards ("Licensed Esthetician", "Tax
    # Preparer"; not "Steward" nor "Mayor", surnames too, nor "Handyman",
    # "Roofer", "Groomer", "Arborist", a firm's trade as often: "Painter and
    # handyman" under a wordmark)
    "doula esthetician aesthetician mixologist agronomist preparer headteacher",
    # roles in Norwegian, Danish, Swedish, Finnish, Dutch and Hungarian:
    # "Prosjektleder", "Rådgiver", "Indehaver", "Ägare", "Projektipäällikkö",
    # "Verkoopadviseur", "Értékesítési vezető"
    "prosjektleder projektleder avdelingsleder afdelingsleder salgsleder",
    "radgiver kundeansvarlig salgschef indehaver agare saljchef avdelningschef",
    "projektipaallikko asiakkuuspaallikko myyntiedustaja johtaja",
    "verkoopadviseur adviseur medewerker ertekesitesi vezeto",
    # trades and professions of small firms' cards in German, Danish, Norwegian,
    # Spanish, Italian, Dutch, Polish, Czech and Swedish: "Bauleiter",
    # "Tandlæge", "Tannlege", "Estilista", "Idraulico", "Fysiotherapeut",
    # "Makelaar", "Kierowca", "Instalatér", "Auktoriserad revisor"
    "bauleiter tandlaege tandlage tannlege estilista idraulico fysiotherapeut",
    "makelaar kierowca instalater revisor",
    # "Master Tailor" (not "Sam's Tailor", a firm by its possessive)
    "tailor",
    # a hairdresser's and a make-up artist's in French, a nail stylist's in
    # Polish, a designer's in Turkish, a translator's in Polish
    "coiffeur coiffeuse visagiste stylistka tasarimci tlumacz",
    # trades in Portuguese: "Cabeleireira", "Confeiteira", "Encanador" (a
    # plumber); not "Barbeiro", "Pedreiro", surnames too
    "cabeleireiro cabeleireira confeiteiro confeiteira encanador manicure",
    # musicians: "Jazz Saxophonist"; a British university's rank ("Reader in
    # Medieval History")
    "saxophonist trumpeter cellist percussionist reader",
    # working on one's own: "Développeur web freelance", "Freelancer",
    # "Freiberuflerin", "Libero professionista"; a sales agent, a journalist, an
    # editor ("Freier Handelsvertreter", "Freie Journalistin", "Freie
    # Lektorin"; not "Menuisier", a surname too)
    "freelance freelancer freelancerin freiberufler freiberuflerin",
    "professionista handelsvertreter handelsvertreterin journalistin",
    "lektor lektorin",
)
# words of a title that name the role (a line with one is a title of its own, not
# the second line of the one above it: "Director" / "Sales Dept.")
TITLE_NOUNS = vocabulary(
    "ceo cto cfo coo cmo cio cso cpo vp svp evp gm md president chairman founder",
    "co-founder owner partner principal director manager head lead chief officer",
    "executive engineer developer designer architect consultant advisor adviser",
    "analyst specialist coordinator assistant associate representative counsel",
    "supervisor administrator secretary treasurer mudur muduru direktor",
    # the roles of trades ("Insurance Agent", "Tattoo Artist", "Mortgage Broker")
    "agent broker technician therapist artist stylist inspector instructor",
    "trainer planner",
    "directeur directrice gerente diretor diretora consultor geschaftsfuhrer",
    "leiter leiterin direttore responsabile",
    # roles in French, Spanish, Portuguese and Italian, whose titles run on in
    # lower case ("Consultor de marketing", "Responsable du service client")
    "responsable consultora conseiller conseillere charge chargee ingenieur",
    # "Développeur web freelance", "Développeuse front-end"
    "developpeur developpeuse",
    "ingeniero ingeniera asesor asesora especialista analista coordinador",
    "coordinadora coordenador coordenadora jefe jefa directora direttrice",
    "tecnico tecnica",
    # "Chef de projet digital", "Cheffe d'équipe"; "Chefe de Cozinha",
    # "Chefe do Departamento de Logística" (Portuguese)
    "chef cheffe chefe",
    # Malay: "Pengarah" (director), "Pengurus" (manager), "Pegawai" (officer)
    "pengarah pengurus pegawai ketua",
    # Polish, Czech, German and Turkish roles, their field after them in small
    # letters ("Specjalista ds. elektroniki", "Referent für Personal")
    "specjalista specjalistka kierownik kierowniczka doradca konsultant",
    "konsultantka inzynier dyrektor dyrektorka przedstawiciel przedstawicielka",
    "reditel reditelka vedouci referent referentin berater beraterin uzman",
    "sorumlu temsilci",
)
# the Turkish role nouns, which end a title, in the form they take after its
# field ("Satınalma Sorumlusu", "İhracat Şefi", "Satış Mühendisi"): a title
# whole, in capitals or title case (in small letters a slogan's as often:
# "evinizin yöneticisi")
TURKISH_TITLE_NOUNS = vocabulary(
    "sorumlusu temsilcisi uzmani yonetici yoneticisi sefi muhendis muhendisi",
    "baskan baskani direktoru koordinator koordinatoru yardimcisi",
)
# the headings of a card that reads as a page (a portfolio's, a résumé's),
# folded: never a firm's name
SECTION_HEADINGS = frozenset(
    ["about", "aboutme", "aboutus", "interest", "interests", "skills", "education"]
    + ["experience", "hobbies", "languages", "projects", "contactme", "contactus"]
    + ["followme", "followus", "connectwithme", "getintouch", "findmeon"]
)
# lines that look like titles but label an office
NOT_TITLES = frozenset(
    ["headoffice", "headquarters", "hq", "branchoffice", "registeredoffice"]
)
# German compounds: "Vertriebsleiter", "Einkaufsleiterin", "Projektingenieur"
TITLE_ENDINGS = (
    "leiter",
    "leiterin",
    "fuhrer",
    "fuhrerin",
    "berater",
    "beraterin",
    "ingenieur",
    "manager",
    "referent",
    "referentin",
    # "Vertriebsmitarbeiter", "Kundenbetreuerin"
    "mitarbeiter",
    "mitarbeiterin",
    "betreuer",
    "betreuerin",
    # a master craftsman's ("Malermeister", "Elektromeisterin"), an owner's
    # ("Lehrstuhlinhaberin", "Geschäftsinhaber")
    "meister",
    "meisterin",
    "inhaber",
    "inhaberin",
    # "Produktspezialistin", "Vertriebsassistentin" (not a firm's trade in
    # the masculine, "Parkettspezialist Wagner", "Versicherungsmakler
    # Hoffmann", nor "Büroassistenz", a freelancer's service)
    "spezialistin",
    "assistent",
    "assistentin",
    # "Immobilienmaklerin", "Steuerfachangestellte", "Innenarchitektin",
    # "Kunsthistoriker", "Yogalehrerin", "Filialleitung"
    "maklerin",
    "angestellte",
    "angestellter",
    "architekt",
    "architektin",
    "historiker",
    "historikerin",
    "lehrer",
    "lehrerin",
    "leitung",
)
# legal forms, written without their dots and spaces: ``sp. z o.o.`` is spzoo
COMPANY_FORMS = vocabulary(
    "inc incorporated llc ltd limited plc llp lp pty corp corporation company co",
    "gmbh mbh ag kg ohg ug gbr kgaa ev ek se sa sas sasu sarl eurl sci snc scop sl",
    "slu sll sau spa srl srls bv nv vof cv bvba sprl spzoo sc sj sk ska sro spolsro",
    # Poland: "sp. j." (spółka jawna), "sp. k." (komandytowa), "sp. p." (partnerska)
    "spj spk spp",
    "as vos ks zs oy ab aps kft group holding holdings",
    # Brazil, Portugal, Turkey, the Gulf, Malaysia, Asia, Greece, Nordics
    "ltda lda eireli as bsc bscc wll fzco fze fzllc fzc dmcc sdnbhd bhd",
    # Malaysia's, spelled out: "Tenaga Nasional Berhad", "Sendirian Berhad"
    "berhad sendirianberhad sdnberhad",
    # Turkey: "San. ve Tic. Ltd. Şti." (limited şirketi), "Anonim Şirketi"
    "ltdsti sti limitedsirketi anonimsirketi",
    "pte ptd pvtltd pvt tbk jsc ojsc pjsc ooo zao ike asa oyj",
    "coltd colimited",
    # the Balkans' "d.o.o.", Hungary's "Zrt." and "Nyrt.", Bulgaria's "EOOD",
    # Lithuania's "UAB", a German non-profit's "gGmbH"
    "doo zrt nyrt eood uab ggmbh",
    # Austria's "GesmbH" ("Ges.m.b.H."), Bulgaria's "OOD", Belgium's "CVBA" and
    # "SCRL", Italy's co-operatives ("Soc. Coop."; not "S.c.a.r.l.", which
    # a name spells: "Mark S. Carl")
    "gesmbh ood cvba scrl soccoop",
    # Japan's, spelled in Latin letters: "Nippon Yusen Kabushiki Kaisha" (not
    # "KK", initials after a South Indian name)
    "kabushikikaisha yugenkaisha godokaisha",
    # spelled out: "JOINT STOCK COMPANY" (a Vietnamese or Russian JSC)
    "jointstockcompany limitedliabilitycompany",
)


# the words of firms that begin a firm's name in their languages ("Banco
# Santander", "Caisse d'Epargne", "Fundacja Dzieciom", "Stichting Het Gelders
# Erfgoed"): a firm's word only there; later in a line a surname ("Stefano
# Banca", "Marites Banco", "Rodel Compania") or a role's word ("AVP Banca")
FIRST_FIRM_WORDS = frozenset(
    ["banque", "banco", "banca", "caisse", "societe", "compagnie", "companhia"]
    + ["compania", "clinique", "fondation", "mutuelle", "fundacja", "szpital"]
    + ["stowarzyszenie", "spoldzielnia", "przedsiebiorstwo", "hurtownia"]
    + ["officina", "autofficina", "menuiserie", "plomberie", "groep", "stichting"]
    + ["apotek", "bengkel"]
)
COMPANY_WORDS = frozenset(
    [
        "labs",
        "lab",
        # a laboratory, a pharmacy, a driving school in the languages of
        # Europe's and Latin America's cards ("LABORATOIRE ABDA", "Drogaria
        # São Paulo", "Autoescola Central")
        "laboratory",
        "laboratoire",
        "laboratoires",
        "laboratorio",
        "laboratorios",
        "apotheke",
        "pharmacie",
        "drogaria",
        "autoescola",
        "autoescuela",
        # and in Turkish and Polish: a pharmacy, a hairdresser's, a law
        # office, an insurance agency, a fuel station, moulds, a foundry, a
        # beauty salon, a florist's ("YILDIZ ECZANESİ", "KAYA SİGORTA", "Kaya
        # Hukuk", "TEKNİK KALIP", "Kwiaciarnia Róża")
        "eczane",
        "eczanesi",
        # a builder's firm and a contractor's in Dutch ("Bouwbedrijf De Jong &
        # Zn.", "Aannemersbedrijf Bakker")
        "bouwbedrijf",
        "aannemersbedrijf",
        "kuafor",
        "kuaforu",
        "hukuk",
        "sigorta",
        "kalip",
        "dokum",
        "guzellik",
        "apteka",
        "kwiaciarnia",
        # Indian firms' words for what they do: "Alpha Infotech", "Sri Softech",
        # "Kaveri Agencies", "SS Infrabuild"
        "infotech",
        "infosoft",
        "softech",
        "agencies",
        "infra",
        "infrabuild",
        # Vietnam: "Công ty TNHH" (a limited company), "Tiệm Vàng Kim Thành"
        # (a shop: a gold shop)
        "tnhh",
        "tiem",
        "solutions",
        "consulting",
        # a consultancy in French and German: "Alpha Conseil", "Weber Beratung"
        "conseil",
        "beratung",
        "systems",
        "resources",
        # a practice, in Polish: "Gabinet Trychologiczny"
        "gabinet",
        # bodies of members: "Stanford Computer Forum", "Bar Association"
        "forum",
        "society",
        "association",
        "council",
        # a state's bodies: "Australian Government", "Ministry of
        # Communications", "Embassy of Brazil", "Bangladesh Police"
        "government",
        "police",
        # a pharmacy chain, a Spanish firm of accountants or lawyers, a French
        # lycée, a Brazilian beauty salon, an optician's, a grocer's, a
        # tortilla maker's, a car wash, a regional ministry
        # ("Farmacias del Ahorro", "Estudio Contable Pérez & Rivas", "Lycée
        # Professionnel Jean Moulin", "Salão Beleza Africana", "Ótica Visão
        # Clara", "Mercadinho São Jorge", "Tortillería La Esperanza",
        # "Lavadero El Paisa", "Consejería de Agricultura"; not "Tasca", a
        # surname too)
        "farmacias",
        "estudio",
        "lycee",
        "salao",
        "otica",
        "mercadinho",
        "tortilleria",
        "lavadero",
        "consejeria",
        # a Malay school ("Sekolah Kebangsaan Taman Melati"; not "Church", a
        # surname too), a tailor's and a money changer's ("Royal Tailors", "Al
        # Hashemi Exchange")
        "sekolah",
        # Malay and Indonesian bodies: a co-operative, an association, a
        # foundation, a ministry ("Koperasi Usahawan Selangor", "Asosiasi
        # Logistik Indonesia", "Persatuan", "Yayasan", "Kementerian")
        "koperasi",
        "asosiasi",
        "persatuan",
        "yayasan",
        "kementerian",
        "tailors",
        "exchange",
        "ministry",
        "embassy",
        "consulate",
        "commission",
        # places to eat: "Lotus Thai Bistro", "Spalti Ristorante"
        "bistro",
        "grill",
        "ristorante",
        "trattoria",
        "pizzeria",
        # shops in Portuguese: "Confeitaria Artesanal", "Padaria Pão Quente"
        "confeitaria",
        "padaria",
        "pastelaria",
        "doceria",
        "sorveteria",
        "barbearia",
        "lanchonete",
        "churrascaria",
        "pizzaria",
        # farms: "Harris Family Farm", "Oak Hill Winery"
        "farm",
        "farms",
        "ranch",
        "winery",
        "vineyard",
        "vineyards",
        # a salon in Italian, a university of technology in Polish: "Salone
        # Chiara", "Politechnika Gdańska"
        "salone",
        "politechnika",
        # an academy, a university in Polish ("AKADEMIA GÓRNICZO-HUTNICZA")
        "akademia",
        "technologies",
        "technology",
        "tech",
        "studio",
        "studios",
        "partners",
        "agency",
        "industries",
        # a cooperative, in English, the Romance languages, German and Dutch
        "cooperative",
        "cooperativa",
        "cooperativo",
        "cooperatief",
        "genossenschaft",
        # "Khetrabilasha Products"
        "products",
        # a firm's workshop: "Ambar Wood Works", "Pixel Works", "Iron Works"
        "works",
        "bank",
        "university",
        # a university, a college, a school or a faculty in other languages
        "universidad",
        "universidade",
        "universite",
        "universita",
        "universitat",
        "universitaet",
        "hochschule",
        "fachhochschule",
        "sveuciliste",
        "egyetem",
        "uniwersytet",
        "universiteit",
        "universitet",
        "univerzita",
        "universitatea",
        "universitas",
        "universiti",
        "yliopisto",
        "hogeschool",
        "hogskola",
        # "Prifysgol Abertawe", Swansea University in Welsh; "Ollscoil", Irish
        "prifysgol",
        "ollscoil",
        "daigaku",
        "politecnico",
        "politecnica",
        "politehnica",
        "escuela",
        "ecole",
        "facultad",
        "faculdade",
        "fakultat",
        "college",
        "foundation",
        "associates",
        "services",
        "software",
        "media",
        "ventures",
        "capital",
        "logistics",
        "networks",
        "design",
        "designs",
        "interactive",
        "digital",
        "analytics",
        "enterprises",
        "international",
        "global",
        "trading",
        "institute",
        "clinic",
        "hospital",
        "hotel",
        "inn",
        "motel",
        "resort",
        "restaurant",
        "cafe",
        "bakery",
        "architects",
        "freight",
        "shipping",
        "cargo",
        "express",
        "marine",
        "transport",
        "transports",
        "transporte",
        "forwarding",
        "logistic",
        "logistik",
        "lojistik",
        "tasimacilik",
        "ticaret",
        "sanayi",
        "lines",
        "line",
        "airlines",
        "maritime",
        "electric",
        "electronics",
        "eletronica",
        "comercio",
        "distribuidora",
        "industria",
        "construction",
        "engineering",
        "group",
        "law",
        "firm",
        # shops and traders ("Mahendera Furniture House")
        "furniture",
        "house",
        "traders",
        "store",
        "stores",
        "mart",
        "emporium",
        "boutique",
        "pharmacy",
        "jewellers",
        "jewelers",
        "motors",
        # "PASHUPATI AUTO": a dealer's or a workshop's
        "auto",
        "garments",
        "textiles",
        "hardware",
        "electricals",
        "sanitary",
        "printers",
        # schools, studios and practices ("Rokxy Dance Academy"), and the common
        # nouns of firms' names
        "academy",
        "school",
        "salon",
        "spa",
        "centre",
        "center",
        "gallery",
        "realty",
        "properties",
        "insurance",
        "finance",
        "financial",
        "investments",
        "holdings",
        "consultants",
        "consultancy",
        "dental",
        "medical",
        "pharma",
        "travels",
        "tours",
        "events",
        "productions",
        "photography",
        "fitness",
        "gym",
        "workshop",
        "manufacturing",
        "exports",
        "club",
        "automobile",
        "automobiles",
        "automotive",
        "fashion",
        "fashions",
        "tattoo",
        "food",
        "foods",
        # care: "St. Francis" / "Rehab & Sports Medicine"
        "rehab",
        "rehabilitation",
        "medicine",
        "sports",
        "healthcare",
        # an insurer in Italian, and a German firm ("Generali Assicurazioni",
        # "Wiener Städtische Gesellschaft"; the words that begin a firm's name,
        # "Banque", "Banco", "Caisse", in FIRST_FIRM_WORDS; not "Seguros" nor
        # "Grup", surnames too: "Ana Seguros", "Vikram Grup")
        "assicurazioni",
        "gesellschaft",
        # the common nouns of firms, banks, insurers, clinics and bodies in
        # German, Dutch, Polish, Turkish, Portuguese, Spanish, Italian, French
        # and Indonesian ("Stadtwerke München", "Sparkasse Hannover", "Herder
        # Verlag", "Ergo Verzekeringen", "PZU Ubezpieczenia",
        # "Ziraat Bankası", "Acıbadem Hastanesi", "Porto Seguradora", "Pérez
        # Abogados"); not "clínica" (clinical: "Psicologia Clínica"),
        # "technik" (a technician in Polish), "toko" (a shop, and a Japanese
        # given name), "Bau" (a surname), "Zentrum" (a department's: "Zentrum
        # für Kinder- und Jugendmedizin"), "Verband", "Impianti" and
        # "Consulenze" (a role's or a service's: "Ingegnere Impianti") nor
        # "Assurances" (a tagline's: "Assurances - Placements - Retraite")
        "werke",
        "stadtwerke",
        "verlag",
        "klinikum",
        "sparkasse",
        "volksbank",
        "raiffeisenbank",
        "versicherung",
        "versicherungen",
        "agentur",
        "werbeagentur",
        "verzekeringen",
        "ubezpieczenia",
        "bankasi",
        "vakfi",
        "dernegi",
        "hastanesi",
        "seguradora",
        "contabilidade",
        "construcoes",
        "abogados",
        "construcciones",
        "costruzioni",
        "batiment",
        # Malay and Indonesian: "Perbadanan Putrajaya" (a corporation)
        "perbadanan",
        "syarikat",
        "perusahaan",
        # the common nouns of firms' names in Spanish, Portuguese, Italian, the
        # South Slavic languages and Turkish: "FABRICA DE CASETON", "SERVIS
        # NODI"
        "fabrica",
        "fabbrica",
        "taller",
        "talleres",
        "servis",
        "ferreteria",
        "constructora",
        "construtora",
        "inmobiliaria",
        "imobiliaria",
        "transportes",
        "drogueria",
        "farmacia",
        "panaderia",
        "papeleria",
        "almacen",
        "tienda",
        "loja",
        "ticaret",
        "sanayi",
        "insaat",
        "nakliyat",
        # Turkish firms' nouns: a law or an architect's office ("Yılmaz Hukuk
        # Bürosu", "Mimarlık Bürosu"), real estate, textiles, tourism, building
        "burosu",
        "avukatlik",
        "mimarlik",
        "emlak",
        "tekstil",
        "turizm",
        "yapi",
        # and metalwork, machinery, plastics, furniture, the motor trade, a
        # hall ("EMİN METAL", "DAMASAN Makina", "İskender Kebap Salonu"; not
        # "Makine", "Kimya", "Gıda": surnames and given names too)
        "metal",
        "makina",
        "plastik",
        "mobilya",
        "otomotiv",
        "salonu",
        # more of the common nouns of shops' and firms' names, as Indian and
        # other cards print them: "Akil Softwares", "Roopam Ads", "Sai
        # Opticals", "Shree Steels"
        "softwares",
        "infosystems",
        "interiors",
        "builders",
        "constructions",
        "estates",
        "autos",
        "pharmaceuticals",
        "clinics",
        "diagnostics",
        "laboratories",
        "imports",
        "exim",
        "advertising",
        "ads",
        "graphics",
        "furnishings",
        "fabrics",
        "sweets",
        "caterers",
        "hotels",
        "resorts",
        "securities",
        "steels",
        "plastics",
        "chemicals",
        "opticals",
        "medicals",
        "surgicals",
        "telecom",
        "communications",
        "computers",
        "mobiles",
        # "Sai Balaji Digitals" (a print shop), "Ballons Unlimited",
        # "Johannes. Collection" (a fashion shop)
        "digitals",
        "unlimited",
        "collection",
        "collections",
    ]
) | vocabulary(
    # firms' nouns in the languages of Europe's and Latin America's cards: "Sağlıklı
    # Yaşam Merkezi" (a centre), "Advogados Associados", "Kanzlei", "Boulangerie",
    # "Pasieka" (an apiary)
    "merkezi merkez hizmetleri asociados associados kanzlei rechtsanwalte",
    "fachanwalte agence atelier entreprise impresa edilizia autohaus",
    "werkstatt tischlerei schreinerei boulangerie patisserie zaklad pasieka",
    "bakkerij winkel steuerberatung immobilien immobilier immobiliare",
    "kominictvi autoservis pneuservis biuro nieruchomosci",
    # a practice, a firm's office, an institute, a shop in the languages of
    # Europe's and Latin America's cards: "Cabinet Dentaire du Parc", "Praxis
    # für Physiotherapie", "Bufete Martínez", "Escritório Central" (not
    # "Cabinet" alone: a "Cabinet Maker" is a trade)
    "dentaire avocats klinik kliniken klinika",
    "poliklinika policlinico praxis arztpraxis zahnarztpraxis tierarztpraxis",
    "bufete despacho escritorio advocacia notariat notaria",
    "steuerkanzlei ingenieurburo architekturburo planungsburo agencia agenzia",
    "consultores asesores asesoria gestoria hostel gasthaus gasthof brauerei",
    "weingut bodega vinicola osteria taverna instituto istituto institut",
    "fundacion fundacao fondazione stiftung asociacion associacao associazione",
    "federation federacion ministerio ministere hopital krankenhaus ospedale",
    "escola scuola akademie academia academie",
    "imprenta tipografia druckerei imprimerie optica optik ottica",
    "garage carrosserie autowerkstatt sanitatshaus apotheek farmacie",
    "tandartspraktijk huisartsenpraktijk dierenkliniek advocaten",
    "advocatenkantoor notariskantoor makelaardij kantoor ambulatorio poradnia",
    "kancelaria przychodnia piekarnia cukiernia",
    # in the plural: "Apollo Hospitals"
    "hospitals schools colleges universities institutes academies pharmacies",
    # and India's: "Vikas Udyog" (an industry), "Rupa Hosiery"
    "udyog hosiery",
    # shops and carriers in Portuguese, Spanish, French and German: "Padaria Pão
    # Quente" (a bakery), "Transportadora Silva", "Librería Central", "Bäckerei
    # Schmidt"; not the departments of a hotel or a supermarket ("Lavanderia",
    # "Açougue", "Boucherie") nor what a restaurant's line lists ("Pizzaria e
    # Restaurante"), nor a trade ("Fleuriste")
    "padaria panificadora lanchonete sorveteria mercearia papelaria livraria",
    "floricultura joalheria relojoaria borracharia transportadora libreria",
    "papeleria tintoreria zapateria joyeria quincaillerie librairie backerei",
    "metzgerei konditorei buchhandlung",
    # a forwarder's, a group's or a family firm's words in the languages of
    # Europe's and Latin America's cards, as "Logistics", "International" and
    # "Group" are in English ("Asia Link Logística Internacional", "Grupo
    # Sese", "Gebrüder Weiss", "Fratelli Cosulich", "Spedition Hartmann"; not
    # "Brothers", a surname too)
    "logistica logistique logistyka internacional internationale",
    "internazionale uluslararasi spedition spedizioni grupo gruppo groupe",
    "gruppe holding gebruder gebr fratelli hermanos irmaos",
    "freres sohne soehne",
)
# what a firm makes or does, never a word of a person's name ("AUTHENTIC WOOD
# CREATIONS", "Waste Removal", "Moon Nails"); alone, a line of what a shop makes
# or does, no company; with the firm's own word, its name ("Loc Shop")
TRADE_WORDS = frozenset(
    [
        # a contractor's trade in a word under its logo: "TORQUE" / "MECHANICAL"
        "mechanical",
        "creations",
        "craft",
        "crafts",
        "handmade",
        "handcrafted",
        # what a shop does or sells, never a person's name ("Waste Removal",
        # "Web Applications", "Home Care", "Loc Shop", "Peças e Serviços")
        "appliance",
        "appliances",
        "applications",
        "babysitting",
        "bakery",
        # "WING Travel" (a "Travel Agent" is a role)
        "travel",
        "care",
        "caterers",
        "catering",
        "buffet",
        "cleaners",
        "detailing",
        "errands",
        "landscaping",
        "laundry",
        "maids",
        "movers",
        "renovation",
        "renovations",
        "salon",
        "service",
        "tailoring",
        "woodworking",
        # "Web Development" / "Hosting", "Interior & Exterior Painting"
        "development",
        "hosting",
        "printing",
        "painting",
        "cleaning",
        "lighting",
        "graphics",
        "electrical",
        "flooring",
        "maintenance",
        "recycling",
        "massage",
        "nails",
        "pecas",
        "plumbing",
        "removal",
        "repair",
        "repairs",
        "roofing",
        "servicos",
        "shop",
        "style",
        "styles",
        "taxi",
        "waste",
        # what a restaurant serves: "Musafir Indian", "Cocina Mexicana", "Fresh
        # Taste" no, but "Mexican Grill" and "Sushi Bar" (not "Thai", a
        # Vietnamese name too)
        "cuisine",
        "cocina",
        "pizza",
        "sushi",
        "coffee",
        "deli",
        "indian",
        "mexican",
        "mexicana",
        "chinese",
        "italian",
        "japanese",
        "korean",
        "vietnamese",
        "mediterranean",
        "lebanese",
    ]
) | vocabulary(
    # what a firm does in the languages of Europe's and Latin America's cards:
    # "Soluciones Ezequiel", "Filo Kiralama" (fleet hire), "Oto Kurtarma" and
    # "Çekici Hizmeti" (towing), "Réparateur Électroménager", "Usługi
    # Budowlane", "Havarijná Služba", "Folie Okienne", "Vŕtanie Studní" (well
    # drilling)
    "soluciones solucoes soluzioni servizi servicios dienstleistungen sklep",
    "hurtownia oficina officina consultoria consulenza abogados advogados",
    "kiralama kurtarma cekici hizmeti hizmet danismanlik muhendislik reklam",
    "filo teknoloji bilisim yazilim ingenieure bauingenieure",
    "emlak gayrimenkul depannage plomberie coiffure reparateur electromenager",
    "menuiserie maconnerie nettoyage traiteur batiment travaux reparacion",
    "construcciones peluqueria limpieza informatica decoracoes assistencia",
    "manutencao odontologia costruzioni trasporti parrucchiere reinigung",
    "bedachungen dachdecker sanitar heizung versicherung versicherungen",
    "beratung fusspflege elektrotechnik gebaudereinigung uslugi budowlane",
    "folie okienne naprawa sluzba sluzby pneu vrtanie studni opravy montaz",
    "stavebni stavebna diensten bouw schilderwerken loodgieter kapper",
    "installatie",
    # Spanish and Portuguese services and trades ("Aire Acondicionado", "Diseño
    # Gráfico", "Servicio a Domicilio", "Terapia", "Precisando de", "Carteira
    # de Trabalho", "Manicure")
    "servicio servico domicilio adomicilio diseno grafico acondicionado",
    "terapia psicologia trabalho precisando manicure pedicure estetica",
    "manicuras pedicuras unas",
    # what a shop does, in English ("WiseEye Surveillance", "Ace Towing",
    # "Bright Smiles Daycare")
    "surveillance barbershop hvac janitorial trucking towing chiropractic",
    "wellness dealership jewelry optical eyewear veterinary grooming daycare",
    "tutoring karate ministries storage rentals contractors",
    # the dishes an Indian eatery is named for: "Daawat Briyani", "Veg.
    # Premium Thali"
    "biryani briyani thali tiffin tiffins dosa",
)
# words of a company name that may be left out of its domain ("Compass Freight &
# Logistics" at compass-freight.net) and the words joining its parts
DOMAIN_FILLERS = frozenset(
    ["and", "&", "of", "the", "for", "de", "da", "do", "e", "ve", "und", "et", "y"]
    # a French practice's word before the partners' names ("Cabinet Garnier &
    # Blanc" at garnierblanc-avocats.fr)
    + ["cabinet"]
)
# taglines and slogans: lines with one of these words (folded) are never a
# company, a name or a title
TAGLINE_WORDS = frozenset(
    [
        "we",
        "our",
        "your",
        "you",
        "since",
        "member",
        # a master craftsman's business, a full service ("Meisterbetrieb
        # Haustechnik", "Fullservice Werbeagentur"): what a German firm says it
        # is, no name
        "meisterbetrieb",
        "fullservice",
        "certified",
        "deliver",
        "delivering",
        "innovating",
        "tomorrow",
        "together",
        "beyond",
        "better",
        "best",
        "trusted",
        "worldwide",
        # offers: "FREE HOME DELIVERY", "Special Orders Undertaken"
        "free",
        "delivery",
        "available",
        "undertaken",
    ]
) | vocabulary(
    # offers in the languages of Europe's and Latin America's cards: "Devis
    # gratuit" (a free quote), "Kostenlose Prozess-Analyse", "Entrega Rápida"
    "gratuit gratuite gratuits gratis gratuito gratuita kostenlos kostenlose",
    "kostenloser unverbindlich ucretsiz darmowy darmowa bezplatny bezplatna",
    "devis rapida rapido rapidas rapidos domicile",
    # "TODAS LAS MARCAS" (all makes serviced), "Al mejor precio"
    "todas todos marcas precio",
    # "we", "our" and "your" in Spanish, French, Dutch, Turkish and German, as
    # only slogans use them ("Votre partenaire transport"); not those firms are
    # named with ("WIR Bank", "Ihr Platz", "Onze Lieve Vrouwe Gasthuis", "Nous
    # Group", "Casa Nostra"), nor "Noi", a given name
    "nosotros vosotros votre wij sizin unseren ihren",
)
# hosts of digital business card and link services: a QR code pointing there is
# a link of the card, not the company's website
LINK_SERVICES = frozenset(
    [
        "qrco.de",
        "qrcc.me",
        "aloq.io",
        "linktr.ee",
        "bit.ly",
        "tinyurl.com",
        "blinq.me",
        "popl.co",
        "hihello.me",
        "beaconstac.com",
        "qr-code-generator.com",
        "qrfy.io",
        "me-qr.com",
        "l.ead.me",
        "ovou.com",
        "v1ce.co",
        "wa.me",
    ]
)
# words of a till receipt, folded (English, French, German, Spanish, Italian,
# Portuguese, Dutch, Polish, Turkish)
RECEIPT_WORDS = vocabulary(
    "total subtotal tax vat cash change receipt amount qty paid payment visa",
    "mastercard tip gratuity invoice balance due mwst summe gesamt zwischensumme",
    "bar ruckgeld kassenbon quittung rechnung betrag ttc ht tva recu especes",
    "rendu montant iva importe efectivo cambio ticket totale contanti resto",
    "scontrino troco cupom fiscal valor dinheiro totaal btw bonnen kwota razem",
    "suma paragon fis toplam kdv nakit para ustu",
)
# words of a messaging app's screen, folded
CHAT_WORDS = vocabulary(
    "today yesterday online typing seen delivered read message messages reply",
    "heute gestern aujourdhui hier hoy ayer oggi ieri hoje ontem",
)
# words of a department or a field of work: the second line of a title names one
# ("Director" / "Sales Dept.", "Deputy Manager" / "Sensor Network Section")
DEPARTMENT_WORDS = vocabulary(
    "department dept division div section team unit group office bureau desk",
    "business development operations operation project projects logistics sales",
    "marketing finance accounting purchasing procurement research engineering",
    "technology technical support service services customer strategy products",
    "product platform network systems quality legal human resources hr it",
    "international global regional overseas export import europe asia africa",
    "production manufacturing research development innovation design corporate",
    "communications communication compliance security infrastructure administration",
    "america americas middle east pacific emea apac latam",
    # a bank's and a firm's lines of business: "Assistant Manager" / "Retail
    # Banking"
    "banking retail wealth treasury investment investments risk credit audit",
    "tax advisory private commercial equities",
    "abteilung vertrieb einkauf departement service direction departamento",
    # shortened: "Dir. of Ops.", "Mktg. Manager"
    "ops mktg",
    "departamento divisao setor dipartimento ufficio",
)
# the words of a region a company or a title names ("Yokogawa Middle East &
# Africa", "Manager Europe, Asia"), besides country names
REGION_WORDS = vocabulary(
    "europe european asia asian africa african america americas american middle",
    "east west north south central northern southern eastern western pacific",
    "southeast northeast emea apac latam mena gcc asean nordic nordics benelux dach",
    "oceania far near international global worldwide region regional",
)
# words of a department or an office: never in a person's name ("SCM Division",
# "Sales Dept.")
ORG_UNIT_WORDS = vocabulary(
    "department dept division div section team unit office bureau desk branch",
    "abteilung departement departamento divisao setor dipartimento ufficio",
    "sales marketing finance accounting purchasing procurement operations",
    "logistics engineering support",
)
# roles and trades in Chinese and Japanese, two characters each, in no person's
# name: a manager (经理), a director (董事, 总监), a section chief (課長), a
# professor (教授); art, design, technology, trade, engineering, services
CJK_NOT_NAMES = vocabulary(
    "经理 經理 主任 部长 部長 社长 社長 课长 課長 店长 店長 代表 董事 总监 總監 主管",
    "会长 會長 教授 顾问 顧問 艺术 藝術 设计 設計 科技 贸易 貿易 实业 實業 工程 服务",
    "服務",
)


# Turkish given names that begin with a dotted capital İ, which the OCR reads
# small ("Ahmet ihsan DAMA", "iskender DOČAN"): on a Turkish card put back
TURKISH_I_NAMES = (
    "İbrahim",
    "İsmail",
    "İlker",
    "İlhan",
    "İsmet",
    "İrfan",
    "İhsan",
    "İskender",
    "İlknur",
    "İlkay",
    "İzzet",
    "İlhami",
    "İdris",
    "İlyas",
    "İnan",
)

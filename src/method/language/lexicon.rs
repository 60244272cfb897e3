//! The words the guard knows: who can act (people, roles, teams) and what cannot (systems),
//! which verbs an omission is made of, and the vocabulary of verdicts. Lowercase, apostrophes
//! straight. Each list is a set built once, on first use.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

/// FNV-1a: short words hash several times faster than with the default SipHash, and the sets
/// are fixed, so there is nothing to defend against.
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut hash = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for byte in bytes {
            hash ^= u64::from(*byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = hash;
    }
}

type Set = HashSet<&'static str, BuildHasherDefault<Fnv>>;

/// A set of words, written as one string of words separated by spaces.
pub struct Words(LazyLock<Sifted>);

/// A set of words and its sieve.
struct Sifted {
    set: Set,
    sieve: Sieve,
}

impl Sifted {
    fn of(words: impl IntoIterator<Item = &'static str>) -> Sifted {
        let set: Set = words.into_iter().collect();
        let mut sieve = Sieve([0; 256]);
        for word in &set {
            sieve.add(word);
        }
        Sifted { set, sieve }
    }

    #[inline(always)]
    fn get(&self, word: &str) -> Option<&'static str> {
        if !self.sieve.may_hold(word) {
            return None;
        }
        self.set.get(word).copied()
    }
}

/// Which (length, first letter, last letter) classes a set's words fall in, one bit each. Nearly
/// every lookup is of a word the set does not hold, and most of those are turned away here
/// without hashing the word (hashing was an eighth of the guard's time).
struct Sieve([u64; 256]);

impl Sieve {
    #[inline(always)]
    fn class(word: &str) -> usize {
        let bytes = word.as_bytes();
        let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) else {
            return 0;
        };
        ((bytes.len() & 15) << 10) | ((usize::from(first) & 31) << 5) | (usize::from(last) & 31)
    }

    fn add(&mut self, word: &str) {
        let class = Sieve::class(word);
        self.0[class >> 6] |= 1 << (class & 63);
    }

    #[inline(always)]
    fn may_hold(&self, word: &str) -> bool {
        let class = Sieve::class(word);
        self.0[class >> 6] & (1 << (class & 63)) != 0
    }
}

impl Words {
    #[inline]
    pub fn contains(&self, word: &&str) -> bool {
        self.0.get(word).is_some()
    }
}

/// Anything a word can be looked up in: a lexicon set, or a short list written in place.
pub trait WordList {
    fn has(&self, word: &str) -> bool;
}

impl WordList for Words {
    #[inline]
    fn has(&self, word: &str) -> bool {
        self.0.get(word).is_some()
    }
}

/// Two words are the same. Compared byte by byte in place: the guard's words are a few bytes
/// long, and a call to `memcmp` for each comparison was a fifth of its time. Plain loops, as
/// under the size-first release profile an iterator's `any` or `all` stays a call.
#[inline(always)]
pub fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    for k in 0..a.len() {
        if a[k] != b[k] {
            return false;
        }
    }
    true
}

/// A word in a short list.
#[inline(always)]
fn in_list(list: &[&str], word: &str) -> bool {
    for entry in list {
        if same(entry, word) {
            return true;
        }
    }
    false
}

impl WordList for [&str] {
    fn has(&self, word: &str) -> bool {
        in_list(self, word)
    }
}

impl<const N: usize> WordList for [&str; N] {
    // Natively, inlined where the list is written, so that the compiler sees the constant
    // words and compares the word with them directly: the guard takes about 10% less time
    // (`language-figures`, 0.95 to 0.86 ms for a 2,000-character field). Not in the wasm, where
    // the same inlining added 12.6 KB gzip to the guard's part and the check is debounced.
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    fn has(&self, word: &str) -> bool {
        in_list(self, word)
    }
}

macro_rules! words {
    ($(#[$doc:meta])* $name:ident = $text:literal) => {
        $(#[$doc])*
        pub static $name: Words = Words(LazyLock::new(|| Sifted::of($text.split_whitespace())));
    };
}

words!(
    /// Pronouns and words that stand for people.
    PEOPLE_PRONOUNS = "\
    i we you he she they someone somebody anyone anybody everyone everybody nobody me us him her \
    them i'm i've i'd we're we've we'd you're you've you'd he's she's they're they've they'd \
    myself yourself himself herself themselves ourselves y'all whoever whomever we'll you'll \
    he'll she'll they'll");

words!(
    /// First person singular: a finding about "I" is self-blame.
    FIRST_PERSON = "\
    i me my myself i'm i've i'd i'll mine");

words!(
    /// Roles, teams and organisations: subjects that act and can be blamed. Plurals are found by
    /// dropping a final "s".
    ROLES = "\
    engineer on-call oncall on-caller operator admin administrator sysadmin developer dev team \
    crew pilot captain copilot co-pilot manager management manglement lead leader leadership qa \
    sre ops devops staff employee intern junior senior person people guy folk folks human man men \
    woman women \
    individual executive exec director cto ceo cio vp architect technician tech electrician \
    responder commander ic owner reviewer author programmer coder contractor vendor company org \
    organisation organization department board officer official analyst user customer client \
    provider colleague boss newbie newcomer hire member crewmember crewmembers tester offender \
    specialist expert consultant dba netops secops dispatcher controller wanker idiot bozo \
    nitwit slob kid kids nephew worker signaller signaler signalman supervisor trainee nurse \
    doctor physician surgeon pharmacist paramedic medic caregiver carer midwife anaesthetist \
    anesthetist mechanic skipper helmsman watchkeeper lookout firefighter capt employer promoter \
    organiser organizer referee umpire cop police policeman moderator maintainer landlord foreman \
    goer attendee personnel cook cooks waiter waiters waitress bartender picker pickers cashier \
    clerk receptionist journalist reporter banker trader accountant teacher inspector porter \
    friend coworker co-worker teammate");

words!(
    /// Things that do not act of their own will: a finding whose subject is one of these is about
    /// the system, not a person.
    SYSTEMS = "\
    it this that there these those which system service server script tool tooling config \
    configuration file job backup database db cache probe alert alarm monitor monitoring \
    dashboard api network process patch pipeline deploy deployment release change update build test \
    suite check disk cluster node host machine queue balancer dns certificate cert code bug \
    query migration app application site website page graph metric log feature flag rollout \
    canary replica primary secondary lock table prompt terminal tape hardware software device \
    power grid generator ups battery switch command cron container pod instance region zone \
    endpoint request response connection pool retry retries timeout heartbeat healthcheck \
    health-check load traffic error errors latency cpu memory storage volume replication \
    failover runbook playbook ticket pager page email message channel bot automation ci cd agent \
    daemon kernel driver firmware sensor regex regexp library package dependency vendor's \
    platform infrastructure infra stack outage incident problem issue failure fix patch script's \
    setting settings plan design architecture documentation docs procedure policy window \
    schedule wiki doc product version cable breaker button screen link path folder directory \
    mailbox restore restores snapshot environment staging production prod variable field value \
    output input signal graphs rate rates mechanism safeguard guardrail commit center centre \
    datacenter datacentre router firewall pump pumps valve valves ventilator ventilators \
    compressor compressors boiler thermostat scanner scanners detector detectors gauge gauges \
    meter meters interlock interlocks \
    terraform kubernetes k8s ansible puppet chef jenkins orchestrator consul vault nomad kafka \
    redis postgres postgresql mysql mariadb nginx haproxy envoy istio linkerd cloudflare fastly \
    akamai aws gcp azure github gitlab bitbucket docker helm argo argocd spinnaker prometheus \
    grafana pagerduty opsgenie datadog sentry elasticsearch opensearch kibana logstash zookeeper \
    etcd cassandra mongodb mongo rabbitmq celery sidekiq airflow s3 ec2 rds lambda cloudfront \
    route53 bgp cdn waf vpc kubelet scheduler autoscaler varnish memcached dynamodb bigquery \
    heroku vercel netlify okta jira validation verification observability header headers \
    parameter parameters param params option options argument arguments column columns row rows \
    record records entry entries key keys token tokens payload packet packets frame frames \
    socket sockets port ports thread threads handler handlers parser");

words!(
    /// Verbs whose omission by a person reads as a charge: "never checked", "didn't test". Base
    /// forms; other forms are found by `verb_base`. Verbs of knowing ("know", "realise",
    /// "understand", "expect") are not here: not knowing is what the tunnel asks about.
    OMITTED_ACTIONS = "\
    check double-check test look read monitor verify notice catch follow run set update restore \
    back backup answer review page escalate respond react bother communicate tell ask call open \
    watch spot inform acknowledge consider slow warn report maintain take do use confirm plan \
    prepare train investigate perform care listen pay act document label lock roll revert stop \
    sync speak declare announce notify wait think learn validate audit fix remove change keep \
    hold reply anticipate utilize utilise recognize recognise heed adhere comply install write \
    enable configure renew rotate log record try put include mention share save raise flag coordinate \
    assign complete inspect obey drain create secure address ensure identify implement apply \
    contact consult submit ack close loop discover tag supervise sound");

words!(
    /// Signs meant for people to notice: one "missed" or "ignored", with no one named, is a
    /// person's omission told in the passive.
    SIGNS_FOR_PEOPLE = "\
    alert alerts alarm alarms warning warnings page pages sign signs signal signals notification \
    notifications message messages email emails ticket tickets call calls graph graphs reading \
    readings indicator indicators symptom symptoms notice notices ping pings escalation \
    escalations report reports advisory advisories");

words!(
    /// Words that negate a verb or a verdict.
    NEGATIONS = "\
    not never no didn't didnt don't dont doesn't doesnt hadn't hadnt haven't havent hasn't hasnt \
    wasn't wasnt weren't werent isn't isnt aren't arent won't wouldn't wouldnt couldn't couldnt \
    shouldn't shouldnt can't cant cannot nobody none neither nor nothing without ain't");

words!(
    /// Words that may sit between a subject and its verb, or between a negation and its verb,
    /// without changing who does what.
    FILLERS = "\
    really clearly obviously simply just also still even ever already probably certainly \
    definitely apparently actually then again completely totally all both once quite properly \
    adequately correctly always immediately bother bothered bothering been have had has be being \
    did do does was were is are would could should will can might must may to ever yet so surely \
    seriously basically literally honestly only at least repeatedly consistently sufficiently \
    fully initially even");

words!(
    /// Words that open a new clause: the subject of a later verb is found after them.
    CLAUSE_OPENERS = "\
    because but so when while which that after before until and or since although though whereas \
    if unless as who where whose once cause");

words!(
    /// Verbs that a minimiser makes sound trivial: "just restart it", "simply roll back".
    MINIMISED_ACTIONS = "\
    restart reboot roll revert run rerun check look read do use ask add fix turn switch redeploy \
    deploy scale kill delete remove apply update upgrade click follow wait page call tell ignore \
    skip copy paste type open close stop start flip push merge retry refresh reload increase \
    bump drop clear flush purge failover move ping escalate make test verify set put be take \
    replace change pull rename disable enable rollback restore back double-check reset patch \
    google search pick buy");

words!(
    /// Verbs of causing: a person as their subject is named as the cause ("Sergei broke the build").
    CAUSING = "\
    break cause bring knock wipe crash tank nuke trash torch bork hose");

words!(
    /// Acts whose object, named "the wrong ...", judges the person who did them: "entered the
    /// wrong command", "pulled the wrong cable". Base forms (`verb_base`).
    ACTED_WRONGLY = "\
    enter type run delete push press pick choose select click deploy restart kill reboot drop \
    remove edit change apply use shut unplug pull hit wipe format patch update upgrade \
    configure copy move send");

words!(
    /// Words that judge a person or their work. Single words; the phrases are in `rules`.
    VERDICT_WORDS = "\
    careless carelessly carelessness sloppy sloppily sloppiness negligent negligently negligence \
    incompetent incompetence incompetently inexcusable unacceptable unforgivable reckless \
    recklessly recklessness lazy laziness stupid stupidly stupidity dumb idiot idiots idiotic \
    moron morons moronic clueless hasty hastily lapse complacent complacency unwise foolish \
    inattention inattentive cowardly disingenuous \
    foolishly irresponsible irresponsibly amateur amateurish amateurs inexperience inexperienced \
    overconfident over-confident overconfidence over-confidence arrogant arrogance nitwit bozo \
    bozos slob wanker butterfingers fat-fingered fat-finger botched botch flubbed fumbled goofed blunder \
    blundered bungled fuckup fuck-up screwup screw-up insane incomprehensible ridiculous absurd \
    pathetic disgraceful shameful unprofessional unprofessionally unprofessionalism \
    unprofessionalness culpable culpability guilty offender offenders \
    noob rookie dumbass halfwit imbecile inept ineptitude ineptly debacle fiasco boneheaded \
    brainless mindless thoughtless heedless derelict dereliction shoddy slipshod cowboy cowboys \
    clown clowns greedy unprepared untimely fucking fucked no-no hack hacks buffoon buffoons \
    manglement complicit incapable unqualified glaring egregious muppet muppets numpty numpties \
    plonker twit twits tosser pillock dimwit dimwits nincompoop dunce half-assed halfassed \
    cavalier hapless bungling bungled malpractice laughable inexcusably shitshow clusterfuck \
    amateurishly negligently idiocy stupidest dumbest yolo yolo'd yoloed rubber-stamped \
    rubber-stamping rubberstamped asshole assholes arsehole arseholes jerk jerks dickhead dickheads \
    prick pricks douchebag douchebags dolt dolts knucklehead knuckleheads childish bone-headed \
    screwups screw-ups fuckups fuck-ups blunders lunacy farce brain-dead braindead heartless \
    ignorance ignorant brain-fart brainfart indecisive indecisiveness cowboying fucks \
    deplorable despicable crass disgrace disorganised disorganized cowardice shambolic \
    slapdash lackadaisical duffer duffers d-bag d-bags dbag dbags douche douches doofus \
    klutz dullard dullards simpleton simpletons blockhead blockheads dipshit dipshits dumbasses \
    raw-dogged raw-dogging rawdogged vibe-coding vibe-coded vibecoding vibecoded hubris \
    chutzpah comedians barbarians fool nincompoops dingbat dingbats cluelessness lax \
    uncaring ill-judged ill-advised ill-considered");

words!(
    /// The words a sanction opens with (`rules`, `sanction`): punishment done or asked for,
    /// and the first words of its idioms.
    SANCTION_OPENERS = "\
    fired sacked canned axed disciplined reprimanded punished pipped demoted suspended dismissed \
    removed relieved formal written final disciplinary conduct access rights privileges \
    consequences spoken fire fires sack sacks discipline reprimand punish demote terminate \
    terminated firing sacking disciplining punishing demoting terminating accountable heads \
    lucky take answer resume-generating résumé-generating cv-generating career-limiting \
    career-ending pink-slipped pink resume résumé career walked escorted frogmarched looking \
    out");

words!(
    /// Nouns a judging adjective turns into a verdict: "a poor decision", "a bad call".
    JUDGED_THINGS = "\
    decision decisions decision-making choice choices call calls judgement judgment judgements \
    judgments job work preparation \
    planning management idea practice practices mistake mistakes error errors move handling \
    leadership oversight engineering execution maintenance planning testing design knowledge \
    skills discipline miss misstep missteps failing failings thinking thinking-through \
    airmanship seamanship workmanship craftsmanship stewardship");

words!(
    /// Adjectives that judge the thing after them (`JUDGED_THINGS`).
    JUDGING = "\
    poor bad terrible horrible awful questionable dumb stupid silly rookie noob careless sloppy \
    reckless lazy grave big huge major costly basic unforced amateur atrocious dreadful shocking \
    lousy wrong unwise foolish boneheaded fatal inexcusable delayed belated premature rash classic \
    obvious typical beginner newbie embarrassing junior");

words!(
    /// People-words that turn "error" into a verdict: "human error", "pilot error".
    ERROR_OWNERS = "\
    human pilot operator user sysadmin admin engineer driver crew people personnel staff \
    programmer developer technician manual");

words!(
    /// What an adjective of ease makes light of: "a simple fix", "a quick restart". A slip
    /// named small ("a simple oversight") makes light of the harm as "a simple mistake" does.
    /// (Not "typo": "fix a simple typo in the docs" is a task.)
    EASY_THINGS = "\
    fix restart reboot check change step thing things stuff task rollback test precaution matter \
    solution command mistake procedure process job look glance search google oversight oversights");

words!(
    /// Adjectives of ease.
    EASY = "\
    simple simplest simpler easy easiest trivial basic quick obvious elementary little tiny \
    small");

words!(
    /// Openers of a question that asks openly, not for a culprit.
    OPEN_QUESTION_WORDS = "\
    what how which when where who in tell describe walk talk");

words!(
    /// Determiners and words after "should have" that make it a plan about owning something
    /// ("we should have a runbook"), not a look back at what someone did.
    POSSESSION = "\
    a an the some any more less fewer no our their your my his her its this that these those \
    enough better one two to at every each all several many multiple");

words!(
    /// Words that open sentences and are never names.
    OPENERS = "\
    the a an this that these those it its there then when while after before at in on by for \
    from with without as if once so but and or because since although though during within over \
    under about what why how who which where yes no not also still just only even all some any \
    each every our their his her my your is was were are be been do does did has have had can \
    could should would will may might must let here now today yesterday later earlier finally \
    eventually meanwhile afterwards first second next last maybe perhaps probably apparently \
    unfortunately fortunately luckily thankfully surprisingly sadly obviously clearly of to up \
    down out off too very much many more most less few one two three until unless whether yet \
    however therefore thus instead otherwise sometimes often usually always never again well oh \
    yeah ok okay hello hi hey please thanks sorry look imagine consider make add do don't ensure \
    monday tuesday wednesday thursday friday saturday sunday january february march april june \
    july august september october november december moral lessons lesson both neither either \
    such like unlike despite although given whatever whoever whose another other same own new \
    old big");

words!(
    /// Prepositions: a noun right after one is not a subject.
    PREPOSITIONS = "\
    of in on for from with at to by about into onto over under behind across through against \
    between among within without");

words!(
    /// Determiners.
    DETERMINERS = "\
    the a an our their its his her my your this that these those some any each every all no");

/// Irregular past forms of the verbs above and of a few others the rules use.
pub const IRREGULAR: &[(&str, &str)] = &[
    ("ran", "run"),
    ("took", "take"),
    ("taken", "take"),
    ("did", "do"),
    ("done", "do"),
    ("told", "tell"),
    ("caught", "catch"),
    ("thought", "think"),
    ("paid", "pay"),
    ("kept", "keep"),
    ("held", "hold"),
    ("spoke", "speak"),
    ("spoken", "speak"),
    ("broke", "break"),
    ("broken", "break"),
    ("brought", "bring"),
    ("forgot", "forget"),
    ("forgotten", "forget"),
    ("made", "make"),
    ("wrote", "write"),
    ("written", "write"),
    ("went", "go"),
    ("gone", "go"),
    ("let", "let"),
    ("knew", "know"),
    ("known", "know"),
    ("learnt", "learn"),
    ("read", "read"),
    ("set", "set"),
];

/// The base form of a verb (or of anything shaped like one), for matching word lists:
/// "checked", "checking", "checks" and "checkin'" all give "check". A word that is no form of
/// a known verb is its own base.
pub fn verb_base(word: &str) -> &str {
    if IRREGULAR_FORMS.1.may_hold(word) {
        if let Some(base) = IRREGULAR_FORMS.0.get(word) {
            return base;
        }
    }
    for suffix in ["ing", "ed", "es", "s", "d"] {
        let Some(stem) = word.strip_suffix(suffix) else {
            continue;
        };
        if stem.len() < 2 {
            continue;
        }
        let mut letters = stem.chars();
        letters.next_back();
        let found = known_verb(stem, "")
            .or_else(|| known_verb(stem, "e"))
            // "stopped", "running": the doubled consonant (any letter, any width).
            .or_else(|| known_verb(letters.as_str(), ""))
            // "tried", "replied".
            .or_else(|| stem.strip_suffix('i').and_then(|s| known_verb(s, "y")));
        if let Some(base) = found {
            return base;
        }
    }
    // "reinstalled", "rechecked": done again is still the verb. Only for the verbs of an
    // omission, so that "return" does not become "turn".
    // ("recall" is remembering, not calling again.)
    if let Some(rest) = word
        .strip_prefix("re")
        .filter(|rest| rest.len() >= 4 && !rest.starts_with("call"))
    {
        let base = verb_base(rest);
        if OMITTED_ACTIONS.contains(&base) {
            return base;
        }
    }
    word
}

/// Irregular forms, by form: every word of a sentence is looked up here.
type Forms = HashMap<&'static str, &'static str, BuildHasherDefault<Fnv>>;
static IRREGULAR_FORMS: LazyLock<(Forms, Sieve)> = LazyLock::new(|| {
    let mut sieve = Sieve([0; 256]);
    for (form, _) in IRREGULAR {
        sieve.add(form);
    }
    (IRREGULAR.iter().copied().collect(), sieve)
});

/// Every verb `verb_base` knows, in one set, so that a candidate costs one lookup.
static KNOWN_VERBS: LazyLock<Sifted> = LazyLock::new(|| {
    let lists = [&OMITTED_ACTIONS, &MINIMISED_ACTIONS, &CAUSING];
    let listed = lists.iter().flat_map(|list| list.0.set.iter().copied());
    let irregular = IRREGULAR.iter().map(|(_, base)| *base);
    let more = [
        "forget", "neglect", "overlook", "ignore", "miss", "skip", "fail", "omit", "rush", "hurry",
        "panic", "ship", "commit", "submit", "introduce", "upload", "approve", "release", "merge",
        "apply", "add",
    ];
    Sifted::of(listed.chain(irregular).chain(more))
});

/// `stem` followed by `tail`, if that is a known verb, without building a string for it.
fn known_verb(stem: &str, tail: &str) -> Option<&'static str> {
    let mut buffer = [0u8; 32];
    let length = stem.len() + tail.len();
    if length > buffer.len() {
        return None;
    }
    buffer[..stem.len()].copy_from_slice(stem.as_bytes());
    buffer[stem.len()..length].copy_from_slice(tail.as_bytes());
    let candidate = std::str::from_utf8(&buffer[..length]).ok()?;
    KNOWN_VERBS.get(candidate)
}

words!(
    /// First names (and parts of names) that are also everyday words, written in lower case:
    /// a review's person called Will or May does not make every "will" and "may" a person.
    NAMES_THAT_ARE_WORDS = "\
    will may bill mark pat rob sue don grant frank hope faith joy rose max art gene jack ray \
    dawn chase drew lane page sandy rich hunter chip jay kit nick rusty guy dean miles lance \
    penny ruby amber crystal river storm summer winter autumn sky reed wade cash major king \
    bishop baker cook mason sage rock star bear fox wolf hawk glen dale cliff heath holly ivy \
    iris lily daisy violet olive pearl jade ginger honey candy bud buck duke earl prince gale \
    merry noble young long little small short white black brown green gray grey ash bob brook \
    brooks carol cole crane cooper forest hale hardy hart hill jean jewel marsh mercy moss norm \
    peace van wren drake dash dusty flint ford gates judge justice lark marshal moon nova pike \
    porter rain red rex rocky rod rush scout shade stone story sunny tank west an so do ai ram \
    dev son tan hung ha ho ping sung jan bay case clay dot eve lucky march mat pip ran sly tad \
    ward nat travis hudson jenkins aurora athena atlas hugo phoenix grace price key day hall \
    virginia sydney milan paris london dublin tokyo ohio oregon jordan");

/// A word a person's name is made of that the guard reads as something else: an everyday word
/// it knows, or one that is also a name ("will", "may"). In lower case it stays that word.
pub fn is_everyday_word(word: &str) -> bool {
    let lists: [&Words; 19] = [
        &NAMES_THAT_ARE_WORDS, &OPENERS, &PREPOSITIONS, &DETERMINERS, &PEOPLE_PRONOUNS,
        &FIRST_PERSON, &NEGATIONS, &FILLERS, &CLAUSE_OPENERS, &SYSTEMS, &ROLES, &VERDICT_WORDS,
        &OMITTED_ACTIONS, &JUDGED_THINGS, &JUDGING, &EASY, &EASY_THINGS, &OPEN_QUESTION_WORDS,
        &SANCTION_OPENERS,
    ];
    lists.iter().any(|list| list.contains(&word))
}

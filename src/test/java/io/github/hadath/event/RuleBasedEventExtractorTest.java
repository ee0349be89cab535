package io.github.hadath.event;

import static io.github.hadath.event.Pipelines.events;
import static io.github.hadath.event.Pipelines.names;
import static io.github.hadath.event.Pipelines.ofType;
import static io.github.hadath.event.Pipelines.withNames;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.hadath.Hadath;
import io.github.hadath.time.DateSource;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule of the extractor on the sentence that motivated it (docs/events.md). */
class RuleBasedEventExtractorTest {

  private static final LocalDate DAY = LocalDate.of(2023, 12, 18);

  @Test
  void theSpeakerIsTheSubjectAfterTheVerbTitlesExcluded() {
    Hadath h = withNames("PERSON:سامح شكري");
    List<Event> ev = events(h, "قال وزير الخارجية المصري سامح شكري إن الحل سياسي.", DAY);
    assertThat(ev).hasSize(1);
    assertThat(ev.get(0).type()).isEqualTo(EventType.STATEMENT);
    assertThat(names(ev.get(0))).containsExactly("سامح شكري");
    assertThat(ev.get(0).arguments().get(0).role()).isEqualTo(Role.SPEAKER);
    assertThat(ev.get(0).arguments().get(0).entity()).isNotNull();
  }

  @Test
  void aBodySpeakerEndsBeforeItsObjectAndTakesNoNameAfterIt() {
    Hadath h = withNames();
    Event said = ofType(events(h, "وأعلنت الحكومة الأردنية تمديد العمل بالقرار.", DAY),
        EventType.STATEMENT).get(0);
    assertThat(names(said)).containsExactly("الحكومة الأردنية");
  }

  @Test
  void aDualSubjectBeforeAnAgreementVerbIsThePairMetBeforeTheStatementAboutIt() {
    Hadath h = withNames("PERSON:سامح شكري", "PERSON:هاكان فيدان", "LOCATION:القاهرة");
    List<Event> ev = events(h, "والتقى وزير الخارجية المصري سامح شكري نظيره التركي هاكان فيدان "
        + "في القاهرة، وأكد البيان أن الجانبين اتفقا على تعزيز التعاون.", DAY);
    assertThat(names(ofType(ev, EventType.AGREEMENT).get(0)))
        .containsExactly("سامح شكري", "هاكان فيدان");
  }

  @Test
  void theObjectOfReceivedFollowsATimeAndABuildingSetOffByCommas() {
    Hadath h = Pipelines.withNamesAndTimes(
        new String[] {"PERSON:عبد الفتاح السيسي", "PERSON:آبي أحمد"},
        new FixedTemporalTagger(new FixedTemporalTagger.Expr("اليوم الاثنين", "2023-12-18",
            null)));
    Event met = ofType(events(h, "استقبل الرئيس عبد الفتاح السيسي، اليوم الاثنين، بقصر "
        + "الاتحادية رئيس الوزراء الإثيوبي آبي أحمد.", DAY), EventType.MEETING).get(0);
    assertThat(names(met)).containsExactly("عبد الفتاح السيسي", "آبي أحمد");
  }

  @Test
  void theObjectOfReceivedFollowsABuildingAfterIn() {
    Hadath h = withNames("PERSON:عبد الفتاح السيسي", "PERSON:آبي أحمد");
    Event met = ofType(events(h, "استقبل الرئيس عبد الفتاح السيسي في قصر الاتحادية رئيس "
        + "الوزراء الإثيوبي آبي أحمد.", DAY), EventType.MEETING).get(0);
    assertThat(names(met)).containsExactly("عبد الفتاح السيسي", "آبي أحمد");
  }

  @Test
  void theDestinationMayFollowALongRoyalNameAndItsTitles() {
    Hadath h = withNames("PERSON:محمد بن سلمان بن عبدالعزيز آل سعود", "LOCATION:عمّان");
    Event visit = ofType(events(h, "وصل صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل "
        + "سعود ولي العهد رئيس مجلس الوزراء إلى العاصمة الأردنية عمّان.", DAY), EventType.VISIT)
        .get(0);
    assertThat(names(visit)).containsExactly("محمد بن سلمان بن عبدالعزيز آل سعود");
    assertThat(visit.location().text()).isEqualTo("عمّان");
  }

  @Test
  void onAVisitAfterAnArrivalIsThatVisitAndItsStatedLengthGivesTheLastDay() {
    Hadath h = Pipelines.withNamesAndTimes(
        new String[] {"PERSON:أيمن الصفدي", "LOCATION:الدوحة"},
        new FixedTemporalTagger(new FixedTemporalTagger.Expr("مساء أمس", "2023-12-17TEV", null),
            new FixedTemporalTagger.Expr("يومين", "P2D", null)));
    List<Event> visits = ofType(events(h, "وكان وزير الخارجية أيمن الصفدي قد وصل إلى الدوحة مساء "
        + "أمس في زيارة رسمية تستمر يومين.", DAY), EventType.VISIT);
    assertThat(visits).hasSize(1);
    assertThat(visits.get(0).mentions()).hasSize(2);
    assertThat(visits.get(0).date().value()).isEqualTo("2023-12-17");
    assertThat(visits.get(0).date().endValue()).isEqualTo("2023-12-18");
  }

  @Test
  void anEarlierArrivalAtTheCapitalOpensTheVisitToItsCountry() {
    Hadath h = Pipelines.withNamesAndTimes(
        new String[] {"PERSON:مسعود بزشكيان", "LOCATION:سلطنة عمان", "LOCATION:مسقط"},
        new FixedTemporalTagger(new FixedTemporalTagger.Expr("اليوم", "2023-12-18", null),
            new FixedTemporalTagger.Expr("مساء أمس", "2023-12-17TEV", null),
            new FixedTemporalTagger.Expr("يومين", "P2D", null)));
    List<Event> visits = ofType(events(h, "استقبل السلطان اليوم الرئيس الإيراني مسعود بزشكيان "
        + "الذي يقوم بزيارة إلى سلطنة عمان تستغرق يومين. وكان مسعود بزشكيان قد وصل إلى مسقط "
        + "مساء أمس.", DAY), EventType.VISIT);
    assertThat(visits).hasSize(1);
    assertThat(visits.get(0).mentions()).hasSize(2);
    assertThat(visits.get(0).date().value()).isEqualTo("2023-12-17");
    assertThat(visits.get(0).date().endValue()).isEqualTo("2023-12-18");
  }

  @Test
  void twoCallsWithEachOfTwoPartnersAreTwoRecords() {
    Hadath h = withNames("PERSON:عبد المجيد تبون", "PERSON:قيس سعيد",
        "PERSON:محمد ولد الشيخ الغزواني");
    List<Event> calls = ofType(events(h, "أجرى الرئيس عبد المجيد تبون اتصالين هاتفيين مع كل من "
        + "الرئيس التونسي قيس سعيد والرئيس الموريتاني محمد ولد الشيخ الغزواني.", DAY),
        EventType.PHONE_CALL);
    assertThat(calls).hasSize(2);
    assertThat(names(calls.get(0))).containsExactly("عبد المجيد تبون", "قيس سعيد");
    assertThat(names(calls.get(1))).containsExactly("عبد المجيد تبون", "محمد ولد الشيخ الغزواني");
  }

  @Test
  void aStateVisitIsMadeByTheNameBeforeItNotByTheWordState() {
    Hadath h = withNames("PERSON:قاسم جومارت توكاييف", "LOCATION:الإمارات");
    Event visit = ofType(events(h, "استقبل الرئيس رئيس جمهورية كازاخستان قاسم جومارت توكاييف الذي "
        + "يقوم بزيارة دولة إلى الإمارات.", DAY), EventType.VISIT).get(0);
    assertThat(names(visit)).containsExactly("قاسم جومارت توكاييف");
  }

  @Test
  void aMeetingWhereTheVisitGoesIsTheVisitorsWithTheNameAfterIt() {
    Hadath h = withNames("PERSON:توم براك", "PERSON:أحمد الشرع", "LOCATION:دمشق");
    Event met = ofType(events(h, "ومن المقرر أن يزور توم براك دمشق الأسبوع المقبل، حيث يلتقي "
        + "الرئيس السوري أحمد الشرع.", DAY), EventType.MEETING).get(0);
    assertThat(names(met)).containsExactly("توم براك", "أحمد الشرع");
    assertThat(met.location().text()).isEqualTo("دمشق");
  }

  @Test
  void anInvitationToVisitIsNoVisit() {
    Hadath h = withNames("PERSON:أيمن الصفدي", "LOCATION:بروكسل");
    assertThat(ofType(events(h, "وكان أيمن الصفدي قد تلقى دعوة لزيارة بروكسل.", DAY),
        EventType.VISIT)).isEmpty();
  }

  @Test
  void theHostAtTheHeadOfTheReceiversAndTheVisitorAreTheTwoSidesOfTheTalks() {
    Hadath h = withNames("PERSON:محمد بن سلمان", "PERSON:عبدالله الثاني", "LOCATION:عمّان",
        "LOCATION:قصر الحسينية");
    List<Event> ev = events(h, "وصل الأمير محمد بن سلمان إلى عمّان.\nوكان الملك عبدالله الثاني "
        + "في مقدمة مستقبليه.\nوعقد الجانبان جلسة مباحثات في قصر الحسينية.", DAY);
    Event visit = ofType(ev, EventType.VISIT).get(0);
    assertThat(visit.arguments()).anyMatch(a -> a.role() == Role.HOST
        && a.text().equals("عبدالله الثاني"));
    assertThat(names(ofType(ev, EventType.TALKS).get(0)))
        .containsExactlyInAnyOrder("محمد بن سلمان", "عبدالله الثاني");
  }

  @Test
  void talksJoinedToAMeetingAreHeldByItsPartiesWhereItIs() {
    Hadath h = withNames("PERSON:جوزاف عون", "PERSON:توم براك", "LOCATION:قصر بعبدا");
    List<Event> ev = events(h, "استقبل الرئيس جوزاف عون في قصر بعبدا المبعوث الأمريكي توم براك، "
        + "وبحث معه الأوضاع في الجنوب.", DAY);
    Event met = ofType(ev, EventType.MEETING).get(0);
    Event talks = ofType(ev, EventType.TALKS).get(0);
    assertThat(names(met)).containsExactly("جوزاف عون", "توم براك");
    assertThat(names(talks)).containsExactly("جوزاف عون", "توم براك");
    assertThat(talks.location().text()).isEqualTo("قصر بعبدا");
  }

  @Test
  void talksInAMeetingBetweenTheTwoCountriesAreHeldWhereTheMeetingIs() {
    Hadath h = withNames("PERSON:عبد الفتاح السيسي", "PERSON:كيرياكوس ميتسوتاكيس",
        "LOCATION:قصر الاتحادية");
    Event talks = ofType(events(h, "التقى الرئيس عبد الفتاح السيسي في قصر الاتحادية رئيس الوزراء "
        + "اليوناني كيرياكوس ميتسوتاكيس.\nوصرح المتحدث بأن اللقاء تناول سبل تعزيز التعاون بين "
        + "البلدين.", DAY), EventType.TALKS).get(0);
    assertThat(names(talks)).containsExactly("عبد الفتاح السيسي", "كيرياكوس ميتسوتاكيس");
    assertThat(talks.location().text()).isEqualTo("قصر الاتحادية");
  }

  @Test
  void aTitleInConstructWithADefiniteGenitiveRefersToThePersonOfTheArticle() {
    Hadath h = withNames("PERSON:محمد بن سلمان", "LOCATION:عمّان");
    Event said = ofType(events(h, "وصل الأمير محمد بن سلمان ولي العهد إلى عمّان.\nوأكد ولي العهد "
        + "في تصريح حرص المملكة على التنسيق.", DAY), EventType.STATEMENT).get(0);
    assertThat(names(said)).containsExactly("محمد بن سلمان");
  }

  @Test
  void aCounterpartWithItsNationalityOrAPluralTitleStaysItsPhrase() {
    Hadath h = withNames("PERSON:محمود أبوزيد", "PERSON:نانسي باكير");
    List<Event> ev = events(h, "قالت نانسي باكير إن الاجتماع مهم.\nوأجرى محمود أبوزيد اتصالا "
        + "هاتفيا مع نظيره الإثيوبي.\nوقال وزراء المال إن الموازنة جاهزة.", DAY);
    assertThat(names(ofType(ev, EventType.PHONE_CALL).get(0)))
        .containsExactly("محمود أبوزيد", "نظيره الإثيوبي");
    assertThat(names(ofType(ev, EventType.STATEMENT).get(1))).containsExactly("وزراء المال");
  }

  @Test
  void thePartiesOfTalksMayFollowAVerbOfIncluding() {
    Hadath h = withNames("LOCATION:روسيا", "LOCATION:أوكرانيا", "LOCATION:إسطنبول");
    Event talks = ofType(events(h, "أعلن الوزير أن بلاده ستستضيف جولة مفاوضات تضم روسيا وأوكرانيا "
        + "في إسطنبول.", DAY), EventType.TALKS).get(0);
    assertThat(names(talks)).containsExactly("روسيا", "أوكرانيا");
    assertThat(talks.location().text()).isEqualTo("إسطنبول");
  }

  @Test
  void anAgentPhraseOverConjoinedPlacesKeepsThemAll() {
    Hadath h = withNames("LOCATION:إيطاليا", "LOCATION:فرنسا", "LOCATION:روما");
    Event met = ofType(events(h, "اجتمع قادة إيطاليا وفرنسا في روما أمس.", DAY),
        EventType.MEETING).get(0);
    assertThat(names(met)).containsExactly("قادة إيطاليا وفرنسا");
  }

  @Test
  void aLongTitleWithABodyAndAPurposeStillLeadsToTheName() {
    Hadath h = withNames("ORGANIZATION:الامم المتحدة", "PERSON:كريس كلارك");
    Event said = ofType(events(h, "وكشف مدير مركز الامم المتحدة لازالة الالغام كريس كلارك ان "
        + "الخرائط ناقصة.", DAY), EventType.STATEMENT).get(0);
    assertThat(names(said)).containsExactly("كريس كلارك");
  }

  @Test
  void aCountedGroupOfLeadersIsThePersonsNamedBeforeIt() {
    Hadath h = withNames("PERSON:عبد المجيد تبون", "PERSON:قيس سعيد",
        "PERSON:محمد ولد الشيخ الغزواني");
    List<Event> ev = events(h, "أجرى الرئيس عبد المجيد تبون اتصالين هاتفيين مع كل من الرئيس "
        + "التونسي قيس سعيد والرئيس الموريتاني محمد ولد الشيخ الغزواني.\nوأوضح البيان أن "
        + "الرؤساء الثلاثة اتفقوا على عقد قمة ثلاثية.", DAY);
    assertThat(names(ofType(ev, EventType.AGREEMENT).get(0))).containsExactlyInAnyOrder(
        "عبد المجيد تبون", "قيس سعيد", "محمد ولد الشيخ الغزواني");
  }

  @Test
  void theNewspaperAloneIsTheNewspaperNamedBefore() {
    Hadath h = withNames("ORGANIZATION:يديعوت أحرونوت", "PERSON:إيهود أولمرت");
    List<Event> said = ofType(events(h, "ذكرت صحيفة يديعوت أحرونوت الإسرائيلية أن إيهود أولمرت "
        + "التقى مسؤولا رفيعا.\nوذكرت الصحيفة أن اللقاء جرى سرا.", DAY), EventType.STATEMENT);
    assertThat(names(said.get(1))).containsExactly("يديعوت أحرونوت");
  }

  @Test
  void aPlaceAfterTheVerbsObjectIsNoSpeaker() {
    Hadath h = withNames("PERSON:فؤاد السنيورة", "LOCATION:لبنان");
    List<Event> said = ofType(events(h, "واكد الرئيس فؤاد السنيورة للوفد الدولي ان الانزال خرق "
        + "فاضح، وابلغه احتجاج لبنان على هذا الاعتداء.", DAY), EventType.STATEMENT);
    assertThat(names(said.get(1))).containsExactly("فؤاد السنيورة");
  }

  @Test
  void aWordOfLastingBeforeADurationIsNoVisitor() {
    Hadath h = Pipelines.withNamesAndTimes(new String[] {"LOCATION:سوريا", "LOCATION:ماليزيا"},
        new FixedTemporalTagger(new FixedTemporalTagger.Expr("ثلاثة أيام", "P3D", null)));
    List<Event> visits = ofType(events(h, "ووصل الرئيس الفنزويلي سوريا قادما من ماليزيا التي "
        + "زارها لمدة ثلاثة أيام، ومن دمشق سيطير.", DAY), EventType.VISIT);
    assertThat(visits).allSatisfy(v -> assertThat(names(v)).doesNotContain("لمدة"));
  }

  @Test
  void theVisitorOfQamaBiZiyaraIsTheSubjectOfQamaAndTheDestinationFollowsATime() {
    Hadath h = Pipelines.withNamesAndTimes(
        new String[] {"PERSON:خليفة بن زايد آل نهيان", "PERSON:عباس الفاسي",
            "LOCATION:مسجد الحسن الثاني"},
        new FixedTemporalTagger(new FixedTemporalTagger.Expr("ظهر أمس", "2023-12-17TAF", null)));
    Event visit = ofType(events(h, "كما قام الشيخ خليفة بن زايد آل نهيان رئيس الدولة يرافقه معالي "
        + "عباس الفاسي وزير الدولة بزيارة بعد ظهر أمس الى مسجد الحسن الثاني.", DAY),
        EventType.VISIT).get(0);
    assertThat(names(visit)).containsExactly("خليفة بن زايد آل نهيان");
    assertThat(visit.location().text()).isEqualTo("مسجد الحسن الثاني");
  }

  @Test
  void aTopicVerbAfterACallInItsSentenceIsHeldByBothParties() {
    Hadath h = withNames("PERSON:عبد الفتاح البرهان", "PERSON:عبد الفتاح السيسي");
    Event talks = ofType(events(h, "وكان عبد الفتاح البرهان قد تلقى اتصالا هاتفيا من الرئيس "
        + "المصري عبد الفتاح السيسي، تناول تطورات الأوضاع.", DAY), EventType.TALKS).get(0);
    assertThat(names(talks)).containsExactlyInAnyOrder("عبد الفتاح البرهان", "عبد الفتاح السيسي");
  }

  @Test
  void aLightVerbsSubjectMayBeFollowedByATimeAndPlaceSetOffByCommas() {
    Hadath h = withNames("PERSON:ناصر بوريطة", "PERSON:خوسيه مانويل ألباريس", "LOCATION:الرباط");
    Event talks = ofType(events(h, "أجرى وزير الشؤون الخارجية ناصر بوريطة، أمس الثلاثاء بالرباط، "
        + "مباحثات مع نظيره الإسباني خوسيه مانويل ألباريس.", DAY), EventType.TALKS).get(0);
    assertThat(names(talks)).containsExactly("ناصر بوريطة", "خوسيه مانويل ألباريس");
    assertThat(talks.location().text()).isEqualTo("الرباط");
  }

  @Test
  void theObjectOfReceivedMayFollowAnOfficeAndHoldAPostToAPlace() {
    Hadath h = withNames("PERSON:بدر بن حمد البوسعيدي", "LOCATION:اليمن", "PERSON:هانس غروندبرغ");
    Event met = ofType(events(h, "استقبل السيد بدر بن حمد البوسعيدي وزير الخارجية في ديوان عام "
        + "الوزارة المبعوث الأممي إلى اليمن هانس غروندبرغ.", DAY), EventType.MEETING).get(0);
    assertThat(names(met)).containsExactly("بدر بن حمد البوسعيدي", "هانس غروندبرغ");
  }

  @Test
  void anOrdinaryWordAfterABareTitleIsItsObjectNotAName() {
    Hadath h = withNames("PERSON:بدر بن حمد البوسعيدي", "LOCATION:اليمن");
    List<Event> said = ofType(events(h, "قال الوزير بدر بن حمد البوسعيدي إن الحل سياسي.\nوأكد "
        + "الوزير دعم الحل في اليمن.", DAY), EventType.STATEMENT);
    assertThat(names(said.get(1))).containsExactly("بدر بن حمد البوسعيدي");
  }

  @Test
  void aVisitWithAPronounBelongsToTheSubjectNotToTheObjectBeforeIt() {
    Hadath h = withNames("PERSON:محمد المنفي", "PERSON:خليفة حفتر", "LOCATION:القاهرة");
    Event visit = ofType(events(h, "وكان محمد المنفي قد التقى المشير خليفة حفتر خلال زيارته إلى "
        + "القاهرة.", DAY), EventType.VISIT).get(0);
    assertThat(names(visit)).containsExactly("محمد المنفي");
  }

  @Test
  void aCompanyNamedAfterItsHeadNounIsThePartner() {
    Hadath h = withNames("LOCATION:مصر", "ORGANIZATION:سيمنس");
    Event deal = ofType(events(h, "ووقعت مصر اتفاقية مع شركة سيمنس الألمانية لبناء محطة.",
        DAY), EventType.AGREEMENT).get(0);
    assertThat(names(deal)).containsExactly("مصر", "سيمنس");
  }

  @Test
  void theReceiverOfACallMayCarryALongHonorificBeforeHisName() {
    Hadath h = withNames("PERSON:محمد بن زايد آل نهيان", "PERSON:إيمانويل ماكرون");
    Event call = ofType(events(h, "تلقى صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة "
        + "اتصالا هاتفيا اليوم من الرئيس الفرنسي إيمانويل ماكرون.", DAY), EventType.PHONE_CALL)
        .get(0);
    assertThat(names(call)).containsExactly("محمد بن زايد آل نهيان", "إيمانويل ماكرون");
  }

  @Test
  void aVisitorNamedAfterTheDestinationIsNotThePreviousAgent() {
    Hadath h = withNames("PERSON:أنتوني بلينكن", "PERSON:وانغ يي", "LOCATION:بكين",
        "LOCATION:الدوحة", "ORGANIZATION:حماس", "PERSON:إسماعيل هنية");
    List<Event> ev = events(h, "وأجرى أنتوني بلينكن مباحثات مع وانغ يي في بكين. ووصل إلى "
        + "الدوحة مساء أمس وفد من حركة حماس برئاسة إسماعيل هنية.", DAY);
    Event visit = ofType(ev, EventType.VISIT).get(0);
    assertThat(names(visit)).containsExactly("وفد");
    assertThat(visit.location().text()).isEqualTo("الدوحة");
  }

  @Test
  void theAgencyOfADatelineIsNoPartyOfTheEventAfterIt() {
    Hadath h = withNames("LOCATION:أبوظبي", "ORGANIZATION:وام", "ORGANIZATION:سيمنس");
    Event deal = ofType(events(h, "أبوظبي (وام) - وقعت شركة مبادلة للاستثمار اتفاقية شراكة مع "
        + "شركة سيمنس الألمانية.", DAY), EventType.AGREEMENT).get(0);
    assertThat(names(deal)).doesNotContain("وام").contains("سيمنس");
  }

  @Test
  void aNamelessTitleAfterTheSubjectIsItsAppositionWhenANamedObjectFollowsTheVenue() {
    Hadath h = Pipelines.withNamesAndTimes(
        new String[] {"PERSON:محمد بن عبدالرحمن آل ثاني", "LOCATION:الدوحة",
            "PERSON:أيمن الصفدي", "PERSON:عبد الفتاح السيسي", "LOCATION:القاهرة"},
        new FixedTemporalTagger(new FixedTemporalTagger.Expr("اليوم", "2023-12-18", null)));
    Event apposition = ofType(events(h, "استقبل الشيخ محمد بن عبدالرحمن آل ثاني رئيس مجلس "
        + "الوزراء وزير الخارجية في الدوحة اليوم، وزير الخارجية الأردني أيمن الصفدي.", DAY),
        EventType.MEETING).get(0);
    assertThat(names(apposition)).containsExactly("محمد بن عبدالرحمن آل ثاني", "أيمن الصفدي");
    Event unnamed = ofType(events(h, "استقبل الرئيس عبد الفتاح السيسي وزير الخارجية الأردني "
        + "في القاهرة اليوم.", DAY), EventType.MEETING).get(0);
    assertThat(names(unnamed)).containsExactly("عبد الفتاح السيسي", "وزير الخارجية الأردني");
  }

  @Test
  void aMeetingHeldDuringAVisitTakesTheVisitsDestination() {
    Hadath h = withNames("PERSON:فوميو كيشيدا", "LOCATION:واشنطن", "PERSON:جو بايدن");
    Event met = ofType(events(h, "يبدأ رئيس الوزراء الياباني فوميو كيشيدا غدا زيارة إلى واشنطن "
        + "يلتقي خلالها الرئيس الأمريكي جو بايدن.", DAY), EventType.MEETING).get(0);
    assertThat(met.location().text()).isEqualTo("واشنطن");
  }

  @Test
  void aTopicVerbAfterAMeetingOpensTalksHeldInItWithItsPartiesAndDate() {
    Hadath h = Pipelines.withNamesAndTimes(
        new String[] {"PERSON:سامح شكري", "PERSON:فيصل بن فرحان", "LOCATION:القاهرة"},
        new FixedTemporalTagger(new FixedTemporalTagger.Expr("الأربعاء", "2023-12-13", null)));
    List<Event> ev = events(h, "التقى وزير الخارجية المصري سامح شكري، الأربعاء، نظيره السعودي "
        + "الأمير فيصل بن فرحان في القاهرة.\nوتناول اللقاء سبل تعزيز العلاقات الثنائية.", DAY);
    Event talks = ofType(ev, EventType.TALKS).get(0);
    assertThat(names(talks)).containsExactly("سامح شكري", "فيصل بن فرحان");
    assertThat(talks.date().value()).isEqualTo("2023-12-13");
  }

  @Test
  void aTimeInsideTheReportedClauseDatesTheReportedEventNotTheStatement() {
    Hadath h = Pipelines.withNamesAndTimes(
        new String[] {"PERSON:لافروف", "PERSON:هاكان فيدان", "LOCATION:أنقرة"},
        new FixedTemporalTagger(new FixedTemporalTagger.Expr("غداً", "2023-12-19", null)));
    List<Event> ev = events(h, "وقالت المصادر نفسها إن لافروف سيجري محادثات في أنقرة مع "
        + "نظيره هاكان فيدان غداً.", DAY);
    Event said = ofType(ev, EventType.STATEMENT).get(0);
    Event talks = ofType(ev, EventType.TALKS).get(0);
    assertThat(said.tense()).isEqualTo(Tense.PAST);
    assertThat(said.date() == null || said.date().timex() == null).isTrue();
    assertThat(talks.tense()).isEqualTo(Tense.FUTURE);
    assertThat(talks.date().value()).isEqualTo("2023-12-19");
  }

  @Test
  void aTimeOfAKnownDayDatesTheEventByThatDay() {
    Hadath h = Pipelines.withNamesAndTimes(
        new String[] {"PERSON:محمد شياع السوداني", "LOCATION:طهران"},
        new FixedTemporalTagger(new FixedTemporalTagger.Expr("مساء الأحد", "2024-03-10TEV",
            null)));
    Event visit = ofType(events(h, "وصل رئيس الوزراء العراقي محمد شياع السوداني إلى طهران "
        + "مساء الأحد في زيارة رسمية.", LocalDate.of(2024, 3, 14)), EventType.VISIT).get(0);
    assertThat(visit.date().value()).isEqualTo("2024-03-10");
    assertThat(visit.date().timex()).isNotNull();
  }

  @Test
  void aPerfectSpeechVerbIsPastAndNotDatedByAFutureTimeNearby() {
    Hadath h = Pipelines.withNamesAndTimes(
        new String[] {"PERSON:سيرجي لافروف", "LOCATION:تركيا"},
        new FixedTemporalTagger(new FixedTemporalTagger.Expr("غدا", "2023-12-19", null)));
    List<Event> ev = events(h, "يزور وزير الخارجية الروسي سيرجي لافروف، تركيا غدا، وفق ما "
        + "أفادت مصادر دبلوماسية تركية.", DAY);
    Event said = ofType(ev, EventType.STATEMENT).get(0);
    assertThat(said.tense()).isEqualTo(Tense.PAST);
    assertThat(said.date() == null || !"2023-12-19".equals(said.date().value())).isTrue();
    Event visit = ofType(ev, EventType.VISIT).get(0);
    assertThat(visit.tense()).isEqualTo(Tense.FUTURE);
    assertThat(visit.date().value()).isEqualTo("2023-12-19");
  }

  @Test
  void aPlaceAfterASituationNounIsTheTopicOfTheTalksNotTheirVenue() {
    Hadath h = withNames("PERSON:سامح شكري", "PERSON:أيمن الصفدي", "LOCATION:قطاع غزة",
        "LOCATION:عمان");
    Event topicOnly = ofType(events(h,
        "وبحث سامح شكري مع أيمن الصفدي تطورات الأوضاع في قطاع غزة.", DAY), EventType.TALKS)
        .get(0);
    assertThat(topicOnly.location()).isNull();
    Event venueFirst = ofType(events(h,
        "وبحث سامح شكري مع أيمن الصفدي في عمان تطورات الأوضاع في قطاع غزة.", DAY),
        EventType.TALKS).get(0);
    assertThat(venueFirst.location().text()).isEqualTo("عمان");
  }

  @Test
  void aLamOfPurposeBeforeAVerbalNounEndsThePartyPhrase() {
    Hadath h = withNames("ORGANIZATION:مايكروسوفت");
    Event deal = ofType(events(h, "ووقعت شركة مايكروسوفت اتفاقية مع الحكومة الإماراتية لتطوير "
        + "مراكز البيانات.", DAY), EventType.AGREEMENT).get(0);
    assertThat(names(deal)).containsExactly("مايكروسوفت", "الحكومة الإماراتية");
  }

  @Test
  void aBodyWithNoNameIsItsPhraseNotThePersonNamedBefore() {
    Hadath h = withNames("PERSON:إيمانويل ماكرون", "ORGANIZATION:مايكروسوفت");
    List<Event> ev = events(h, "قال الرئيس إيمانويل ماكرون إن التعاون مهم. ووقعت شركة "
        + "مايكروسوفت اتفاقية مع الحكومة الإماراتية.", DAY);
    Event deal = ofType(ev, EventType.AGREEMENT).get(0);
    assertThat(names(deal)).containsExactly("مايكروسوفت", "الحكومة الإماراتية");
  }

  @Test
  void verbalNounsOfTheDerivedFormsAreRecognisedByTheirPattern() {
    for (String w : new String[] {"تطوير", "تعزيز", "مناقشه", "متابعه", "انهاء", "انتخاب",
        "اعتماد", "استكمال", "استعراض"}) {
      assertThat(ArgumentRules.isDerivedVerbalNoun(w)).as(w).isTrue();
    }
    for (String w : new String[] {"تركيا", "تنميه", "اوروبا", "امريكا", "مصر", "شوون",
        "منظمه", "الامم"}) {
      assertThat(ArgumentRules.isDerivedVerbalNoun(w)).as(w).isFalse();
    }
  }

  @Test
  void coordinatedSubjectsAfterTheVerbAreAllParties() {
    Hadath h = withNames("LOCATION:مصر", "LOCATION:الإمارات");
    Event deal = ofType(events(h, "ووقعت مصر والإمارات اتفاقية للتعاون.", DAY),
        EventType.AGREEMENT).get(0);
    assertThat(names(deal)).containsExactly("مصر", "الإمارات");
  }

  @Test
  void aMeetingHeldDuringAVisitHasTheVisitorAsSubjectAndTheNameAsObject() {
    Hadath h = withNames("PERSON:محمود عباس", "LOCATION:القاهرة",
        "PERSON:عبد الفتاح السيسي");
    List<Event> ev = events(h, "وصل الرئيس محمود عباس إلى القاهرة في زيارة يلتقي خلالها "
        + "الرئيس المصري عبد الفتاح السيسي.", DAY);
    assertThat(names(ofType(ev, EventType.MEETING).get(0)))
        .containsExactly("محمود عباس", "عبد الفتاح السيسي");
  }

  @Test
  void aDualVerbDuringACallTakesBothPartiesOfTheCall() {
    Hadath h = withNames("PERSON:محمود عباس", "PERSON:عبد الفتاح السيسي");
    List<Event> ev = events(h, "أجرى الرئيس محمود عباس اتصالا هاتفيا بالرئيس المصري عبد "
        + "الفتاح السيسي، بحثا خلاله آخر التطورات.", DAY);
    assertThat(names(ofType(ev, EventType.TALKS).get(0)))
        .containsExactly("محمود عباس", "عبد الفتاح السيسي");
  }

  @Test
  void theObjectOfAMeetingVerbMayFollowTheVenueAndTheTime() {
    Hadath h = withNames("PERSON:رجب طيب أردوغان", "LOCATION:أنقرة",
        "PERSON:كيرياكوس ميتسوتاكيس");
    Event met = ofType(events(h, "استقبل الرئيس التركي رجب طيب أردوغان في أنقرة أمس رئيس "
        + "الوزراء اليوناني كيرياكوس ميتسوتاكيس.", DAY), EventType.MEETING).get(0);
    assertThat(names(met)).containsExactly("رجب طيب أردوغان", "كيرياكوس ميتسوتاكيس");
    assertThat(met.location().text()).isEqualTo("أنقرة");
  }

  @Test
  void aTitleThatStartsWithWawIsAnAppositionNotASecondParty() {
    Hadath h = withNames("PERSON:حمد بن جاسم", "PERSON:محمد بن عيسي",
        "LOCATION:المملكة المغربية");
    Event call = ofType(events(h, "تلقى الشيخ حمد بن جاسم اتصالا هاتفيا من السيد محمد بن عيسي "
        + "وزير الخارجية بالمملكة المغربية.", DAY), EventType.PHONE_CALL).get(0);
    assertThat(names(call)).containsExactly("حمد بن جاسم", "محمد بن عيسي");
  }

  @Test
  void aSpokesmanOfABodyIsNotResolvedToTheProtagonist() {
    Hadath h = withNames("PERSON:إيمانويل ماكرون");
    List<Event> ev = events(h, "وكان الرئيس الفرنسي إيمانويل ماكرون قد دعا إلى وقف إطلاق "
        + "النار. ونفى المتحدث باسم الحكومة أن يكون الرئيس قد التقى زعيم المعارضة.", DAY);
    Event denial = ofType(ev, EventType.STATEMENT).stream()
        .filter(e -> e.trigger().text().equals("نفى")).findFirst().orElseThrow();
    assertThat(names(denial)).containsExactly("المتحدث باسم الحكومة");
  }

  @Test
  void talksThatTookPlaceDuringACallAreHeldByItsParties() {
    Hadath h = withNames("PERSON:عبد الله الثاني", "PERSON:جو بايدن");
    List<Event> ev = events(h, "وتلقى العاهل الأردني الملك عبد الله الثاني اتصالا هاتفيا من "
        + "الرئيس الأمريكي جو بايدن، جرى خلاله بحث الأوضاع في المنطقة.", DAY);
    assertThat(names(ofType(ev, EventType.TALKS).get(0)))
        .containsExactlyInAnyOrder("عبد الله الثاني", "جو بايدن");
  }

  @Test
  void talksAfterALamOfPurposeAreHeldByTheSubjectOfTheClause() {
    Hadath h = withNames("PERSON:سيرغي لافروف", "LOCATION:بكين", "PERSON:وانغ يي");
    Event talks = ofType(events(h, "وقال مصدر إن الوزير سيرغي لافروف سيتوجه إلى بكين "
        + "لإجراء محادثات مع نظيره الصيني وانغ يي.", DAY), EventType.TALKS).get(0);
    assertThat(names(talks)).containsExactly("سيرغي لافروف", "وانغ يي");
  }

  @Test
  void aVerbalNounAfterALamDoesNotContinueThePreviousAgent() {
    Hadath h = withNames("LOCATION:الصين", "LOCATION:ماليزيا");
    Event talks = ofType(events(h, "قالت وسائل الإعلام اليابانية أمس إن الصين أبدت معارضتها "
        + "لعقد محادثات خماسية في ماليزيا.", DAY), EventType.TALKS).get(0);
    assertThat(names(talks)).isEmpty();
  }

  @Test
  void aDualTitleAloneNamesTheLastTwoPersonsOfTheArticle() {
    Hadath h = withNames("PERSON:سامح شكري", "PERSON:خوسيه مانويل ألباريس",
        "ORGANIZATION:وزارة الخارجية");
    List<Event> ev = events(h, "أكد الوزير سامح شكري أن الحل سياسي. وقال خوسيه مانويل "
        + "ألباريس إن مدريد تدعم الوساطة. وكان الوزيران قد عقدا جلسة مباحثات موسعة بمقر وزارة "
        + "الخارجية.", DAY);
    assertThat(names(ofType(ev, EventType.TALKS).get(0)))
        .containsExactly("سامح شكري", "خوسيه مانويل ألباريس");
  }

  @Test
  void theObjectOfAReceptionFollowsABuildingVenueATimeAndAComma() {
    Hadath h = withNames("PERSON:سلمان بن عبدالعزيز آل سعود", "LOCATION:الرياض",
        "LOCATION:كوريا الجنوبية", "PERSON:يون سوك يول");
    Event met = ofType(events(h, "استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود "
        + "في قصر اليمامة بالرياض مساء اليوم، رئيس جمهورية كوريا الجنوبية يون سوك يول.", DAY),
        EventType.MEETING).get(0);
    assertThat(names(met)).containsExactly("سلمان بن عبدالعزيز آل سعود", "يون سوك يول");
    assertThat(met.location().text()).isEqualTo("الرياض");
  }

  @Test
  void aPlannedSummitIsNotALaterMentionOfAReceptionThatTookPlace() {
    Hadath h = Pipelines.withNamesAndTimes(
        new String[] {"PERSON:سلمان بن عبدالعزيز آل سعود", "LOCATION:الرياض",
            "LOCATION:الدوحة"},
        new FixedTemporalTagger(new FixedTemporalTagger.Expr("يوم 5 ديسمبر", "2024-12-05",
            null)));
    List<Event> ev = events(h, "استقبل الملك سلمان بن عبدالعزيز آل سعود بالرياض اليوم وفدا. "
        + "ومن المنتظر أن تعقد القمة الخليجية المقبلة في الدوحة يوم 5 ديسمبر.",
        LocalDate.of(2024, 3, 13));
    List<Event> meetings = ofType(ev, EventType.MEETING);
    assertThat(meetings).hasSize(2);
    assertThat(meetings.get(0).location().text()).isEqualTo("الرياض");
    assertThat(meetings.get(1).location().text()).isEqualTo("الدوحة");
    assertThat(names(meetings.get(1))).doesNotContain("سلمان بن عبدالعزيز آل سعود");
  }

  @Test
  void meetingsOfTheSamePartiesOnDaysTheTextGivesApartAreTwoRecords() {
    Hadath h = Pipelines.withNamesAndTimes(
        new String[] {"PERSON:سامح شكري", "PERSON:أيمن الصفدي"},
        new FixedTemporalTagger(new FixedTemporalTagger.Expr("يوم 5 مارس", "2024-03-05", null),
            new FixedTemporalTagger.Expr("يوم 10 مارس", "2024-03-10", null)));
    List<Event> ev = events(h, "التقى سامح شكري أيمن الصفدي يوم 5 مارس. والتقى شكري الصفدي "
        + "مجددا يوم 10 مارس.", LocalDate.of(2024, 3, 13));
    assertThat(ofType(ev, EventType.MEETING)).extracting(e -> e.date().value())
        .containsExactly("2024-03-05", "2024-03-10");
  }

  @Test
  void aNegationWithTheConjunctionAttachedNegatesTheEvent() {
    Hadath h = withNames();
    Event deal = ofType(events(h, "ولم يتم التوصل إلى اتفاق حتى الآن.", DAY),
        EventType.AGREEMENT).get(0);
    assertThat(deal.polarity()).isEqualTo(Polarity.NEGATIVE);
  }

  @Test
  void laYazaalMeansStillAndNegatesNothing() {
    Hadath h = withNames();
    Event still = ofType(events(h, "لا يزال الوزير يجري محادثات مع نظيره.", DAY),
        EventType.TALKS).get(0);
    assertThat(still.polarity()).isEqualTo(Polarity.POSITIVE);
    Event none = ofType(events(h, "لا توجد أي محادثات مع الحكومة.", DAY), EventType.TALKS).get(0);
    assertThat(none.polarity()).isEqualTo(Polarity.NEGATIVE);
  }

  @Test
  void theQuotedSourceAndTheAddresseeAreNotPartOfTheSpeakersPhrase() {
    Hadath h = withNames("ORGANIZATION:الشرق الأوسط", "ORGANIZATION:فرانس برس");
    List<Event> ev = events(h, "وقال مصدر دبلوماسي لوكالة فرانس برس إن المفاوضات ستستأنف. "
        + "ونقلت صحيفة الشرق الأوسط عن مسؤول مصري قوله إن الوفد سيصل.", DAY);
    List<Event> said = ofType(ev, EventType.STATEMENT);
    assertThat(names(said.get(0))).containsExactly("مصدر دبلوماسي");
    assertThat(names(said.get(1))).containsExactly("مسؤول مصري");
  }

  @Test
  void aDroppedSubjectContinuesThePreviousSpeaker() {
    Hadath h = withNames("PERSON:سيرجى جروشكو");
    List<Event> ev = events(h, "قال نائب وزير الخارجية سيرجى جروشكو إن الحوار كان جادا. "
        + "ولفت إلى أن الوفد سيعود.", null);
    assertThat(ev).extracting(e -> e.trigger().text()).containsExactly("قال", "لفت");
    assertThat(names(ev.get(1))).containsExactly("سيرجى جروشكو");
  }

  @Test
  void aBareTitleRefersToThePersonIntroducedWithIt() {
    Hadath h = withNames("PERSON:وانغ ون بين", "ORGANIZATION:وزارة الخارجية الصينية");
    List<Event> ev = events(h, "عبر المتحدث الرسمي باسم وزارة الخارجية الصينية، وانغ ون بين "
        + "عن أمله. وقال المتحدث في تصريح: نتطلع إلى التعاون.", DAY);
    Event said = ofType(ev, EventType.STATEMENT).get(1);
    assertThat(said.trigger().text()).isEqualTo("قال");
    assertThat(names(said)).containsExactly("وانغ ون بين");
  }

  @Test
  void theFullestNameOfTheClusterIsUsed() {
    Hadath h = withNames("PERSON:وانغ ون بين", "PERSON:وانغ");
    List<Event> ev = events(h, "قال وانغ ون بين إن الزيارة مهمة. وأوضح وانغ أن الجانبين "
        + "سيتعاونان.", DAY);
    assertThat(names(ofType(ev, EventType.STATEMENT).get(1))).containsExactly("وانغ ون بين");
  }

  @Test
  void aDualVerbTakesBothPartiesOfThePreviousEvent() {
    Hadath h = withNames("PERSON:حسني مبارك", "PERSON:حمد بن عيسي آل خليفة",
        "LOCATION:القاهرة");
    List<Event> ev = events(h, "وكان الرئيس حسني مبارك والملك حمد بن عيسي آل خليفة قد عقدا "
        + "مباحثات بالقاهرة أمس, وأكدا أهمية الحفاظ علي الاستقرار.", null);
    Event talks = ofType(ev, EventType.TALKS).get(0);
    assertThat(names(talks)).containsExactlyInAnyOrder("حسني مبارك", "حمد بن عيسي آل خليفة");
    assertThat(talks.location().text()).isEqualTo("القاهرة");
    assertThat(names(ofType(ev, EventType.STATEMENT).get(0)))
        .containsExactlyInAnyOrder("حسني مبارك", "حمد بن عيسي آل خليفة");
  }

  @Test
  void theSourceOfNaqalaAnIsTheSpeaker() {
    Hadath h = withNames("ORGANIZATION:وكالة الأناضول", "PERSON:ستانيشيف");
    List<Event> ev = events(h, "ونقلت وكالة الأناضول عن ستانيشيف قوله إن الحكومة مستعدة.",
        null);
    assertThat(ev).hasSize(1);
    assertThat(names(ev.get(0))).containsExactly("ستانيشيف");
  }

  @Test
  void anUnnamedAgentIsItsNounPhrase() {
    Hadath h = withNames("PERSON:سيرجي لافروف", "LOCATION:تركيا");
    List<Event> ev = events(h, "يزور وزير الخارجية الروسي سيرجي لافروف، تركيا غدا، وفق ما "
        + "أفادت مصادر دبلوماسية تركية.", null);
    assertThat(names(ofType(ev, EventType.STATEMENT).get(0)))
        .containsExactly("مصادر دبلوماسية تركية");
  }

  @Test
  void theDestinationOfAVisitIsItsLocationNotAParticipant() {
    Hadath h = withNames("PERSON:سيرجي لافروف", "LOCATION:تركيا");
    Event v = ofType(events(h, "يزور وزير الخارجية الروسي سيرجي لافروف، تركيا غدا.", null),
        EventType.VISIT).get(0);
    assertThat(names(v)).containsExactly("سيرجي لافروف");
    assertThat(v.arguments().get(0).role()).isEqualTo(Role.VISITOR);
    assertThat(v.location().text()).isEqualTo("تركيا");
    assertThat(v.cameo()).isEqualTo("042");
    assertThat(v.plover()).isEqualTo(new Plover("CONSULT", "visit"));
  }

  @Test
  void talksTakeTheSubjectBeforeTheLightVerbAndThePartnerAfterMa() {
    Hadath h = withNames("PERSON:لافروف", "PERSON:هاكان فيدان", "LOCATION:أنقرة");
    Event t = ofType(events(h, "وقالت المصادر إن لافروف سيجري محادثات في أنقرة مع نظيره هاكان "
        + "فيدان.", null), EventType.TALKS).get(0);
    assertThat(names(t)).containsExactly("لافروف", "هاكان فيدان");
    assertThat(t.location().text()).isEqualTo("أنقرة");
    assertThat(t.tense()).isEqualTo(Tense.FUTURE);
    assertThat(t.cameo()).isEqualTo("046");
  }

  @Test
  void aCounterpartWithoutANameStaysAPhrase() {
    Hadath h = withNames("PERSON:محمود أبوزيد");
    List<Event> ev = events(h, "صرح محمود أبوزيد بأن المياه زادت. وقد أجري الوزير اتصالا "
        + "تليفونيا أمس مع نظيره الإثيوبي.", null);
    Event call = ofType(ev, EventType.PHONE_CALL).get(0);
    assertThat(names(call)).containsExactly("محمود أبوزيد", "نظيره الإثيوبي");
    assertThat(call.plover()).isEqualTo(new Plover("CONSULT", "phone"));
  }

  @Test
  void partiesBetweenBaynaAndWa() {
    Hadath h = withNames("PERSON:بوتين", "PERSON:ترامب");
    Event m = ofType(events(h, "ومن غير المرجح أن يعقد لقاء بين بوتين وترامب الأسبوع المقبل.",
        null), EventType.MEETING).get(0);
    assertThat(names(m)).containsExactly("بوتين", "ترامب");
    assertThat(m.modality()).isEqualTo(Modality.HYPOTHETICAL);
    assertThat(m.polarity()).isEqualTo(Polarity.POSITIVE);
  }

  @Test
  void negationMarksPolarity() {
    Hadath h = withNames("PERSON:زيد", "LOCATION:دمشق");
    Event v = events(h, "لن يزور زيد دمشق.", null).get(0);
    assertThat(v.polarity()).isEqualTo(Polarity.NEGATIVE);
    assertThat(v.tense()).isEqualTo(Tense.FUTURE);
  }

  @Test
  void aHeadlineAndItsBodyAreOneEvent() {
    Hadath h = withNames("PERSON:سيرجي لافروف", "LOCATION:تركيا");
    List<Event> ev = events(h, "وزير الخارجية الروسي يزور تركيا\nيزور وزير الخارجية الروسي "
        + "سيرجي لافروف، تركيا غدا.", null);
    List<Event> visits = ofType(ev, EventType.VISIT);
    assertThat(visits).hasSize(1);
    assertThat(visits.get(0).mentions()).hasSize(2);
    assertThat(names(visits.get(0))).containsExactly("سيرجي لافروف");
    assertThat(visits.get(0).tense()).isEqualTo(Tense.FUTURE);
  }

  @Test
  void aDefiniteLaterMentionEnrichesTheFirstRecord() {
    Hadath h = withNames("LOCATION:الرياض", "LOCATION:قصر الدرعية");
    List<Event> ev = events(h, "وشهدت العاصمة السعودية الرياض، أمس، مباحثات روسية أمريكية. "
        + "وفى أعقاب المحادثات، التى جرت فى قصر الدرعية، قال المسؤول إن الحوار كان جادا.", null);
    List<Event> talks = ofType(ev, EventType.TALKS);
    assertThat(talks).hasSize(1);
    assertThat(talks.get(0).mentions()).extracting(Trigger::text)
        .containsExactly("مباحثات", "المحادثات");
    assertThat(talks.get(0).location().text()).isEqualTo("الرياض");
    assertThat(names(talks.get(0))).containsExactly("روسية أمريكية");
  }

  @Test
  void talksDuringACallGetTheirOwnRecordWithTheCallersParties() {
    Hadath h = withNames("PERSON:عبدالله الثاني", "PERSON:محمد حسني مبارك");
    List<Event> ev = events(h, "تلقى جلالة الملك عبدالله الثاني اتصالا هاتفيا امس من الرئيس "
        + "المصري محمد حسني مبارك تم فيه استعراض التطورات.", null);
    Event call = ofType(ev, EventType.PHONE_CALL).get(0);
    assertThat(names(call)).containsExactly("عبدالله الثاني", "محمد حسني مبارك");
    assertThat(call.cameo()).isEqualTo("041");
    assertThat(names(ofType(ev, EventType.TALKS).get(0)))
        .containsExactly("عبدالله الثاني", "محمد حسني مبارك");
  }

  @Test
  void twoCallsInOneMentionAreTwoRecords() {
    Hadath h = withNames("PERSON:حمد بن جاسم", "PERSON:نبيه بري", "PERSON:فؤاد السنيورة");
    List<Event> calls = ofType(events(h, "تلقي الشيخ حمد بن جاسم الليلة الماضية اتصالين "
        + "هاتفيين من السيد نبيه بري ودولة السيد فؤاد السنيورة.", null), EventType.PHONE_CALL);
    assertThat(calls).hasSize(2);
    assertThat(names(calls.get(0))).containsExactly("حمد بن جاسم", "نبيه بري");
    assertThat(names(calls.get(1))).containsExactly("حمد بن جاسم", "فؤاد السنيورة");
  }

  @Test
  void aNounInTehMarbutaIsNoVerbAndANameIsNoTrigger() {
    // وزارة is not و + زاره "and he visited him"; إضافة is not أضافه; كتلة اللقاء الديمقراطي
    // is a name.
    Hadath h = withNames("ORGANIZATION:كتلة اللقاء الديمقراطي");
    assertThat(events(h, "عقدت وزارة الخارجية مؤتمرا إضافة إلى ندوة نظمتها كتلة اللقاء "
        + "الديمقراطي.", null)).isEmpty();
  }

  @Test
  void arrivalOfThingsIsNoVisit() {
    Hadath h = withNames("LOCATION:السد العالي");
    assertThat(events(h, "وأن المياه التي وصلت إلي السد العالي بلغت ألف مليون متر.", null))
        .isEmpty();
  }

  @Test
  void theParticipleBelongsToItsSpeechVerb() {
    Hadath h = withNames("PERSON:وانغ");
    List<Event> ev = events(h, "وأوضح وانغ أن العلاقات جيدة، مشيراً إلى أن التعاون مستمر.", DAY);
    assertThat(ev).hasSize(1);
    assertThat(ev.get(0).mentions()).extracting(Trigger::text).containsExactly("أوضح", "مشيراً");
  }

  @Test
  void anUndatedPastEventDefaultsToThePublicationDateMarkedAsSuch() {
    Hadath h = withNames("PERSON:زيد");
    Event e = events(h, "قال زيد إن الأمر انتهى.", DAY).get(0);
    assertThat(e.date().value()).isEqualTo("2023-12-18");
    assertThat(e.date().source()).isEqualTo(DateSource.PUBLICATION);
    assertThat(events(h, "قال زيد إن الأمر انتهى.", null).get(0).date()).isNull();
  }

  @Test
  void anArticleBoundaryStopsTheDroppedSubject() {
    Hadath h = withNames("PERSON:زيد");
    List<Event> ev = events(h, "قال زيد إن الأمر انتهى.\nإقرأ أيضاً:\nوأضاف أن الوفد وصل.",
        DAY);
    Event added = ev.stream().filter(e -> e.trigger().text().equals("أضاف")).findFirst()
        .orElseThrow();
    assertThat(added.arguments()).isEmpty();
    assertThat(added.date()).isNull();
  }

  @Test
  void anEvaluativeCueRefinesTheStatementCode() {
    Hadath h = withNames("PERSON:زيد");
    assertThat(events(h, "وأعرب زيد عن أمله في التوصل إلى حل.", null).get(0).cameo())
        .isEqualTo("013");
  }

  @Test
  void signingAnAgreementIsCameo057AndPloverAgree() {
    Hadath h = withNames("PERSON:فايزة أبوالنجا");
    Event a = events(h, "ووقعت أمس فايزة أبوالنجا اتفاقية للتعاون.", null).get(0);
    assertThat(a.type()).isEqualTo(EventType.AGREEMENT);
    assertThat(names(a)).containsExactly("فايزة أبوالنجا");
    assertThat(a.cameo()).isEqualTo("057");
    assertThat(a.plover()).isEqualTo(new Plover("AGREE", null));
  }

  @Test
  void aNameTheRecogniserMissedIsReadAfterTheVerb() {
    Hadath h = withNames();
    Event e = events(h, "وقال ابو عماد الرفاعي من جماعة الجهاد انه تم التطرق الى عدة افكار.",
        null).get(0);
    assertThat(names(e)).containsExactly("ابو عماد الرفاعي");
    // ... but not the object of a verb whose subject was dropped.
    List<Event> ev = events(h, "قال زيد إن الحل قريب. وأكد أهمية الحفاظ علي الاستقرار.", null);
    assertThat(names(ev.get(1))).containsExactly("زيد");
  }

  @Test
  void aKashidaDashEndsATitleReference() {
    Hadath h = withNames("PERSON:محمود أبوزيد");
    List<Event> ev = events(h, "صرح الدكتور محمود أبوزيد بأن المياه زادت. وقال الوزير ـ في "
        + "تصريحاته ـ إن البحيرة قادرة.", null);
    assertThat(names(ev.get(1))).containsExactly("محمود أبوزيد");
  }

  @Test
  void talksDuringTwoCallsAreOneTalksRecordPerCall() {
    Hadath h = withNames("PERSON:حمد بن جاسم", "PERSON:نبيه بري", "PERSON:فؤاد السنيورة");
    List<Event> ev = events(h, "تلقي الشيخ حمد بن جاسم الليلة الماضية اتصالين هاتفيين من السيد "
        + "نبيه بري ودولة السيد فؤاد السنيورة. وعلمت الوكالة انه جري خلال الاتصالين مناقشة القرار.",
        null);
    List<Event> talks = ofType(ev, EventType.TALKS);
    assertThat(talks).hasSize(2);
    assertThat(names(talks.get(0))).containsExactly("حمد بن جاسم", "نبيه بري");
    assertThat(names(talks.get(1))).containsExactly("حمد بن جاسم", "فؤاد السنيورة");
    assertThat(ofType(ev, EventType.PHONE_CALL)).hasSize(2);
  }

  @Test
  void anArrivalWithAMissedNameAndAnOriginIsAVisitToTheDestination() {
    Hadath h = withNames("LOCATION:إسرائيل", "LOCATION:بيروت");
    Event v = events(h, "ووصلت رايس إسرائيل قادمة من بيروت.", null).get(0);
    assertThat(v.type()).isEqualTo(EventType.VISIT);
    assertThat(names(v)).containsExactly("رايس");
    assertThat(v.arguments().get(0).entity()).isNull();
    assertThat(v.location().text()).isEqualTo("إسرائيل");
  }

  @Test
  void theClauseDateWinsOverThePublicationDateAndAnUnresolvedOneGivesNone() {
    Hadath h = Pipelines.withNamesAndTimes(new String[] {"PERSON:زيد", "LOCATION:دمشق"},
        new FixedTemporalTagger(new FixedTemporalTagger.Expr("غدا", "2023-12-19", null),
            new FixedTemporalTagger.Expr("الاثنين", null, null)));
    Event v = events(h, "يزور زيد دمشق غدا.", DAY).get(0);
    assertThat(v.date().value()).isEqualTo("2023-12-19");
    assertThat(v.date().source()).isEqualTo(DateSource.TEXT);
    assertThat(v.date().timex()).isEqualTo("t1");
    assertThat(v.tense()).isEqualTo(Tense.FUTURE);
    assertThat(events(h, "قال زيد الاثنين إن الأمر انتهى.", DAY).get(0).date()).isNull();
  }

  @Test
  void theHostOfAVisitIsNamedByTheInvitation() {
    Hadath h = withNames("PERSON:زيد", "PERSON:عمرو", "LOCATION:دمشق");
    Event v = events(h, "وصل زيد إلى دمشق بدعوة من عمرو.", null).get(0);
    assertThat(v.arguments()).extracting(Argument::role).containsExactly(Role.VISITOR, Role.HOST);
    assertThat(names(v)).containsExactly("زيد", "عمرو");
  }

  @Test
  void aTitleReadBeforeItsHolderIsNamedIsThePersonLaterNamedWithThatTitle() {
    Hadath h = withNames("PERSON:فايزة أبوالنجا");
    List<Event> ev = events(h, "وتجري وزيرة التعاون الدولي مباحثات مع نظيرها الروماني. "
        + "ووقعت أمس فايزة أبوالنجا وزيرة التعاون الدولي اتفاقيات منح.", DAY);
    assertThat(names(ofType(ev, EventType.TALKS).get(0)))
        .containsExactly("فايزة أبوالنجا", "نظيرها الروماني");
  }

  @Test
  void aShortenedTitleBeforeTheLaterNameRefersForwardButAMoreSpecificOneDoesNot() {
    Hadath h = withNames("PERSON:عمرو بكر", "PERSON:زيد");
    List<Event> ev = events(h, "وأكد وزير الخارجية الكينية خلال لقائه مع زيد دعم بلاده. "
        + "من جانبه، قال الوزير الكيني عمرو بكر إن العلاقات متينة.", DAY);
    assertThat(names(ofType(ev, EventType.MEETING).get(0))).containsExactly("عمرو بكر", "زيد");
    List<Event> other = events(h, "قال وزير الخارجية إن الحل سياسي. "
        + "والتقى وزير الخارجية الكيني عمرو بكر زيدا.", DAY);
    assertThat(names(ofType(other, EventType.STATEMENT).get(0)))
        .containsExactly("وزير الخارجية");
  }

  @Test
  void theChairOfAMeetingIsItsParty() {
    Hadath h = withNames("LOCATION:عمان", "PERSON:زيد بن علي");
    Event met = ofType(events(h, "عقد وزراء الزراعة العرب اجتماعا في عمان برئاسة الوزير "
        + "زيد بن علي.", DAY), EventType.MEETING).get(0);
    assertThat(names(met)).containsExactly("وزراء الزراعة العرب", "زيد بن علي");
  }

  @Test
  void aDefinitePluralHeadAloneIsTheGroupDescribedBeforeNotAPersonWithThatTitle() {
    Hadath h = withNames("PERSON:عمرو بكر", "LOCATION:عمان");
    List<Event> ev = events(h, "التقى رئيس الوزراء عمرو بكر وزراء الزراعة العرب في عمان. "
        + "واتفق الوزراء على خطة مشتركة.", DAY);
    assertThat(names(ofType(ev, EventType.AGREEMENT).get(0)))
        .containsExactly("وزراء الزراعة العرب");
  }

  @Test
  void aDefiniteHeadNounAloneIsTheOrganisationLastNamedWithIt() {
    Hadath h = withNames("ORGANIZATION:مجلس التعاون الزراعي");
    List<Event> ev = events(h, "وقال الأمين العام لمجلس التعاون الزراعي إن المجلس سيعقد "
        + "اجتماعا الشهر المقبل.", DAY);
    assertThat(names(ofType(ev, EventType.MEETING).get(0)))
        .containsExactly("مجلس التعاون الزراعي");
  }

  @Test
  void anEventDuringAReportedMeetingTakesItsDayAndPlace() {
    Hadath h = Pipelines.withNamesAndTimes(
        new String[] {"PERSON:زيد", "PERSON:عمرو", "LOCATION:عمان"},
        new FixedTemporalTagger(new FixedTemporalTagger.Expr("أمس", "2023-12-17", null)));
    List<Event> ev = events(h, "التقى زيد عمرا في عمان أمس. "
        + "ووقع الجانبان على هامش اللقاء اتفاقا للتعاون.", DAY);
    Event signed = ofType(ev, EventType.AGREEMENT).get(0);
    assertThat(signed.date().value()).isEqualTo("2023-12-17");
    assertThat(signed.location().text()).isEqualTo("عمان");
  }

  @Test
  void aCallBetweenThemIsBetweenTheTwoPersonsNamedBeforeNotThePlace() {
    Hadath h = withNames("PERSON:سامي", "PERSON:هادي", "LOCATION:دمشق");
    Event call = ofType(events(h, "وكان سامي قد دعا هادي إلى زيارة دمشق خلال اتصال هاتفي "
        + "جرى بينهما.", DAY), EventType.PHONE_CALL).get(0);
    assertThat(names(call)).containsExactly("سامي", "هادي");
  }

  @Test
  void theTalksNounThatIsATopicVerbsSubjectIsAMentionOfTheTalks() {
    Hadath h = withNames("PERSON:سامي", "PERSON:هادي");
    List<Event> ev = events(h, "التقى سامي هادي. وأوضح سامي أن المحادثات تناولت ترسيم الحدود.",
        DAY);
    Event talks = ofType(ev, EventType.TALKS).get(0);
    assertThat(talks.mentions()).extracting(Trigger::text).contains("المحادثات");
  }

  @Test
  void theRootWawOfAPluralTitleIsNoConjunctionBeforeAnAgencyInTheDateline() {
    Hadath h = withNames("LOCATION:الكويت", "ORGANIZATION:كونا");
    Event met = ofType(events(h, "الكويت (كونا) - عقد وزراء الزراعة العرب اجتماعا في الكويت.",
        DAY), EventType.MEETING).get(0);
    assertThat(names(met)).containsExactly("وزراء الزراعة العرب");
  }

  @Test
  void aSecondOfficeInAppositionLeadsToTheHolderOfBoth() {
    Hadath h = withNames("PERSON:زيد", "PERSON:عمرو بكر");
    Event talks = ofType(events(h, "وسيجري زيد مباحثات مع وزير الدولة، وزير الشؤون الخارجية "
        + "عمرو بكر، يوم الأربعاء.", DAY), EventType.TALKS).get(0);
    assertThat(names(talks)).containsExactly("زيد", "عمرو بكر");
  }

  @Test
  void aVisitNounAfterAVerbOfMotionTakesThePlaceAfterToBeforeIt() {
    Hadath h = withNames("PERSON:زيد", "LOCATION:بغداد");
    Event v = ofType(events(h, "أعلنت الوزارة أن زيد سيتوجه إلى بغداد الأسبوع المقبل في "
        + "زيارة رسمية.", DAY), EventType.VISIT).get(0);
    assertThat(v.location().text()).isEqualTo("بغداد");
  }

  @Test
  void aPlaceFrontedWithInAndACommaIsWhereTheSentencesEventHappened() {
    Hadath h = withNames("LOCATION:جنيف", "ORGANIZATION:مكتب تنسيق الإغاثة");
    Event said = ofType(events(h, "وفي جنيف، أعلن مكتب تنسيق الإغاثة أن القافلة وصلت.", DAY),
        EventType.STATEMENT).get(0);
    assertThat(said.location().text()).isEqualTo("جنيف");
  }

  @Test
  void signedWithIsAnAgreementEvenWhenTheDocumentComesAfterALongName() {
    Hadath h = withNames("PERSON:رجب طيب أردوغان", "PERSON:محمد شياع السوداني");
    List<Event> ev = events(h, "وكان الرئيس رجب طيب أردوغان قد وقع مع رئيس الوزراء العراقي "
        + "محمد شياع السوداني العام الماضي مذكرة تفاهم.", DAY);
    assertThat(names(ofType(ev, EventType.AGREEMENT).get(0)))
        .containsExactly("رجب طيب أردوغان", "محمد شياع السوداني");
    // وقع "happened" with no document after it and no مع right after it is no signing.
    assertThat(ofType(events(h, "وقع انفجار قرب مقر رجب طيب أردوغان أمس.", DAY),
        EventType.AGREEMENT)).isEmpty();
  }

  @Test
  void aBodyAndAConjoinedGroupWhoSignAreTwoPartiesAndTheGroupEndsAtItsGenitive() {
    Hadath h = withNames();
    Event signed = ofType(events(h, "عندما وقعت الحكومة السودانية ومتمردي الشرق اتفاقا لوقف "
        + "العمليات الحربية.", DAY), EventType.AGREEMENT).get(0);
    assertThat(names(signed)).containsExactly("الحكومة السودانية", "متمردي الشرق");
  }

  @Test
  void aSpeakerNamedBeforeTheVerbWithATitleInAppositionIsTheSubject() {
    Hadath h = withNames("PERSON:لي تشاو شينج", "LOCATION:بكين");
    List<Event> ev = events(h, "ونقلت وسائل الإعلام عن مسؤولين قولهم إن لي تشاو شينج وزير "
        + "الخارجية الصيني أوضح وجهة نظر بكين.", DAY);
    Event explained = ofType(ev, EventType.STATEMENT).get(1);
    assertThat(names(explained)).containsExactly("لي تشاو شينج");
  }

  @Test
  void theUnknownWordJoinedToTheSubjectOfADualVerbIsTheSecondSpeaker() {
    Hadath h = withNames();
    List<Event> ev = events(h, "وكان المسؤول الإيراني وسولانا قد أعلنا الأحد الماضي عن تحقيق "
        + "تقدم.", DAY);
    assertThat(names(ofType(ev, EventType.STATEMENT).get(0)))
        .containsExactly("المسؤول الإيراني", "سولانا");
    // A singular verb has one subject: the word after و is not read as a second one.
    List<Event> one = events(h, "وكان المسؤول الإيراني وسولانا قد أعلن الأحد الماضي عن تحقيق "
        + "تقدم.", DAY);
    assertThat(names(ofType(one, EventType.STATEMENT).get(0))).doesNotContain("سولانا");
  }

  @Test
  void aTitleWithANationalityIsNotThePersonIntroducedWithThatTitleAndAnotherNationality() {
    Hadath h = withNames("PERSON:سامي", "PERSON:ستيفان هاربر");
    List<Event> ev = events(h, "وقال سامي إن القمة ناجحة. والتقى سامي رئيس الوزراء البريطاني "
        + "ستيفان هاربر. وقال الرئيس الفرنسي خلال الحفل إن المدن ضحايا.", DAY);
    List<Event> said = ofType(ev, EventType.STATEMENT);
    assertThat(names(said.get(said.size() - 1))).containsExactly("سامي");
  }

  @Test
  void aBareTitleAfterASpokesmanIsTheOfficeHolderHeSpeaksForNotTheSpokesman() {
    Hadath h = withNames("PERSON:باسم العوادي", "LOCATION:واشنطن");
    List<Event> ev = events(h, "أعلن المتحدث باسم الحكومة باسم العوادي أن رئيس الوزراء سيزور "
        + "واشنطن الشهر المقبل.", DAY);
    assertThat(names(ofType(ev, EventType.VISIT).get(0))).containsExactly("رئيس الوزراء");
  }

  @Test
  void anOfficialWhoSignsWithAPartnerSignsAnAgreementNamedManyWordsLater() {
    Hadath h = withNames("PERSON:رانيا المشاط", "PERSON:أنجلينا آيخهورست");
    List<Event> ev = events(h, "وقعت وزيرة التخطيط والتنمية الاقتصادية والتعاون الدولي رانيا "
        + "المشاط، اليوم الأحد، مع سفيرة الاتحاد الأوروبي لدى مصر أنجلينا آيخهورست، اتفاقية منحة "
        + "بقيمة 75 مليون يورو.", DAY);
    assertThat(names(ofType(ev, EventType.AGREEMENT).get(0)))
        .containsExactly("رانيا المشاط", "أنجلينا آيخهورست");
    // وقع "happened" with an event as its subject signs nothing.
    assertThat(ofType(events(h, "وقعت اشتباكات عنيفة أمس بين قوات الأمن ومسلحين قرب الحدود "
        + "الشرقية للبلاد حسب اتفاقية الهدنة.", DAY), EventType.AGREEMENT)).isEmpty();
  }

  @Test
  void aMinistersConjoinedPortfoliosArePartOfTheTitleBeforeTheName() {
    Hadath h = withNames("PERSON:رانيا المشاط");
    Event said = ofType(events(h, "وقالت وزيرة التخطيط والتنمية الاقتصادية والتعاون الدولي "
        + "رانيا المشاط إن المنحة مهمة.", DAY), EventType.STATEMENT).get(0);
    assertThat(names(said)).containsExactly("رانيا المشاط");
  }

  @Test
  void indirectTalksHostedByACapitalAreBetweenThePartiesAfterBetweenAndHeldThere() {
    Hadath h = withNames("LOCATION:الدوحة", "ORGANIZATION:حركة حماس", "LOCATION:إسرائيل");
    Event talks = ofType(events(h, "استضافت العاصمة القطرية الدوحة، أمس الأربعاء، جولة جديدة "
        + "من المفاوضات غير المباشرة بين حركة حماس وإسرائيل.", DAY), EventType.TALKS).get(0);
    assertThat(names(talks)).containsExactly("حركة حماس", "إسرائيل");
    assertThat(talks.location().text()).isEqualTo("الدوحة");
  }

  @Test
  void resumedTalksAreANewRoundBetweenThePartiesOfTheLastOne() {
    Hadath h = withNames("LOCATION:الدوحة", "ORGANIZATION:حركة حماس", "LOCATION:إسرائيل",
        "LOCATION:القاهرة");
    List<Event> talks = ofType(events(h, "جرت في الدوحة أمس المفاوضات بين حركة حماس "
        + "وإسرائيل. ومن المقرر أن تستأنف المفاوضات في القاهرة.", DAY), EventType.TALKS);
    assertThat(talks).hasSize(2);
    assertThat(names(talks.get(1))).containsExactly("حركة حماس", "إسرائيل");
    assertThat(talks.get(1).location().text()).isEqualTo("القاهرة");
  }

  @Test
  void bothSidesAfterAReceptionWhoseGuestIsOnAVisitAreTheHostAndTheGuest() {
    Hadath h = withNames("PERSON:هيثم بن طارق", "PERSON:مسعود بزشكيان", "LOCATION:سلطنة عمان");
    List<Event> ev = events(h, "استقبل السلطان هيثم بن طارق الرئيس الإيراني مسعود بزشكيان الذي "
        + "يقوم بزيارة إلى سلطنة عمان. وبحث الجانبان سبل تعزيز العلاقات.", DAY);
    assertThat(names(ofType(ev, EventType.TALKS).get(0)))
        .containsExactly("هيثم بن طارق", "مسعود بزشكيان");
  }

  @Test
  void aTitleJoinedAfterANationalityIsASecondSpeakerOfADualVerb() {
    Hadath h = withNames();
    Event stressed = ofType(events(h, "وقال البيان إن العاهل المغربي ورئيس الحكومة الإسباني أكدا "
        + "متانة العلاقات.", DAY), EventType.STATEMENT).get(1);
    assertThat(names(stressed)).containsExactly("العاهل المغربي", "رئيس الحكومة الإسباني");
    // Before the nationality the joined title is the same man's second office.
    Event said = ofType(events(h, "وقال رئيس الوزراء ووزير الخارجية القطري إن الاتفاق قريب.",
        DAY), EventType.STATEMENT).get(0);
    assertThat(names(said)).containsExactly("رئيس الوزراء ووزير الخارجية القطري");
  }

  @Test
  void theGuestAfterTheHostsTitleAndAVenueIsTheObjectAndHisDelegationNoParty() {
    Hadath h = withNames("PERSON:محمد بن زايد آل نهيان", "PERSON:ناريندرا مودي",
        "LOCATION:قصر الشاطئ");
    Event met = ofType(events(h, "استقبل الشيخ محمد بن زايد آل نهيان رئيس الدولة، في قصر الشاطئ "
        + "اليوم، رئيس وزراء الهند ناريندرا مودي والوفد المرافق له.", DAY),
        EventType.MEETING).get(0);
    assertThat(names(met)).containsExactly("محمد بن زايد آل نهيان", "ناريندرا مودي");
  }

  @Test
  void theGuestFollowsAnAsideOfAnUnknownPlaceAndATime() {
    Hadath h = Pipelines.withNamesAndTimes(
        new String[] {"PERSON:نبيه بري", "PERSON:جان إيف لودريان"},
        new FixedTemporalTagger(new FixedTemporalTagger.Expr("اليوم الجمعة", "2023-12-15",
            null)));
    Event met = ofType(events(h, "استقبل رئيس مجلس النواب نبيه بري، في عين التينة اليوم الجمعة، "
        + "الموفد الفرنسي جان إيف لودريان، وعرض معه الأوضاع.", DAY), EventType.MEETING).get(0);
    assertThat(names(met)).containsExactly("نبيه بري", "جان إيف لودريان");
  }

  @Test
  void aMeetingWhereTheTravellerIsHeadedIsHisThere() {
    Hadath h = withNames("PERSON:نبيه بري", "PERSON:جان إيف لودريان", "PERSON:لودريان",
        "LOCATION:بيروت", "LOCATION:الرياض");
    List<Event> met = ofType(events(h, "استقبل نبيه بري الموفد الفرنسي جان إيف لودريان. وغادر "
        + "لودريان بيروت مساء متوجها إلى الرياض، حيث يلتقي المسؤولين السعوديين.", DAY),
        EventType.MEETING);
    Event there = met.get(met.size() - 1);
    assertThat(names(there)).containsExactly("جان إيف لودريان", "المسؤولين السعوديين");
    assertThat(there.location().text()).isEqualTo("الرياض");
  }

  @Test
  void aSecondOfficeOfTheSameBodyJoinedAfterTheFirstStaysInTheTitle() {
    Hadath h = withNames("ORGANIZATION:أرامكو السعودية", "PERSON:أمين الناصر");
    Event said = ofType(events(h, "وقال رئيس أرامكو السعودية وكبير إدارييها التنفيذيين أمين "
        + "الناصر إن المذكرة تعزز الشراكة.", DAY), EventType.STATEMENT).get(0);
    assertThat(names(said)).containsExactly("أمين الناصر");
  }

  @Test
  void aPortfolioClosedByAComplementWithBaStaysInTheTitleBeforeTheName() {
    Hadath h = withNames("PERSON:محمد علي النفطي");
    Event said = ofType(events(h, "أكد وزير الشؤون الخارجية والهجرة والتونسيين بالخارج محمد علي "
        + "النفطي حرص تونس على الشراكة.", DAY), EventType.STATEMENT).get(0);
    assertThat(names(said)).containsExactly("محمد علي النفطي");
  }

  @Test
  void aCallThatIsTheMeansOfTalksIsBetweenTheTalksParties() {
    Hadath h = withNames("PERSON:عبداللطيف الزياني", "PERSON:بدر البوسعيدي");
    List<Event> ev = events(h, "بحث وزير الخارجية عبداللطيف الزياني مع نظيره العماني بدر "
        + "البوسعيدي، عبر اتصال هاتفي، مستجدات الأوضاع.", DAY);
    assertThat(names(ofType(ev, EventType.PHONE_CALL).get(0)))
        .containsExactly("عبداللطيف الزياني", "بدر البوسعيدي");
  }

  @Test
  void aVisitWhoseReportsAreDeniedIsNegated() {
    Hadath h = withNames("LOCATION:طهران");
    Event v = ofType(events(h, "ونفت الوزارة صحة الأنباء عن زيارة مرتقبة للوزير إلى طهران.", DAY),
        EventType.VISIT).get(0);
    assertThat(v.polarity()).isEqualTo(Polarity.NEGATIVE);
    // Reports about a visit that no one denies leave it asserted.
    Event w = ofType(events(h, "وأكدت الوزارة صحة الأنباء عن زيارة مرتقبة للوزير إلى طهران.",
        DAY), EventType.VISIT).get(0);
    assertThat(w.polarity()).isEqualTo(Polarity.POSITIVE);
  }

  @Test
  void talksHeldWhereAVisitGoesAreHeldAtThePlaceBeforeWhere() {
    Hadath h = withNames("PERSON:فلاديمير بوتين", "PERSON:ناريندرا مودي", "LOCATION:الهند",
        "PERSON:رايس", "LOCATION:إسرائيل", "LOCATION:بيروت");
    Event talks = ofType(events(h, "قال الكرملين إن فلاديمير بوتين سيزور الهند الشهر المقبل، حيث "
        + "سيجري محادثات مع ناريندرا مودي.", DAY), EventType.TALKS).get(0);
    assertThat(talks.location().text()).isEqualTo("الهند");
    // حيث names the place right before it, not the destination of the sentence's visit.
    Event met = ofType(events(h, "ووصلت رايس إسرائيل قادمة من بيروت حيث عقدت اجتماعا مع فؤاد "
        + "السنيورة.", DAY), EventType.MEETING).get(0);
    assertThat(met.location().text()).isEqualTo("بيروت");
  }

  @Test
  void talksThatAreThePurposeOfAJourneyAreHeldAtItsDestination() {
    Hadath h = withNames("PERSON:أسعد الشيباني", "PERSON:هاكان فيدان", "LOCATION:أنقرة");
    Event talks = ofType(events(h, "وقالت الوزارة إن أسعد الشيباني سيتوجه إلى أنقرة غدا لإجراء "
        + "مباحثات مع هاكان فيدان.", DAY), EventType.TALKS).get(0);
    assertThat(talks.location().text()).isEqualTo("أنقرة");
  }

  @Test
  void theSpeakerOfSaidInItIsTheGiverOfTheSpeech() {
    Hadath h = withNames("PERSON:جوزاف عون", "ORGANIZATION:الجمعية العامة للأمم المتحدة",
        "LOCATION:لبنان");
    Event said = ofType(events(h, "ألقى الرئيس اللبناني جوزاف عون كلمة أمام الجمعية العامة للأمم "
        + "المتحدة، قال فيها إن لبنان ملتزم بالقرار.", DAY), EventType.STATEMENT).get(0);
    assertThat(names(said)).containsExactly("جوزاف عون");
  }

  @Test
  void aLightVerbReachesItsEventNounPastALongPortfolioAndTheTwoMinistersAreItsParties() {
    Hadath h = withNames("PERSON:ناصر بوريطة", "PERSON:بيتر سيارتو", "LOCATION:الرباط");
    List<Event> ev = events(h, "أجرى وزير الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين "
        + "بالخارج ناصر بوريطة، اليوم بالرباط، مباحثات مع وزير خارجية المجر بيتر سيارتو. وأكد "
        + "الوزيران، في ندوة صحفية، عزمهما تعزيز التعاون.", DAY);
    assertThat(names(ofType(ev, EventType.TALKS).get(0)))
        .containsExactly("ناصر بوريطة", "بيتر سيارتو");
    assertThat(names(ofType(ev, EventType.STATEMENT).get(0)))
        .containsExactly("ناصر بوريطة", "بيتر سيارتو");
  }

  @Test
  void theGatheringOnWhoseSidelinesTwoMetIsNoEventOfItsOwn() {
    Hadath h = withNames("PERSON:أحمد أبو الغيط", "PERSON:أيمن الصفدي",
        "ORGANIZATION:الجمعية العامة للأمم المتحدة");
    List<Event> ev = events(h, "التقى أحمد أبو الغيط أمس أيمن الصفدي، على هامش اجتماعات الجمعية "
        + "العامة للأمم المتحدة.", DAY);
    assertThat(ofType(ev, EventType.MEETING)).hasSize(1);
    assertThat(names(ofType(ev, EventType.MEETING).get(0)))
        .containsExactly("أحمد أبو الغيط", "أيمن الصفدي");
  }

  @Test
  void theTalkingOverHeldDuringACallIsTalksBetweenItsParties() {
    Hadath h = withNames("PERSON:قيس سعيد", "PERSON:جورجيا ميلوني");
    List<Event> ev = events(h, "تلقى الرئيس قيس سعيد مكالمة هاتفية من رئيسة الوزراء جورجيا "
        + "ميلوني، تم خلالها التباحث في ملف الهجرة.", DAY);
    assertThat(names(ofType(ev, EventType.TALKS).get(0)))
        .containsExactly("قيس سعيد", "جورجيا ميلوني");
  }

  @Test
  void talksToBeResumedOnAJourneyAreHeldAtItsDestination() {
    Hadath h = withNames("LOCATION:بيروت", "ORGANIZATION:صندوق النقد الدولي");
    Event talks = ofType(events(h, "وقال الوزير إن بعثة من صندوق النقد الدولي ستصل إلى بيروت "
        + "الأسبوع المقبل لاستئناف المفاوضات مع الحكومة اللبنانية.", DAY), EventType.TALKS).get(0);
    assertThat(talks.location().text()).isEqualTo("بيروت");
  }

  @Test
  void aFirstVisitAfterAnArrivalIsThatVisit() {
    Hadath h = withNames("PERSON:كامل إدريس", "LOCATION:الخرطوم", "LOCATION:بورتسودان");
    List<Event> visits = ofType(events(h, "وصل رئيس الوزراء كامل إدريس إلى الخرطوم اليوم، قادما "
        + "من بورتسودان، في أول زيارة له إلى العاصمة.", DAY), EventType.VISIT);
    assertThat(visits).hasSize(1);
    assertThat(names(visits.get(0))).containsExactly("كامل إدريس");
  }

  @Test
  void portfoliosMayGoOnAfterAComplementWithBa() {
    Hadath h = withNames("PERSON:أحمد عطاف");
    Event said = ofType(events(h, "أكد وزير الشؤون الخارجية والجالية الوطنية بالخارج والشؤون "
        + "الإفريقية أحمد عطاف أن الجزائر لم تتلق أي طلب.", DAY), EventType.STATEMENT).get(0);
    assertThat(names(said)).containsExactly("أحمد عطاف");
  }

  @Test
  void aSubjectFrontedBeforeQadMeetsTheOfficerNamedAfterHisPostInABody() {
    Hadath h = withNames("PERSON:ياسين جابر", "PERSON:جابر", "PERSON:جهاد أزعور",
        "ORGANIZATION:صندوق النقد الدولي", "LOCATION:واشنطن");
    List<Event> ev = events(h, "أعلن وزير المالية ياسين جابر أن الحكومة مستعدة. وكان جابر قد "
        + "التقى المسؤول الإقليمي في صندوق النقد الدولي جهاد أزعور في واشنطن.", DAY);
    Event met = ofType(ev, EventType.MEETING).get(0);
    assertThat(names(met)).containsExactly("ياسين جابر", "جهاد أزعور");
    assertThat(met.location().text()).isEqualTo("واشنطن");
  }

  @Test
  void talksDuringTheMeetingAreHeldByItsPartiesThoughAVisitWasToldAfterIt() {
    Hadath h = withNames("PERSON:مشعل الأحمد الجابر الصباح", "PERSON:شهباز شريف",
        "LOCATION:الكويت");
    List<Event> ev = events(h, "استقبل الشيخ مشعل الأحمد الجابر الصباح اليوم رئيس الوزراء "
        + "الباكستاني شهباز شريف، الذي وصل إلى الكويت مساء أمس في زيارة رسمية. وجرى خلال اللقاء "
        + "بحث العلاقات الثنائية.", DAY);
    assertThat(names(ofType(ev, EventType.TALKS).get(0)))
        .containsExactly("مشعل الأحمد الجابر الصباح", "شهباز شريف");
  }

  @Test
  void aTitlePhraseWithItsGenitiveIsThePersonIntroducedWithIt() {
    Hadath h = withNames("PERSON:قيس سعيد", "PERSON:جورجيا ميلوني", "PERSON:ميلوني",
        "LOCATION:تونس");
    List<Event> ev = events(h, "تلقى رئيس الجمهورية قيس سعيد مكالمة هاتفية من جورجيا ميلوني. "
        + "ومن المنتظر أن تؤدي ميلوني زيارة إلى تونس الشهر المقبل، بدعوة من رئيس الجمهورية.", DAY);
    Event visit = ofType(ev, EventType.VISIT).get(0);
    assertThat(visit.arguments()).anyMatch(a -> a.role() == Role.HOST
        && a.text().equals("قيس سعيد"));
  }

  @Test
  void theSigningThatCrownedTalksIsBetweenTheirPartiesOrTheSignersOnBehalfOfEachSide() {
    Hadath h = withNames("PERSON:عزيز أخنوش", "PERSON:المختار ولد أجاي", "PERSON:مشعل الأحمد",
        "PERSON:شهباز شريف", "PERSON:عبدالله اليحيا", "PERSON:محمد إسحاق دار");
    Event crowned = ofType(events(h, "أجرى عزيز أخنوش محادثات مع المختار ولد أجاي. وتوجت "
        + "المحادثات بالتوقيع على مذكرة تفاهم.", DAY), EventType.AGREEMENT).get(0);
    assertThat(names(crowned)).containsExactly("عزيز أخنوش", "المختار ولد أجاي");
    Event witnessed = ofType(events(h, "استقبل مشعل الأحمد شهباز شريف. وشهد الجانبان التوقيع على "
        + "اتفاقية، وقعها عن الجانب الكويتي عبدالله اليحيا وعن الجانب الباكستاني محمد إسحاق "
        + "دار.", DAY), EventType.AGREEMENT).get(0);
    assertThat(names(witnessed)).containsExactly("عبدالله اليحيا", "محمد إسحاق دار");
  }

  @Test
  void theVisitorOfAVisitVerbAfterARelativePronounIsItsAntecedent() {
    Hadath h = withNames("PERSON:سوجيونو", "LOCATION:البحرين");
    Event visit = ofType(events(h, "عقد الوزير جلسة مباحثات مع وزير خارجية إندونيسيا سوجيونو، "
        + "الذي يزور مملكة البحرين حاليا.", DAY), EventType.VISIT).get(0);
    assertThat(names(visit)).containsExactly("سوجيونو");
  }

  @Test
  void aMeetingARequestAsksForIsNoEventButOneARequestWasMadeDuringIs() {
    Hadath h = withNames("PERSON:أحمد عطاف");
    assertThat(ofType(events(h, "وأكد أحمد عطاف أن الجزائر لم تتلق أي طلب رسمي لعقد اجتماع مع "
        + "الجانب الفرنسي.", DAY), EventType.MEETING)).isEmpty();
    assertThat(ofType(events(h, "وكان أحمد عطاف قد طلب خلال استقباله امس بعثة الامم المتحدة "
        + "تفسيرا للاعتداء.", DAY), EventType.MEETING)).hasSize(1);
  }
}

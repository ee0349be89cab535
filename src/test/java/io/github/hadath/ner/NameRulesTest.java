package io.github.hadath.ner;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hadath.Analysis;
import io.github.hadath.Hadath;
import io.github.hadath.normalize.ArabicNormalizer;
import io.github.hadath.testutil.SpanInvariants;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link NameRules} on constructed sentences, with the statistical tagger's labels
 * given by hand (so the rules are tested whatever model is shipped), and a few sentences run
 * through the whole pipeline.
 */
class NameRulesTest {

  private static final int O = 0;
  private static final int B_PER = 1;
  private static final int I_PER = 2;
  private static final int B_LOC = 3;
  private static final int I_LOC = 4;
  private static final int B_ORG = 5;
  private static final int I_ORG = 6;

  private static final NameRules RULES = NameRules.bundled(NerLexicon.bundled());

  /** Applies the rules to one sentence, the model's labels given ({@code O} when omitted). */
  private static int[] apply(String sentence, int... labels) {
    String[] words = sentence.split(" ");
    String[] n = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      n[i] = ArabicNormalizer.instance().match(words[i]);
    }
    int[] y = Arrays.copyOf(labels, words.length);
    RULES.apply(words, n, y, new int[words.length]);
    return y;
  }

  // ------------------------------------------------------------ organisation chains

  @Test
  void aClippedMinistryNameWithAFeminineNisbaIsAnOrganisation() {
    assertThat(apply("وأعلنت الخارجية الروسية أن الوفد وصل"))
        .containsExactly(O, B_ORG, I_ORG, O, O, O);
  }

  @Test
  void aCouncilNamedByItsFunctionAndPlaceIsOneOrganisation() {
    assertThat(apply("نفى المجلس الرئاسي الليبي أن")).containsExactly(O, B_ORG, I_ORG, I_ORG, O);
    assertThat(apply("وأعلن المجلس التشريعي الفلسطيني ذلك"))
        .containsExactly(O, B_ORG, I_ORG, I_ORG, O);
  }

  @Test
  void aCouncilOfTheStatesOfAPlaceTakesThePlaceTheModelFoundIntoItsName() {
    assertThat(apply("وقال مجلس التعاون لدول الخليج العربية في", O, O, O, O, B_LOC, I_LOC, O))
        .containsExactly(O, B_ORG, I_ORG, I_ORG, I_ORG, I_ORG, O);
  }

  @Test
  void aClippedMinistryNameAfterATitleIsPartOfTheTitle() {
    assertThat(apply("قال وزير الخارجية الروسي سيرغي لافروف", O, O, O, O, B_PER, I_PER))
        .containsExactly(O, O, O, O, B_PER, I_PER);
    assertThat(apply("قالت وزيرة الخارجية الألمانية أمس"))
        .containsExactly(O, O, O, O, O);
  }

  @Test
  void aClippedMinistryNameAfterADefiniteNounIsItsAdjective() {
    assertThat(apply("ناقش الجانبان العلاقات الخارجية الفرنسية"))
        .containsExactly(O, O, O, O, O);
  }

  @Test
  void aConstructHeadTakesItsGenitiveAndPlaceNisbaButNotATimeWord() {
    assertThat(apply("أعلنت وزارة الدفاع التركية اليوم أن"))
        .containsExactly(O, B_ORG, I_ORG, I_ORG, O, O);
  }

  @Test
  void aConstructHeadAloneOrBeforeATimeWordIsNoName() {
    assertThat(apply("قالت وزارة اليوم إن الوزارة")).containsExactly(O, O, O, O, O);
  }

  @Test
  void aDefiniteHeadWithAdjectivesAndAPurposeComplementExtendsTheModelsShorterGuess() {
    assertThat(apply("ذكرت الوكالة الدولية للطاقة الذرية أمس", O, B_ORG, I_ORG))
        .containsExactly(O, B_ORG, I_ORG, I_ORG, I_ORG, O);
  }

  @Test
  void aDefiniteHeadWithoutAnAdjectiveIsACommonNoun() {
    assertThat(apply("قالت الوكالة في بيان")).containsExactly(O, O, O, O);
  }

  @Test
  void aGenericGenitiveNeedsAnAdjectiveToMakeAName() {
    assertThat(apply("نقلت وكالة الأنباء عن مصدر")).containsExactly(O, O, O, O, O);
    assertThat(apply("نقلت وكالة الأنباء الأردنية عن مصدر"))
        .containsExactly(O, B_ORG, I_ORG, I_ORG, O, O);
  }

  @Test
  void aMinistryTakesNoPurposeComplement() {
    assertThat(apply("قالت وزارة الخارجية للصحفيين إن"))
        .containsExactly(O, B_ORG, I_ORG, O, O);
  }

  @Test
  void anArmyIsABodyOnlyWithAPlaceNisba() {
    assertThat(apply("انتشر الجيش الوطني في الجنوب")).containsExactly(O, O, O, O, O);
    assertThat(apply("انتشر الجيش اللبناني في الجنوب"))
        .containsExactly(O, B_ORG, I_ORG, O, O);
  }

  @Test
  void aCoordinatedGenitiveBelongsToTheChain() {
    assertThat(apply("وقعت حركة العدل والمساواة اتفاقا"))
        .containsExactly(O, B_ORG, I_ORG, I_ORG, O);
  }

  @Test
  void aCoordinatedTitleIsNotAGenitive() {
    assertThat(apply("التقى حزب العمال والرئيس السوري")).containsExactly(O, B_ORG, I_ORG, O, O);
  }

  @Test
  void aNameTheModelClosedTakesAnAdjectiveOfNamesButNotAPlaceNisba() {
    assertThat(apply("وقال حزب الله اللبناني إن", O, B_ORG, I_ORG))
        .containsExactly(O, B_ORG, I_ORG, O, O);
    assertThat(apply("وقال مجلس الأمن الدولي إن", O, B_ORG, I_ORG))
        .containsExactly(O, B_ORG, I_ORG, I_ORG, O);
  }

  @Test
  void aMinistryTheModelClosedBeforeItsCountryTakesTheCountryNisba() {
    assertThat(apply("وقالت وزارة الخارجية الصينية إن", O, B_ORG, I_ORG))
        .containsExactly(O, B_ORG, I_ORG, I_ORG, O);
  }

  @Test
  void anIndefiniteNounLinksTheHeadToAGenitiveOrAName() {
    assertThat(apply("وقعت حركة تحرير السودان اتفاقا", O, O, O, B_LOC))
        .containsExactly(O, B_ORG, I_ORG, I_ORG, O);
    assertThat(apply("وأعلنت جمعية رجال الأعمال المصريين أمس"))
        .containsExactly(O, B_ORG, I_ORG, I_ORG, I_ORG, O);
  }

  @Test
  void aParticleBetweenAHeadAndADefiniteWordLinksNothing() {
    assertThat(apply("وقعت حركة في المنطقة")).containsExactly(O, O, O, O);
  }

  @Test
  void aLamConstructComplementBelongsToTheChain() {
    assertThat(apply("أعلنت مفوضية الأمم المتحدة لشؤون اللاجئين أن", O, O, B_ORG, I_ORG))
        .containsExactly(O, B_ORG, I_ORG, I_ORG, I_ORG, I_ORG, O);
  }

  @Test
  void aClubIsAHeadWithItsGenitiveAndCountryNisba() {
    assertThat(apply("وأعلن نادي الهلال السعودي التعاقد مع اللاعب"))
        .containsExactly(O, B_ORG, I_ORG, I_ORG, O, O, O);
  }

  @Test
  void theMasculineNisbaOfACountryNamedByItsFeminineNisbaIsAPlaceNisba() {
    // السعودية is the country's name, so السعودي agrees with الجيش as the place nisba.
    assertThat(apply("وأعلن الجيش السعودي أنه اعترض صاروخا"))
        .containsExactly(O, B_ORG, I_ORG, O, O, O);
  }

  @Test
  void anIndefiniteLinkTheModelGuessedAsAnOrganisationJoinsTheChain() {
    assertThat(apply("وقعته الحكومة وحركة تحرير السودان بزعامة", O, O, O, B_ORG, B_LOC, O))
        .containsExactly(O, O, B_ORG, I_ORG, I_ORG, O);
  }

  @Test
  void aChainStopsAtAPersonName() {
    assertThat(apply("قال حزب الله نصر الله", O, O, O, B_PER, I_PER))
        .containsExactly(O, B_ORG, I_ORG, B_PER, I_PER);
  }

  // ------------------------------------------------------------ known organisations

  @Test
  void anUntaggedNewsAgencyIsAnOrganisation() {
    assertThat(apply("وذكرت شينخوا أن الزلزال")).containsExactly(O, B_ORG, O, O);
  }

  @Test
  void thePurposeComplementOfABodyKeepsTheAdjectiveOfItsGenitive() {
    assertThat(apply("وقالت مفوضية الأمم المتحدة لشؤون اللاجئين الفلسطينيين إن",
        O, O, B_ORG, I_ORG, O, O, O, O))
        .containsExactly(O, B_ORG, I_ORG, I_ORG, I_ORG, I_ORG, I_ORG, O);
  }

  @Test
  void aListedAgencyOverridesAWeakPersonGuess() {
    assertThat(apply("وقال في تصريح نقلته رويترز إن", O, O, O, O, B_PER, O))
        .containsExactly(O, O, O, O, B_ORG, O);
  }

  @Test
  void aCompanyWhoseListedNameEndsInANisbaTakesThePlaceTheModelCutOff() {
    assertThat(apply("أن شركة أرامكو السعودية وقعت", O, O, B_ORG, B_LOC, O))
        .containsExactly(O, O, B_ORG, I_ORG, O);
    // A model mention running past the listed words is left as the model read it.
    assertThat(apply("أن شركة أرامكو السعودية وقعت", O, O, B_ORG, B_LOC, I_LOC))
        .containsExactly(O, O, B_ORG, B_LOC, I_LOC);
  }

  @Test
  void aListedCompanyAfterATitleIsStillJoinedWhenTheModelReadItsFirstWordAsAnOrganisation() {
    assertThat(apply("وقال رئيس أرامكو السعودية إن", O, O, B_ORG, B_LOC, O))
        .containsExactly(O, O, B_ORG, I_ORG, O);
  }

  @Test
  void aCompanysTransliteratedNameRunsOverTheWordsTheLexiconDoesNotKnow() {
    assertThat(apply("مع شركة توتال إنرجيز الفرنسية لتطوير", O, O, B_ORG, O, O, O))
        .containsExactly(O, O, B_ORG, I_ORG, O, O);
    // A known word after the name is not part of it.
    assertThat(apply("مع شركة توتال لتطوير مشروع", O, O, B_ORG, O, O))
        .containsExactly(O, O, B_ORG, O, O);
  }

  @Test
  void anAdjectiveOfTheSunIsNoPlaceNisbaThatMakesAClippedMinistry() {
    assertThat(apply("لتطوير مشروع للطاقة الشمسية في")).containsExactly(O, O, O, O, O);
    assertThat(apply("وأعلنت الطاقة السعودية أن")).containsExactly(O, B_ORG, I_ORG, O);
  }

  @Test
  void aPersonGuessAfterATitleOrJoinedToOtherNameWordsStays() {
    assertThat(apply("وقالت السيدة سانا إن", O, O, B_PER, O))
        .containsExactly(O, O, B_PER, O);
    assertThat(apply("وقالت السيدة سانا إن")).containsExactly(O, O, O, O);
    assertThat(apply("وقالت سانا محمود إن", O, B_PER, I_PER, O))
        .containsExactly(O, B_PER, I_PER, O);
  }

  @Test
  void anInstitutionNamedByItsBuildingIsAnOrganisation() {
    assertThat(apply("وقال البيت الأبيض إن", O, B_LOC, I_LOC, O))
        .containsExactly(O, B_ORG, I_ORG, O);
  }

  @Test
  void aWordThatIsANameWholeIsNotReadAsProcliticPlusAgency() {
    // فارنا (Varna) is not ف + ارنا (IRNA).
    assertThat(apply("اجتمع المجلس في فارنا أمس", O, O, O, B_LOC, O))
        .containsExactly(O, O, O, B_LOC, O);
  }

  @Test
  void aHeadNamingTheKindOfBodyJoinsTheBodysNameAfterIt() {
    assertThat(apply("المفاوضات بين حركة حماس وإسرائيل", O, O, O, B_ORG, B_LOC))
        .containsExactly(O, O, B_ORG, I_ORG, B_LOC);
    // A definite name after the head is a chain of its own reading, not an apposition.
    assertThat(apply("وقال حزب الله إن", O, B_ORG, I_ORG, O))
        .containsExactly(O, B_ORG, I_ORG, O);
  }

  @Test
  void aRoyalCourtIsAnOrganisationAfterThePrepositionToo() {
    assertThat(apply("وأفاد بلاغ للديوان الملكي بأن"))
        .containsExactly(O, O, B_ORG, I_ORG, O);
  }

  @Test
  void aRegionWhoseNameCarriesTheWordRegionIsOneLocation() {
    assertThat(apply("خلاف مع إقليم كردستان بشأن", O, O, O, B_LOC, O))
        .containsExactly(O, O, B_LOC, I_LOC, O);
  }

  // ------------------------------------------------------------ title and nationality

  @Test
  void unknownWordsAfterATitleAndANationalityAreTheOfficialsName() {
    assertThat(apply("وصل رئيس الوزراء الهندي ناريندرا مودي إلى أبوظبي",
        O, O, O, O, O, O, O, B_LOC))
        .containsExactly(O, O, O, O, B_PER, I_PER, O, B_LOC);
  }

  @Test
  void aKoreanNameThatTheModelReadAsAPlaceIsThePerson() {
    assertThat(apply("استقبل الرئيس الكوري الجنوبي يون سوك يول اليوم", O, O, O, O, B_LOC))
        .containsExactly(O, O, O, O, B_PER, I_PER, I_PER, O);
  }

  @Test
  void aGivenNameBeforeTheTaggedSurnameJoinsIt() {
    assertThat(apply("والتقت نظيرتها اليونانية دورا باكويانيس", O, O, O, O, B_PER))
        .containsExactly(O, O, O, B_PER, I_PER);
  }
  @Test
  void aGivenNameAfterATitleAndANationalityTakesTheSurnameThatFollowsEvenAnOrdinaryWord() {
    // الشرع is "the law": only after the given name is it a surname.
    assertThat(apply("حيث يلتقي الرئيس السوري أحمد الشرع في دمشق", O, O, O, O, O, O, O, B_LOC))
        .containsExactly(O, O, O, O, B_PER, I_PER, O, B_LOC);
  }

  @Test
  void twoPersonNamesJoinedBySonOfAreOneName() {
    assertThat(apply("وكان الملك عبدالله الثاني ابن الحسين في مقدمة مستقبليه",
        O, O, B_PER, I_PER, O, B_PER, O, O, O))
        .containsExactly(O, O, B_PER, I_PER, I_PER, I_PER, O, O, O);
    // ابن with no name after it: "the son of" a described person, no join.
    assertThat(apply("التقى محمد ابن الرئيس", O, B_PER, O, O))
        .containsExactly(O, B_PER, O, O);
  }

  @Test
  void aRankBetweenTheNationalityAndTheNameStillLeadsTheName() {
    assertThat(apply("استقبل رئيس الجمهورية اللبنانية العماد جوزاف عون في قصر بعبدا"))
        .startsWith(O, O, O, O, O, B_PER, I_PER, O);
  }


  @Test
  void aWordAndAnUnknownDefiniteSurnameAfterATitleWithoutNationalityAreAName() {
    // الوزير الأول is the Algerian head of government; no nationality follows a domestic title.
    assertThat(apply("كما استقبل الوزير الأول نذير العرباوي اليوم بقصر الحكومة"))
        .startsWith(O, O, O, O, B_PER, I_PER, O);
    // A known definite word after the title's object is the object's genitive, no surname.
    assertThat(apply("وأكد الوزير الأول دعم الحكومة للمشروع"))
        .containsExactly(O, O, O, O, O, O);
  }

  @Test
  void twoWordsTheLexiconDoesNotKnowAfterATitleChainAreAName() {
    assertThat(apply("إن المبعوث الشخصي للأمين العام رمطان لعمامرة سيزور"))
        .containsExactly(O, O, O, O, O, B_PER, I_PER, O);
  }

  @Test
  void theGivenNameAliBeforeTheTaggedSurnameAfterANationalityIsNoPreposition() {
    assertThat(apply("أعرب الوزير السوداني علي يوسف الشريف عن", O, O, O, O, B_PER, I_PER, O))
        .containsExactly(O, O, O, B_PER, I_PER, I_PER, O);
  }

  @Test
  void aPlaceNisbaAfterANameWhoseNationalityWasGivenIsTheFamilyName() {
    assertThat(apply("مع رئيس الوزراء العراقي محمد شياع السوداني العام الماضي",
        O, O, O, O, B_PER, I_PER, O, O, O))
        .containsExactly(O, O, O, O, B_PER, I_PER, I_PER, O, O);
  }

  @Test
  void ordinaryWordsAfterATitleAndANationalityAreNoName() {
    assertThat(apply("قال الرئيس الأمريكي لقد تحدثت إلى نائب الرئيس"))
        .containsExactly(O, O, O, O, O, O, O, O);
    assertThat(apply("أعلن وزير التموين المصري استيراد دقيق من روسيا",
        O, O, O, O, O, O, O, B_LOC))
        .containsExactly(O, O, O, O, O, O, O, B_LOC);
    assertThat(apply("أن يذكر الرئيس الفنزويلي سوريا بالتزاماتها", O, O, O, O, B_LOC))
        .containsExactly(O, O, O, O, B_LOC, O);
  }

  @Test
  void aCountryAsTheGenitiveOfTheTitleLeadsTheNameAsANationalityDoes() {
    assertThat(apply("استقبل رئيس وزراء الهند ناريندرا مودي والوفد المرافق له",
        O, O, O, B_LOC, O, O, O, O, O))
        .containsExactly(O, O, O, B_LOC, B_PER, I_PER, O, O, O);
    assertThat(apply("وقال وزير خارجية الأردن أيمن الصفدي إن", O, O, O, B_LOC, O, O, O))
        .containsExactly(O, O, O, B_LOC, B_PER, I_PER, O);
  }

  @Test
  void aReportingVerbWithTheDualEndingAfterATitleAndANationalityIsNoName() {
    assertThat(apply("بأن العاهل المغربي ورئيس الحكومة الإسباني أكدا متانة العلاقات"))
        .containsExactly(O, O, O, O, O, O, O, O, O);
  }

  @Test
  void aSecondBasimAfterASpokesmansTitleIsTheGivenName() {
    assertThat(apply("أعلن المتحدث باسم الحكومة باسم العوادي أن"))
        .containsExactly(O, O, O, O, B_PER, I_PER, O);
    // The phrase alone, with no name after it, stays the title's.
    assertThat(apply("أعلن المتحدث باسم الحكومة أن الوزير"))
        .containsExactly(O, O, O, O, O, O);
  }

  // ------------------------------------------------------------ places after prepositions

  @Test
  void aCapitalAfterToOrWithAnAttachedPrepositionIsAPlace() {
    assertThat(apply("يصل وزير الدفاع البريطاني إلى الرياض الأسبوع المقبل"))
        .containsExactly(O, O, O, O, O, B_LOC, O, O);
    assertThat(apply("وأشاد الوفد بالقاهرة")).containsExactly(O, O, B_LOC);
  }

  @Test
  void aCapitalAfterAVerbOfVisitingIsAPlace() {
    assertThat(apply("إن الوزير سيزور الرياض الشهر المقبل"))
        .containsExactly(O, O, O, B_LOC, O, O);
  }

  @Test
  void aCapitalNamedLikeItsCountryTakesTheWordCapital() {
    assertThat(apply("قمة ثلاثية بالجزائر العاصمة يومي", O, O, B_LOC, O, O))
        .containsExactly(O, O, B_LOC, I_LOC, O);
    // العاصمة before another place is that place's noun, not part of the first.
    assertThat(apply("زار الأردن العاصمة عمان", O, B_LOC, O, B_LOC))
        .containsExactly(O, B_LOC, O, B_LOC);
  }

  @Test
  void theKingdomAloneNamesTheCountryAndWithAnAdjectiveIsLeftToTheTagger() {
    assertThat(apply("حرص المملكة على التنسيق")).containsExactly(O, B_LOC, O, O);
    assertThat(apply("سفير المملكة المتحدة لدى الجزائر")).containsExactly(O, O, O, O, O);
  }

  @Test
  void aPlaceNameThatIsAlsoAnOrdinaryWordIsLeftToTheTagger() {
    assertThat(apply("أفضل لاعب في العالم")).containsExactly(O, O, O, O);
    assertThat(apply("عاد إلى مسقط رأسه")).containsExactly(O, O, O, O);
  }

  // ------------------------------------------------------------ credit lines

  @Test
  void anAgencyInBracketsAfterADatelinePlaceIsAnOrganisationAndThePlaceALocation() {
    // The model read the city before "(" as an organisation's name.
    assertThat(apply("سيول ( واس ) - وصل الوزير", B_ORG))
        .containsExactly(B_LOC, O, B_ORG, O, O, O, O);
  }

  @Test
  void anAgencyBetweenSlashesAfterAPlaceAndDateIsAnOrganisation() {
    assertThat(apply("المنامة في 3 ديسمبر / بنا / أكد الوزير"))
        .containsExactly(B_LOC, O, O, O, O, B_ORG, O, O, O);
  }

  @Test
  void anAgencyAfterADashClosedByAColonIsAnOrganisationAfterEveryPlaceOfTheDateline() {
    assertThat(apply("أنقرة - الأناضول : قال الرئيس", B_LOC, O, B_LOC))
        .containsExactly(B_LOC, O, B_ORG, O, O, O);
    assertThat(apply("لندن ، القاهرة - د ب أ : قال", B_LOC, O, B_LOC))
        .containsExactly(B_LOC, O, B_LOC, O, B_ORG, I_ORG, I_ORG, O, O);
  }

  @Test
  void theMoroccanAgencyInBracketsAfterTheDatelineIsAnOrganisation() {
    // ومع is also "and with"; only its credit position makes it the agency.
    assertThat(apply("الرباط ( ومع ) - أجرى رئيس", B_LOC)).startsWith(B_LOC, O, B_ORG, O, O);
  }

  @Test
  void aDatelinePlaceSetOffByADashAloneIsAPlace() {
    // مسقط is also "place of falling" to the lexicon, and the tagger left it out.
    assertThat(apply("مسقط - استقبل السلطان")).containsExactly(B_LOC, O, O, O);
    // Mid-sentence a place and a dash are not a dateline.
    assertThat(apply("بين مسقط - وصلالة")).containsExactly(O, O, O, O);
  }

  @Test
  void anAgencyRightAfterADateAndBeforeADashIsAnOrganisation() {
    assertThat(apply("رام الله 5 - 12 - 2023 وفا - قال"))
        .containsExactly(B_LOC, I_LOC, O, O, O, O, O, B_ORG, O, O);
  }

  @Test
  void anAgencyNameThatRunsOnIntoTheSentenceIsNoCredit() {
    // فارس الشمري: the given name Faris, not Fars News Agency.
    assertThat(apply("الرياض - فارس الشمري قال", B_LOC, O, B_PER, I_PER))
        .containsExactly(B_LOC, O, B_PER, I_PER, O);
  }

  @Test
  void anAgencyWordOutsideACreditPositionStaysAWord() {
    assertThat(apply("وقال إن بنا حاجة إلى الحوار")).containsExactly(O, O, O, O, O, O);
    assertThat(apply("قال الوزير ( واس ) إن")).containsExactly(O, O, O, O, O, O);
  }

  @Test
  void anAgencyInASourceLineIsAnOrganisation() {
    assertThat(apply("المصدر : واس")).containsExactly(O, O, B_ORG);
  }

  @Test
  void initialsInBracketsAfterAnOrganisationAreThatOrganisation() {
    assertThat(apply("وذكرت وكالة الأنباء السعودية ( واس ) أن", O, B_ORG, I_ORG, I_ORG))
        .containsExactly(O, B_ORG, I_ORG, I_ORG, O, B_ORG, O, O);
  }

  // ------------------------------------------------------------ facilities

  @Test
  void aFacilityNounAndThePlaceAfterItAreOneLocation() {
    assertThat(apply("جرت المحادثات في قصر الإليزيه أمس", O, O, O, O, B_LOC, O))
        .containsExactly(O, O, O, B_LOC, I_LOC, O);
  }

  @Test
  void aFacilityNamedAfterAPersonWithItsAdjectiveIsOneLocation() {
    assertThat(apply("هبطت الطائرة في مطار رفيق الحريري الدولي", O, O, O, O, B_PER, I_PER))
        .containsExactly(O, O, O, B_LOC, I_LOC, I_LOC, I_LOC);
  }

  @Test
  void aFacilityBeforeANameTheModelCalledMiscAndTheGazaStripAreLocations() {
    assertThat(apply("وصل إلى مسجد الحسن الثاني أمس", O, O, O, 7, 8))
        .containsExactly(O, O, B_LOC, I_LOC, I_LOC, O);
    assertThat(apply("الأزمة في لبنان وقطاع غزة", O, O, B_LOC, O, B_LOC))
        .containsExactly(O, O, B_LOC, B_LOC, I_LOC);
  }

  @Test
  void aFacilityNounBeforeACommonNounIsNoName() {
    assertThat(apply("عادوا إلى ساحة المعركة")).containsExactly(O, O, O, O);
  }
  @Test
  void aPalaceOrAirportWhereSomethingHappensIsNamedByTheWordAfterIt() {
    assertThat(apply("استقبل الرئيس في قصر بعبدا اليوم")).containsExactly(O, O, O, B_LOC, I_LOC, O);
    assertThat(apply("استقبل الوزير اليوم بقصر الحكومة السفير"))
        .containsExactly(O, O, O, B_LOC, I_LOC, O);
    assertThat(apply("لدى وصوله إلى مطار ماركا العسكري"))
        .containsExactly(O, O, O, B_LOC, I_LOC, I_LOC);
  }

  @Test
  void aSiteNamedAfterAPersonTheTaggerFoundInPartIsOneLocation() {
    assertThat(apply("وصل إلى مطار حيدر علييف الدولي", O, O, O, O, B_PER, O))
        .containsExactly(O, O, B_LOC, I_LOC, I_LOC, I_LOC);
  }

  @Test
  void aPalaceWordOutsideAPlaceOfEventsIsNoName() {
    // قصر "shortness", قاعدة "base" of data: no preposition of place, or an ordinary word after.
    assertThat(apply("بسبب قصر المدة المتاحة")).containsExactly(O, O, O, O);
    assertThat(apply("أضيفت إلى قاعدة بيانات")).containsExactly(O, O, O, O);
    assertThat(apply("يعيش في قصر الضيافة منذ أمس", O, O, O, O, O, O))
        .containsExactly(O, O, B_LOC, I_LOC, O, O);
  }


  // ------------------------------------------------------------ transliterated names

  @Test
  void aSyllableNameCutShortTakesTheNextSyllable() {
    assertThat(apply("وقال تشانغ مينغ إن", O, B_PER, O, O))
        .containsExactly(O, B_PER, I_PER, O);
  }

  @Test
  void anAmbiguousSyllableIsTakenWhenNoComplementFollows() {
    assertThat(apply("وقال المتحدث وانغ ون بين في مؤتمر صحفي", O, O, B_PER, I_PER))
        .containsExactly(O, O, B_PER, I_PER, I_PER, O, O, O);
  }

  @Test
  void betweenFollowedByItsComplementIsNotAName() {
    assertThat(apply("فرق وانغ يي بين الصين واليابان", O, B_PER, I_PER, O, B_LOC, B_LOC))
        .containsExactly(O, B_PER, I_PER, O, B_LOC, B_LOC);
    assertThat(apply("جمع لي تشيانغ بين الجانبين", O, B_PER, I_PER))
        .containsExactly(O, B_PER, I_PER, O, O);
    assertThat(apply("وقف شي بين قادة العالم", O, B_PER))
        .containsExactly(O, B_PER, O, O, O);
  }

  @Test
  void anUntaggedSurnameBeforeAGivenNameJoinsIt() {
    assertThat(apply("ورئيس مجلس الوزراء لي تشيانغ", O, O, O, O, B_PER))
        .containsExactly(O, B_ORG, I_ORG, B_PER, I_PER);
  }

  @Test
  void aNameNotMadeOfSyllablesIsNotExtended() {
    assertThat(apply("قال فلاديمير بوتين بين الحين", O, B_PER, I_PER))
        .containsExactly(O, B_PER, I_PER, O, O);
  }

  // ------------------------------------------------------------ whole pipeline

  @Test
  void theRecogniserReturnsTheWholeChainWithoutTheProcliticAndClustersTheClippedMinistry() {
    Hadath hadath = Hadath.builder().build();
    String text = "وقال متحدث في بيان لوزارة الخارجية اليابانية نقلته إنترفاكس إن الاتفاق مهم. "
        + "وأضافت الخارجية اليابانية أن المحادثات ستستمر.";
    Analysis a = hadath.analyze(text);
    SpanInvariants.assertValid(a);
    Entity full = organisation(a, "وزارة الخارجية اليابانية");
    assertThat(full.span().start()).isEqualTo(text.indexOf("لوزارة") + 1);
    assertThat(organisation(a, "إنترفاكس")).isNotNull();
    assertThat(organisation(a, "الخارجية اليابانية").cluster()).isEqualTo(full.cluster());
  }

  @Test
  void aDatelineAgencyKeepsItsFirstLetterAndTheCityIsAPlace() {
    Hadath hadath = Hadath.builder().build();
    String text = "سيول (واس) - استقبل الرئيس الكوري الجنوبي اليوم وزير الخارجية السعودي.\n"
        + "أبوظبي في 7 ديسمبر / وام / أكد الوزير أهمية التعاون.";
    Analysis a = hadath.analyze(text);
    SpanInvariants.assertValid(a);
    assertThat(organisation(a, "واس").span().start()).isEqualTo(text.indexOf("واس"));
    assertThat(organisation(a, "وام")).isNotNull();
    assertThat(a.entities()).anyMatch(e -> e.type() == EntityType.LOCATION
        && e.text().equals("سيول") && e.span().start() == 0);
  }

  @Test
  void theSpokesmansOnBehalfOfIsNotTakenForTheGivenNameFoundAfterIt() {
    Hadath hadath = Hadath.builder().build();
    String text = "أعلن المتحدث باسم الحكومة باسم العوادي أن الوزير سيزور واشنطن.";
    Analysis a = hadath.analyze(text);
    assertThat(a.entities()).anyMatch(e -> e.type() == EntityType.PERSON
        && e.text().equals("باسم العوادي") && e.span().start() == text.lastIndexOf("باسم"));
    assertThat(a.entities()).noneMatch(e -> e.text().equals("باسم"));
  }

  @Test
  void aPersonsFirstWordKeepsALeadingFaThatIsNoConjunction() {
    Hadath hadath = Hadath.builder().build();
    String text = "واستقبل الرئيس الكوري الجنوبي رئيس الوزراء الفيتنامي فام مينه تشينه في سيول.";
    Analysis a = hadath.analyze(text);
    SpanInvariants.assertValid(a);
    assertThat(a.entities()).anyMatch(e -> e.type() == EntityType.PERSON
        && e.text().equals("فام مينه تشينه"));
  }

  @Test
  void twoPeopleWhoShareASurnameKeepTwoClusters() {
    Hadath hadath = Hadath.builder().build();
    String text = "قال المتحدث باسم وزارة الخارجية الصينية وانغ ون بين اليوم إن بلاده ترحب "
        + "بالاتفاق.\nوأوضح وانغ أن الصين مستعدة للمساعدة.\nوكان وزير الخارجية الصيني وانغ يي قد "
        + "أجرى مباحثات في بكين.";
    Analysis a = hadath.analyze(text);
    Entity spokesman = a.entities().stream().filter(e -> e.text().equals("وانغ ون بين"))
        .findFirst().orElseThrow();
    Entity surname = a.entities().stream().filter(e -> e.text().equals("وانغ"))
        .findFirst().orElseThrow();
    Entity minister = a.entities().stream().filter(e -> e.text().equals("وانغ يي"))
        .findFirst().orElseThrow();
    assertThat(surname.cluster()).isEqualTo(spokesman.cluster());
    assertThat(minister.cluster()).isNotEqualTo(spokesman.cluster());
  }
  @Test
  void aNameTheRulesFoundIsFoundAgainWhereItRecursAlone() {
    Hadath hadath = Hadath.builder().build();
    String text = "استقبل رئيس الجمهورية اللبنانية العماد جوزاف عون اليوم المبعوث الأمريكي.\n"
        + "وكان عون قد أجرى يوم السبت اتصالا هاتفيا بالرئيس الفرنسي.";
    Analysis a = hadath.analyze(text);
    SpanInvariants.assertValid(a);
    Entity full = a.entities().stream().filter(e -> e.text().equals("جوزاف عون"))
        .findFirst().orElseThrow();
    Entity alone = a.entities().stream().filter(e -> e.text().equals("عون"))
        .findFirst().orElseThrow();
    assertThat(alone.cluster()).isEqualTo(full.cluster());
  }

  @Test
  void aShortNameJoinsThePersonLastNamedWithIt() {
    Hadath hadath = Hadath.builder().build();
    String text = "التقى أولمرت العاهل السعودي عبد الله بن عبد العزيز.\nوجاء اللقاء برعاية الرئيس "
        + "المصري حسني مبارك وعاهل الأردن عبد الله الثاني.\nوكان مبارك وعبد الله قد التقيا في عمان.";
    Analysis a = hadath.analyze(text);
    Entity second = a.entities().stream().filter(e -> e.text().equals("عبد الله الثاني"))
        .findFirst().orElseThrow();
    Entity alone = a.entities().stream().filter(e -> e.text().equals("عبد الله"))
        .findFirst().orElseThrow();
    assertThat(alone.cluster()).isEqualTo(second.cluster());
  }

  @Test
  void aFunctionWordInsideAPersonsNameIsNoNameElsewhereInTheText() {
    Hadath hadath = Hadath.builder().build();
    String text = "قال المتحدث باسم وزارة الخارجية الصينية وانغ ون بين إن المحادثات بين "
        + "البلدين مستمرة.";
    Analysis a = hadath.analyze(text);
    assertThat(a.entities()).anyMatch(e -> e.text().equals("وانغ ون بين"));
    assertThat(a.entities()).noneMatch(e -> e.text().equals("بين"));
  }


  @Test
  void onlyAHeadBeforeAClippedMinistryNameMakesOneMinistry() {
    assertThat(RULES.sameMinistry("وزاره الخارجيه الصينيه", "الخارجيه الصينيه")).isTrue();
    assertThat(RULES.sameMinistry("الخارجيه الصينيه", "وزاره الخارجيه الصينيه")).isTrue();
    assertThat(RULES.sameMinistry("وكاله الانباء القطريه", "الانباء القطريه")).isFalse();
    assertThat(RULES.sameMinistry("وزاره الخارجيه", "الخارجيه الصينيه")).isFalse();
  }

  private static Entity organisation(Analysis a, String text) {
    return a.entities().stream()
        .filter(e -> e.type() == EntityType.ORGANIZATION && e.text().equals(text))
        .findFirst().orElseThrow(() -> new AssertionError("no organisation " + text + " in "
            + a.entities()));
  }
}

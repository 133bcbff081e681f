namespace HipSpine.Engine.Extraction;

/// <summary>
/// Which sense check applies to a matched phrase, by its finding: a body site must be a place that hurts, "worse" must be
/// the course and not an aggravation, an onset word must tell how the pain began, and so on (the checks themselves are in
/// <see cref="MentionRules"/>, <see cref="WordSenses"/>, <see cref="CourseAndActivitySenses"/>, <see cref="SymptomKinds"/>, ...).
/// </summary>
internal static class SenseChecks
{
    public static bool UsedInItsSense(string code, PhraseMatch match, List<TextToken> tokens, bool[] sentenceHasSymptom) =>
        code switch
        {
            _ when match.Phrase.IsBodySite => MentionRules.SiteIsSpokenOf(tokens, SiteSymptomWords.Widen(code, match, tokens, sentenceHasSymptom), match.FirstToken, match.LastToken)
                && !WordSenses.SiteSpansAnotherPart(tokens, match)
                && (code == "where.both_legs" || !SymptomKinds.OnlyANonPainSymptom(tokens, match.FirstToken))
                && !SaddleArea.NumbnessThere(tokens, match.FirstToken) && !(code == "where.flank" && FlankSide.SideIsALaterality(tokens, match.Tokens))
                && !(code == "where.knee" && (KneePosture.KneeIsAPosture(tokens, match) || ThighToTheKnee.Applies(tokens, match)))
                && !(code == "where.abdomen" && BellyAsAPosture.Applies(tokens, match)),
            "episode.worsening" => !MentionRules.IsAggravation(tokens, match.Tokens) && !WorseUnderACondition.Applies(tokens, match.Tokens) && !SymptomKinds.QualifiesANonPainSymptom(tokens, match.LastToken)
                && !CourseAndActivitySenses.WorseningOfSomethingElse(tokens, match) && !TurnForTheWorse.NotTheIdiom(tokens, match),
            "episode.onset" => (MentionRules.ClauseTellsOfOnset(tokens, match.FirstToken, match.LastToken) || PainCreptIn.Applies(tokens, match)) && !CourseAndActivitySenses.OnsetWordInAnotherSense(tokens, match)
                && !MovingSlowly.SaidOfMoving(tokens, match) && !WakingToNumbness.Applies(tokens, match) && !StraightAwayOfSomethingElse.Applies(tokens, match)
                && !CreepingAsAHabit.Applies(tokens, match) && !SuddenChangeOfAPain.Applies(tokens, match),
            "hx.lifting_onset" => !CourseAndActivitySenses.OnsetPhraseInAnAggravatingList(tokens, match)
                && (match.Phrase.Value == "false" || !LiftingOnset.ToldAsAHabit(tokens, match.FirstToken)),
            "hx.training_load_increase" => !CourseAndActivitySenses.AMomentOfTheActivity(tokens, match),
            "func.walking_distance_reduced" => !CourseAndActivitySenses.WalkingManner(tokens, match) && !StopOfASport.Applies(tokens, match),
            "func.cannot_bear_weight" => !CourseAndActivitySenses.WalkingQualified(tokens, match),
            "func.difficulty_walking_standing" => !CourseAndActivitySenses.MovesALimb(tokens, match) && !WorkSenses.NotWorkMissed(tokens, match)
                && !StandItAsBearing.Applies(tokens, match),
            "episode.not_improving_with_care" => ModifierRules.CareIsSpokenOf(tokens) && !WorseNotBetter.CourseWithoutCareBefore(tokens, match)
                && !CareVerdict.MuchOfAnActivity(tokens, match) && !PersistingWithoutCare.Applies(tokens, match),
            _ when code.StartsWith("pain.worse_", StringComparison.Ordinal)
                && ((code == "pain.worse_stairs_or_rising" && (StairsAsAPlace.Applies(tokens, match) || SitStandList.Applies(tokens, match)
                        || OutOfTheCarWithoutRising.Applies(tokens, match)))
                    || (code == "pain.worse_lying_on_side" && SideLying.NotTheSideThatHurts(tokens, match))
                    || (code == "pain.worse_standing" && StandingUpIsRising.Applies(tokens, match))
                    || (code == "pain.worse_sitting" && RisingFromSitting.Applies(tokens, match)) || ModifierRules.InPastProgressive(tokens, match.FirstToken) || CourseAndActivitySenses.InjuryToldNotAggravation(tokens, match)
                    || EverydaySenses.ActivityWithoutComplaint(tokens, match, sentenceHasSymptom) || EverydaySenses.RisingThatBeganIt(tokens, match)
                    || NonPainAggravation.OnlyANonPainSymptomBroughtOn(tokens, match)
                    || (code == "pain.worse_bending_lifting" && LimbBentOrLifted.Applies(tokens, match))) => false,
            "pain.better_with_exercise" when EverydaySenses.ExercisesAreCare(tokens, match) || EverydaySenses.LoosensWithTimeOnly(tokens, match)
                || EverydaySenses.ReliefByAvoiding(tokens, match) => false,
            _ when code.StartsWith("pain.eased_", StringComparison.Ordinal) || code.StartsWith("pain.better_", StringComparison.Ordinal)
                => !CourseAndActivitySenses.ReliefOfAnAggravatedActivity(tokens, match) && !WordSenses.HelpingSomeone(tokens, match),
            "pain.difficulty_shoes_socks" => !WordSenses.ClothingWorn(tokens, match),
            "hx.fall_or_minor_injury" or "hx.major_trauma" => !WordSenses.InjuryWordMeansSomethingElse(tokens, match) && !NoCauseElsewhere.SaidOfAnotherComplaint(tokens, match)
                && !FallAsASeason.Applies(tokens, match),
            "hx.iv_drug_use" => !WordSenses.ShootingUpIsADirection(tokens, match),
            "episode.recurrent" => !ModifierRules.EpisodesOfSomethingElse(tokens, match) && !WordSenses.BeforeThatIsThisEpisode(tokens, match)
                && !EpisodeSenses.OneFlareNow(tokens, match) && !EpisodeSenses.BeforeOfAContinenceSymptom(tokens, match) && !BeforeOfSomethingElse.Applies(tokens, match)
                && !AttackedAsAVerb.Applies(tokens, match),
            "neuro.leg_numbness_tingling" => match.Phrase.Stems.Length > 1 || !SymptomKinds.NamesOnlyAPlaceOutsideTheLeg(tokens, match.FirstToken),
            "local.swelling_redness_warmth" => !SymptomKinds.SwellingElsewhere(tokens, match.FirstToken),
            "hx.long_term_steroids" => match.Phrase.Stems.Length > 1 || (!SymptomKinds.ShortCourse(tokens, match.FirstToken) && !SteroidGiven.GivenAsATreatmentTried(tokens, match)),
            "pain.night" => !SymptomKinds.UpAtNightToPassUrine(tokens, match.FirstToken) && !EverydaySenses.NightInAnotherSense(tokens, match)
                && !PaceAndNightSenses.NightOfSomethingDone(tokens, match) && !PaceAndNightSenses.OneNightNamed(tokens, match)
                && !PaceAndNightSenses.TheHourNow(tokens, match),
            "pain.unrelieved_by_rest_or_painkillers" => !NothingHelps.SaidOfCareInGeneral(tokens, match),
            "pain.restless_cannot_get_comfortable" => !PaceAndNightSenses.PaceIsANoun(tokens, match),
            "hx.nsaid_good_response" => match.Phrase.Value == "false" || !ModifierRules.IsHedged(tokens, match.LastToken),
            "pain.clicking_locking_catching" => !IdiomSenses.ClickOrLockOfSomethingElse(tokens, match) && !ClickOrGiveWayElsewhere.Applies(tokens, match)
                && !LockWithoutTheHip.Applies(tokens, match) && !GrindingAsAPainQuality.Applies(tokens, match),
            "hx.recent_infection" => !IdiomSenses.BugIsAVerb(tokens, match) && !InfectionTestNamed.Applies(tokens, match),
            "psych.worry_catastrophizing" => !IdiomSenses.HedgedWorry(tokens, match),
            "psych.low_mood" => !DownAsADirection.Applies(tokens, match) && !FeelingAsASensation.Applies(tokens, match)
                && !IdiomSenses.DepressingOfASituation(tokens, match),
            "func.hip_stiff_reduced_motion" => !CrossedLegs.AHabitOrPosture(tokens, match),
            "systemic.weight_loss" => !WeightLossOnPurpose.Applies(tokens, match),
            "systemic.chills_rigors" => !ShakingInAnotherSense.Applies(tokens, match),
            _ => true,
        };
}

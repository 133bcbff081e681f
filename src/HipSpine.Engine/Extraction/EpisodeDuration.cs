using HipSpine.Engine.Cases;

namespace HipSpine.Engine.Extraction;

/// <summary>
/// The episode's duration: which length of time in the story measures this episode, and which measures something else
/// (an earlier episode, a past illness, a treatment, a relief, a worsening).
/// </summary>
internal sealed partial class NumberFindings
{
    private static readonly HashSet<string> DurationCues = new(StringComparer.Ordinal)
    {
        "for", "since", "ago", "past", "last", "started", "start", "starts", "began", "begin", "been", "going", "lasted", "lasting", "over",
    };

    private static readonly HashSet<string> NotAnEpisode = new(StringComparer.Ordinal)
    {
        "times", "time", "once", "twice", "per", "every", "each", "aged", "age", "at",
    };

    /// <summary>History findings about how this episode began: a time next to them is the episode's ("three months ago I fell").</summary>
    private static readonly HashSet<string> OnsetHistory = new(StringComparer.Ordinal)
    {
        "hx.fall_or_minor_injury", "hx.major_trauma", "hx.lifting_onset", "hx.training_load_increase",
    };

    /// <summary>
    /// Whether the clause tells that something began: an onset verb ("started", "woke", "slipped"), or a pain that "shot"
    /// ("today I bent over and a searing pain shot across my back"; not "a cortisone shot").
    /// </summary>
    private static bool TellsOfABeginning(List<TextToken> tokens, int clause)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Clause == clause && (MentionRules.IsOnsetVerb(tokens[i].Lower) || (tokens[i].Lower == "shot" && i > 0 && MentionRules.IsSymptomWord(tokens[i - 1].Lower))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SegmentTellsOfPain(List<TextToken> tokens, TimeSpanMention span)
    {
        var segment = tokens[span.FirstToken].Segment;
        for (var i = span.FirstToken; i >= 0 && tokens[i].Segment == segment; i--)
        {
            if (MentionRules.IsSymptomWord(tokens[i].Lower) || MentionRules.IsOnsetVerb(tokens[i].Lower))
            {
                return true;
            }
        }

        for (var i = span.LastToken; i < tokens.Count && tokens[i].Segment == segment; i++)
        {
            if (MentionRules.IsSymptomWord(tokens[i].Lower) || MentionRules.IsOnsetVerb(tokens[i].Lower))
            {
                return true;
            }
        }

        return false;
    }

    private void AddDurations(List<TextToken> tokens, ContextAnnotator context, DateOnly today, int? age, List<(int Clause, bool Negated)> stiffness, List<ExtractedMention> mentions)
    {
        ExtractedMention? episode = null;
        TimeSpanMention? episodeSpan = null;
        var episodeDatesAnEvent = false;
        var episodeRecurs = false; // the episode so far is the length of a pain that comes and goes
        var episodeLoose = false; // the episode so far dates an event that its statement does not tie to the complaint
        var episodeIsThisEpisode = false; // the episode so far is said outright to be this one ("this time", "20 days in")
        // "Since July" counts from --today, which need not be the day the story was told: a length told outright later
        // ("since July, so getting on for 4 and a half months", "About 3 months of this now") is the person's own count.
        var episodeFromACalendarDate = false;
        var stiffnessFound = false;
        var quantities = Quantities.Read(tokens, today);
        var gestation = PregnancyWeeks.Gestation(tokens, quantities);
        // A pregnancy told with its own count ("3 months pregnant and for the past 5 days I've had pain") has its length in
        // that count, so another length beside it in the same words is the pain's, not the pregnancy's.
        var historyMentions = mentions.Where(m => m.Code.StartsWith("hx.", StringComparison.Ordinal) && !OnsetHistory.Contains(m.Code) && m.Counted && m.Value.AsBool
            && !(gestation is not null && m.Code == "hx.pregnant")).ToList();
        var historyTokens = historyMentions.Select(m => tokens.FindIndex(t => t.Start >= m.Start)).ToList();
        // A past illness and what follows it in its statement ("bowel cancer 5 years ago, got the all clear last year"): its dates are the illness's.
        var pastIllnessStatements = historyMentions.Where(m => m.Context == MentionContext.Historical)
            .Select(m => context.Statement(tokens.FindIndex(t => t.Start >= m.Start), tokens.FindLastIndex(t => t.End <= m.End))).ToList();
        foreach (var span in quantities)
        {
            var clause = tokens[span.FirstToken].Clause;
            var frame = context.Frame(span.FirstToken, span.LastToken);
            if (frame.AboutSomeoneElse || frame.Hypothetical)
            {
                continue;
            }

            var (start, end) = (tokens[span.FirstToken].Start, tokens[span.LastToken].End);
            var stiff = stiffness.FindIndex(s => s.Clause == clause);
            if (stiff >= 0 && span.Days < 1 && !stiffnessFound)
            {
                stiffnessFound = true;
                var minutes = (int)Math.Round(span.Days * 1440, MidpointRounding.AwayFromZero);
                mentions.Add(new ExtractedMention(morningMinutes, FindingValue.Of(Math.Clamp(minutes, morningMinutes.Min, morningMinutes.Max)), start, end, false, MentionContext.Current, true));
                continue;
            }

            // The words right before and after, within its commas: a word across a full stop or a comma belongs to another
            // statement ("... infected more than once. Yesterday my back started", "started this evening, a sharp pain").
            var segment = tokens[span.FirstToken].Segment;
            var before = span.FirstToken > 0 && tokens[span.FirstToken - 1].Segment == segment ? tokens[span.FirstToken - 1].Lower : "";
            var after = span.LastToken + 1 < tokens.Count && tokens[span.LastToken + 1].Segment == tokens[span.LastToken].Segment ? tokens[span.LastToken + 1].Lower : "";
            var thisEpisode = DurationSenses.MarksThisEpisode(tokens, span);
            var ofASymptom = after == "of" && DurationSenses.OfASymptom(tokens, span.LastToken + 1);
            // Minutes or hours ago, or for the last few hours, in a sentence of the pain or a beginning: it began today ("20 mins ago
            // I got a sharp pain", "happened maybe 20 mins ago").
            var hoursOld = span.Days < 1 && (after == "ago" || before is "last" or "past")
                && (MentionRules.SentenceTellsOfPain(tokens, span.FirstToken) || tokens.Exists(t => t.Sentence == tokens[span.FirstToken].Sentence && MentionRules.IsOnsetVerb(t.Lower)));
            var eligible = (span.Days >= 1 || span.Relative || (span.Days >= 1.0 / 24 && after == "ago") || hoursOld) && !HistoryOwnsTheSegment(tokens, context, historyTokens, span) && (!frame.Historical || DurationSenses.DatesTheStartOfThisPain(tokens, context.Statement(span.FirstToken, span.LastToken)))
                && !NotAnEpisode.Contains(before) && after is not ("old" or "a" or "per") && (span.Relative || after is not ("after" or "later")) && (after != "of" || ofASymptom)
                && (span.Relative || thisEpisode || tokens.Any(t => t.Clause == clause && DurationCues.Contains(t.Lower)) || ofASymptom);
            // ("after"/"later": "two weeks after the op", "two days later" is a gap between two events, not a length up to now.)
            var statement = context.Statement(span.FirstToken, span.LastToken);
            if (eligible && after == "ago" && DurationSenses.DatesCare(tokens, statement.From, statement.To))
            {
                eligible = false; // "the urologist put a catheter in a week ago": when the care was, not when the pain began
            }

            // "On and off for over a year, the last 2 weeks it's got much worse": after a pain that comes and goes, the window
            // of a change measures its present flare.
            var change = eligible && DurationSenses.MeasuresAChange(tokens, span);
            if (eligible && pastIllnessStatements.Exists(p => span.FirstToken >= p.From && span.LastToken <= p.To))
            {
                eligible = false;
            }

            if (eligible && !span.Relative && after != "ago" && !StatementTellsOfTheComplaint(tokens, context, span, mentions) && !LengthNow.RestatesASince(tokens, span))
            {
                eligible = false; // a length of something else: "a dry cough for a year and a half", "relief for a couple of weeks"
            }

            if (eligible && HyphenatedLength.NamesAnEvent(tokens, span, after))
            {
                eligible = false; // "a 2-day tournament about 2 months ago": the tournament's length, not the pain's
            }

            if (eligible && DayOrNightNoun.NamesAThing(tokens, span, before, after))
            {
                eligible = false; // "3-5 a day", "a night out", "a night in hospital", "One day, suddenly": a day as a thing
            }

            if (eligible && MalaiseLength.Measures(tokens, span, mentions))
            {
                eligible = false; // "Been feeling rough for about a week, thought it was the flu": the malaise's length
            }

            if (eligible && ActivityLength.Measures(tokens, span.FirstToken, span.LastToken, mentions))
            {
                eligible = false; // "physio since January", "drove lorries for thirty years": the activity's time
            }

            if (eligible && DurationSenses.MeasuresSomethingElse(tokens, span))
            {
                eligible = false; // "it helps for a day or so", "until this past week"
            }

            if (eligible && EpisodeEnded.InSentenceOf(tokens, clause))
            {
                eligible = false; // "I had some hip pain a few months ago ... both went away": an earlier episode
            }

            if (eligible && after == "ago" && span.Days >= 365 && !SegmentTellsOfPain(tokens, span))
            {
                eligible = false; // "I did have a kidney stone five years ago": a past event, not this pain's beginning
            }

            if (eligible && span.Relative && span.Days < 1 && tokens[span.FirstToken].Lower != "since" && !TellsOfABeginning(tokens, clause))
            {
                eligible = false; // "6 out of 10 today" says when, not that the pain began today
            }

            var days = span.Days < 1 ? 0 : (int)Math.Round(span.Days, MidpointRounding.AwayFromZero);
            if (gestation is { } weeksGone)
            {
                // "28 weeks pregnant ... pain around 20 weeks": the gestation is no length; a point in it counts from there
                eligible &= !PregnancyWeeks.IsGestation(tokens, span);
                days = PregnancyWeeks.IsAPointInIt(tokens, span, weeksGone) ? (int)Math.Round(weeksGone - span.Days, MidpointRounding.AwayFromZero) : days;
            }

            // ... and only when it speaks of the pain: "the last 3 weeks I've lost my appetite" measures another complaint.
            var measuresNow = before is "last" or "past" && MentionRules.SentenceTellsOfPain(tokens, span.FirstToken)
                && !tokens.Exists(t => t.Segment == tokens[span.FirstToken].Segment && DurationSenses.IsChangeWord(t.Lower));
            // "For several weeks before that I'd had a deep ache": the length before the latest event starts this episode, so it wins.
            var beforeThat = after == "before" && span.LastToken + 2 < tokens.Count && tokens[span.LastToken + 2].Lower is "that" or "this";
            // A date whose statement tells nothing of the complaint ("I started the plan 3 months ago") dates an event; a later
            // length told of the complaint ("three weeks ago ... I got pain") is the episode's.
            var loose = after == "ago" && !StatementTellsOfTheComplaint(tokens, context, span, mentions);
            var toldOfPain = !span.Relative && StatementNamesASymptom(tokens, statement);
            var replaces = beforeThat || (episodeDatesAnEvent && measuresNow && days < episode!.Value.Number)
                || (thisEpisode && !episodeIsThisEpisode) || (episodeRecurs && (change || measuresNow))
                || (episodeLoose && !loose && toldOfPain)
                || (episodeFromACalendarDate && !span.Relative && after != "ago" && !change && !DurationSenses.TellsOfRecurrence(tokens, span))
                || (episodeSpan is not null && LaterOnset.Replaces(tokens, episodeSpan, episode!.Value.Number, span, days));
            // "a few weeks ago (maybe 6 wks?)", "several months ago, about 5 months": the person's own count right after a
            // vague length restates it more closely
            var restates = (episodeSpan is not null && RestatedLength.Closer(tokens, episodeSpan, span)) || LaterOnset.DatesTheStoryJustTold(tokens, span);
            eligible |= restates;
            replaces |= restates;
            if (eligible && HistoryLength.DatesTheHistory(tokens, span, span.Days))
            {
                eligible = false; // "My back first started playing up 10 years ago. On Thursday I lifted a suitcase": the history's count
            }

            if (eligible && (episode is null || replaces))
            {
                episodeRecurs = DurationSenses.TellsOfRecurrence(tokens, span);
                episodeLoose = loose;
                episodeIsThisEpisode = thisEpisode;
                // The first length of time about the pain is the episode's (the last one was tried: worse), except that
                // "for the last two months" measures the present state, so it wins over an earlier, longer "two years ago"
                // that dates an event (often an earlier episode). "The last two months it has got worse" measures the worsening only.
                episodeDatesAnEvent = after == "ago";
                episodeFromACalendarDate = span.Relative && span.Days >= 28 && tokens[span.FirstToken].Lower == "since";
                episode = new ExtractedMention(durationDays, FindingValue.Of(Math.Clamp(days, durationDays.Min, durationDays.Max)), start, end, false, MentionContext.Current, true);
                episodeSpan = span;
            }
        }

        // "It started on Friday ... it's Monday now": two days of the week, read only when no other length was
        if (episode is null && WeekdayLength.Read(tokens) is { Days: > 0 } weekdays && !context.Frame(weekdays.First, weekdays.Last).AboutSomeoneElse)
        {
            episode = new ExtractedMention(durationDays, FindingValue.Of(Math.Clamp(weekdays.Days, durationDays.Min, durationDays.Max)), tokens[weekdays.First].Start, tokens[weekdays.Last].End, false, MentionContext.Current, true);
        }

        // "I've had back pain since I was 12": from the person's age, read only when no other length was
        if (episode is null && age is { } years && AgeAnchoredLength.Read(tokens, context, years) is { } sinceAge)
        {
            episode = new ExtractedMention(durationDays, FindingValue.Of(Math.Clamp(sinceAge.Days, durationDays.Min, durationDays.Max)), tokens[sinceAge.First].Start, tokens[sinceAge.Last].End, false, MentionContext.Current, true);
        }

        // "Woke in the middle of the night with a savage pain": a pain that began in the night just gone, read only when no other length was
        if (episode is null && WakingOnset.Read(tokens) is { } woke && context.Frame(woke.First, woke.Last) is { AboutSomeoneElse: false, Hypothetical: false })
        {
            episode = new ExtractedMention(durationDays, FindingValue.Of(0), tokens[woke.First].Start, tokens[woke.Last].End, false, MentionContext.Current, true);
        }

        // "This morning, getting out of the car, my back went": a story that opens on a part of today, read only when no other length was
        if (episode is null && TodayAtTheHead.Read(tokens) is { } head && context.Frame(head.First, head.Last) is { AboutSomeoneElse: false, Hypothetical: false })
        {
            episode = new ExtractedMention(durationDays, FindingValue.Of(0), tokens[head.First].Start, tokens[head.Last].End, false, MentionContext.Current, true);
        }

        if (episode is not null)
        {
            mentions.Add(episode);
            InjuriesAfterTheStart(tokens, today, episode.Value.Number, mentions);
        }

        if (!stiffnessFound && stiffness.FirstOrDefault(s => s.Negated) is { Negated: true } denied)
        {
            var token = tokens.First(t => t.Clause == denied.Clause);
            mentions.Add(new ExtractedMention(morningMinutes, FindingValue.Of(0), token.Start, tokens.Last(t => t.Clause == denied.Clause).End, true, MentionContext.Current, true));
        }
    }

    /// <summary>
    /// A fall or an injury dated well after the pain began ("For the past year I've had low back pain ... Last week I had a
    /// minor fall") happened during this episode; it is not how the episode began, so it is shown and not counted.
    /// </summary>
    private static void InjuriesAfterTheStart(List<TextToken> tokens, DateOnly today, double episodeDays, List<ExtractedMention> mentions)
    {
        if (!mentions.Exists(m => m.Code is "hx.fall_or_minor_injury" or "hx.major_trauma" && m.Counted && m.Value.AsBool))
        {
            return;
        }

        var dates = Quantities.Read(tokens, today)
            .Where(d => d.Days >= 1 && (d.LastToken + 1 < tokens.Count && tokens[d.LastToken + 1].Lower == "ago" || (d.FirstToken > 0 && tokens[d.FirstToken - 1].Lower == "last") || tokens[d.FirstToken].Lower is "last" or "yesterday")).ToList();
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (!OnsetHistory.Contains(mention.Code) || mention.Code is "hx.lifting_onset" or "hx.training_load_increase" || !mention.Counted || !mention.Value.AsBool)
            {
                continue;
            }

            var sentence = tokens.First(t => t.Start >= mention.Start).Sentence;
            var date = dates.Find(d => tokens[d.FirstToken].Sentence == sentence);
            if (date is not null && date.Days * 2 < episodeDays && episodeDays - date.Days >= 14)
            {
                mentions[m] = mention with { Counted = false };
            }
        }
    }
}

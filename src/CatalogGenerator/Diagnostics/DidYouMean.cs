namespace FleetCatalog.Diagnostics;

/// <summary>Finds the names a user most likely meant, by edit distance (adjacent swaps count as one edit).</summary>
internal static class DidYouMean
{
    /// <summary>The closest candidates within a distance that grows with the length of the input, best first.</summary>
    public static IReadOnlyList<string> Closest(string input, IEnumerable<string> candidates, int? maxDistance = null, int take = 3)
    {
        var limit = maxDistance ?? DefaultLimit(input);
        var scored = candidates
            .Distinct(StringComparer.Ordinal)
            .Select(c => (Candidate: c, Distance: Distance(input.ToLowerInvariant(), c.ToLowerInvariant())))
            .Where(x => x.Distance <= limit)
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Candidate, StringComparer.Ordinal)
            .ToList();
        if (scored.Count == 0)
        {
            return [];
        }

        // Only the best tier: "raspberrypi3-64 or raspberrypi4-64", not every name within reach.
        var best = scored[0].Distance;
        return scored.TakeWhile(x => x.Distance == best).Take(take).Select(x => x.Candidate).ToList();
    }

    public static int DefaultLimit(string input) => Math.Clamp(input.Length / 4, 1, 3);

    /// <summary>"did you mean 'a'?", "did you mean 'a' or 'b'?", or empty when there is no suggestion.</summary>
    public static string Phrase(IReadOnlyList<string> suggestions) => suggestions.Count switch
    {
        0 => string.Empty,
        1 => $"; did you mean '{suggestions[0]}'?",
        _ => $"; did you mean {string.Join(", ", suggestions.Take(suggestions.Count - 1).Select(s => $"'{s}'"))} or '{suggestions[^1]}'?",
    };

    /// <summary>Optimal string alignment distance (Damerau-Levenshtein without repeated edits of one substring).</summary>
    public static int Distance(string a, string b)
    {
        if (a.Length == 0)
        {
            return b.Length;
        }

        if (b.Length == 0)
        {
            return a.Length;
        }

        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }
}

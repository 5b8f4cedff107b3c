namespace FleetCatalog.Sources.Git;

/// <summary>What a reference written in an entry can be, and the ls-remote patterns that find it.</summary>
internal static class GitRefNames
{
    public const string Heads = "refs/heads/";
    public const string Tags = "refs/tags/";

    /// <summary>A full SHA-1 (40) or SHA-256 (64) commit id.</summary>
    public static bool IsFullSha(string text) => text.Length is 40 or 64 && IsHex(text);

    /// <summary>Could be an abbreviated commit id (git accepts 4 hex digits and more).</summary>
    public static bool IsAbbreviatedSha(string text) => text.Length is >= 4 and < 40 && IsHex(text);

    /// <summary>
    /// Whether git could accept the text as a branch or tag name (git check-ref-format's rules); anything else
    /// would never match, and a leading '-' would be read as an option.
    /// </summary>
    public static bool IsValid(string reference) =>
        reference.Length > 0
        && !reference.StartsWith('-') && !reference.StartsWith('/') && !reference.EndsWith('/') && !reference.EndsWith('.')
        && !reference.EndsWith(".lock", StringComparison.Ordinal)
        && !reference.Contains("..", StringComparison.Ordinal) && !reference.Contains("//", StringComparison.Ordinal)
        && !reference.Contains("@{", StringComparison.Ordinal) && reference != "@"
        && !reference.Any(c => char.IsControl(c) || c is ' ' or '~' or '^' or ':' or '?' or '*' or '[' or '\\');

    /// <summary>
    /// The full refs a short name may stand for, in git's order of precedence (a tag before a branch of the
    /// same name); a full "refs/..." name stands for itself.
    /// </summary>
    public static IReadOnlyList<string> Candidates(string reference) =>
        reference.StartsWith("refs/", StringComparison.Ordinal) ? [reference] : [Tags + reference, Heads + reference];

    /// <summary>The ls-remote patterns for the candidates, with the peeled "^{}" lines of annotated tags.</summary>
    public static IEnumerable<string> Patterns(string reference) => Candidates(reference).SelectMany(c => (string[])[c, c + "^{}"]);

    private static bool IsHex(string text) => text.All(char.IsAsciiHexDigit);
}

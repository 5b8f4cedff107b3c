using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace FleetCatalog.Validation.Rules.Variables;

/// <summary>
/// Recognises defaults that stand for "type your own value here" (<c>UPDATE_ME</c>,
/// <c>&lt;INSERT IF REQ&gt;</c>, <c>your-key-here</c>, <c>YOUR_API_KEY</c>, <c>xxxx</c>). It errs towards
/// silence: a value that could be a real setting (<c>none</c>, <c>auto</c>, <c>admin</c>,
/// <c>foo@bar.com</c>, <c>Your Fleet</c>) is not a placeholder, since a false error would block a
/// project that works.
/// </summary>
internal static partial class PlaceholderValues
{
    // Whole values, compared without case or separators ("UPDATE_ME", "change-me", "Fill me in").
    private static readonly FrozenSet<string> Markers = FrozenSet.ToFrozenSet(
    [
        "changeme", "updateme", "replaceme", "fillme", "fillmein", "setme", "editme", "todo", "tbd", "fixme",
        "placeholder", "notset", "mustset", "mustchange", "changethis", "replacethis", "insertvalue", "entervalue",
    ], StringComparer.Ordinal);

    // What the person deploying is asked to supply: "YOUR IP CAM STREAM", "your-key-here", "yourdomain".
    private static readonly FrozenSet<string> Supplied = FrozenSet.ToFrozenSet(
    [
        "key", "apikey", "token", "password", "passwd", "pass", "secret", "id", "api", "email", "mail", "name",
        "username", "user", "login", "domain", "url", "host", "hostname", "ip", "address", "server", "stream",
        "ssid", "account", "org", "organization", "organisation", "bucket", "project", "region", "code", "number",
        "value", "credentials",
    ], StringComparer.Ordinal);

    // Instructions written where the value should be: "INSERT IF REQ", "enter your token", "UPDATE_ME".
    private static readonly FrozenSet<string> Verbs = FrozenSet.ToFrozenSet(
    [
        "insert", "enter", "put", "paste", "replace", "update", "change", "fill", "set", "type", "add", "provide",
        "specify", "edit", "delete", "remove",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> VerbObjects = FrozenSet.ToFrozenSet(
        ["me", "your", "yours", "here", "this", "it", "if", "in"], StringComparer.Ordinal);

    public static bool IsPlaceholder(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var value = text.Trim();
        if (AngleBracketed().IsMatch(value) || Masked().IsMatch(value))
        {
            return true;
        }

        var words = Words.Split(value);
        if (words.IsEmpty)
        {
            return false;
        }

        return Markers.Contains(string.Concat(words))
            || words.Any(w => w.Length >= 3 && w.All(c => c == 'x'))
            || AsksForYours(words)
            || IsInstruction(words)
            || PointsHere(words)
            || UsesExampleDomain(words);
    }

    // "your" only marks a placeholder when it asks for something to supply: "Your Fleet" is a fine title.
    private static bool AsksForYours(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] is "your" or "yours")
            {
                if (words.Skip(i + 1).Any(Supplied.Contains))
                {
                    return true;
                }
            }
            else if (words[i].StartsWith("your", StringComparison.Ordinal) && Supplied.Contains(words[i][4..]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsInstruction(IReadOnlyList<string> words) =>
        words.Count >= 2 && Verbs.Contains(words[0])
        && (VerbObjects.Contains(words[1]) || words.Skip(1).Any(Supplied.Contains));

    // "key-goes-here", "put-your-token-here"; a lone "here" could be a real word.
    private static bool PointsHere(IReadOnlyList<string> words) =>
        words.Count >= 2 && words[^1] == "here"
        && (Verbs.Contains(words[0]) || words.Any(w => w.StartsWith("your", StringComparison.Ordinal) || Supplied.Contains(w)));

    // example.com, .org and .net are reserved for documentation (RFC 2606): no device can use them.
    private static bool UsesExampleDomain(IReadOnlyList<string> words)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i] == "example" && words[i + 1] is "com" or "org" or "net")
            {
                return true;
            }
        }

        return false;
    }

    // "<INSERT IF REQ>", "<your token>"; not "<a@b.c>" nor markup such as "<br/>".
    [GeneratedRegex(@"^<[^<>@/=]*\p{L}[^<>@/=]*>$")]
    private static partial Regex AngleBracketed();

    // "xxxx-xxxx", "****", "...": nothing but a mask.
    [GeneratedRegex(@"^(?:[xX]{3,}(?:[-_ .][xX]+)*|[*?.]{3,})$")]
    private static partial Regex Masked();
}

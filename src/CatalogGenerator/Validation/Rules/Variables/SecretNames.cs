using System.Collections.Frozen;

namespace FleetCatalog.Validation.Rules.Variables;

/// <summary>
/// Decides from a variable's name whether its value is a credential (<c>MYSQL_ROOT_PASSWORD</c>,
/// <c>apiKey</c>, <c>WIFI_PSK</c>), and from its value whether that value is a literal one. Settings
/// about a credential (<c>TOKEN_TTL</c>, <c>PASSWORD_AUTH</c>, <c>API_KEY_FILE</c>) are not credentials.
/// </summary>
internal static class SecretNames
{
    private static readonly FrozenSet<string> SecretWords = FrozenSet.ToFrozenSet(
    [
        "password", "passwd", "pwd", "passphrase", "secret", "token", "apikey", "authkey", "accesskey", "secretkey",
        "privatekey", "psk",
    ], StringComparer.Ordinal);

    // "KEY" is a credential unless it names a lookup or a public half: SORT_KEY, PUBLIC_KEY, HOTKEY.
    private static readonly FrozenSet<string> NotSecretKeys = FrozenSet.ToFrozenSet(
    [
        "public", "pub", "sort", "primary", "foreign", "partition", "routing", "hot", "shortcut", "map", "cache",
        "group", "lookup", "index", "license", "licence", "product", "ssh", "authorized", "gpg", "pgp", "dedup",
    ], StringComparer.Ordinal);

    // Words that may follow the credential and still name the credential itself: SECRET_KEY_BASE, PASSWORD_HASH.
    private static readonly FrozenSet<string> StillSecret = FrozenSet.ToFrozenSet(
        ["base", "hash", "hashed", "value", "plain", "raw", "string", "str"], StringComparer.Ordinal);

    // Values that switch a behaviour rather than being a credential: "PASSWORD: none", "TOKEN: auto".
    private static readonly FrozenSet<string> Keywords = FrozenSet.ToFrozenSet(
    [
        "true", "false", "yes", "no", "on", "off", "none", "null", "nil", "auto", "random", "generate", "generated",
        "disabled", "disable", "enabled", "enable",
    ], StringComparer.OrdinalIgnoreCase);

    public static bool IsSecretName(string name)
    {
        var words = Words.Split(name);
        for (var i = words.Length - 1; i >= 0; i--)
        {
            if (IsSecretWord(words, i))
            {
                return words.Skip(i + 1).All(StillSecret.Contains);
            }
        }

        return false;
    }

    /// <summary>True for a value that is itself a credential, not empty, a keyword, a path or a reference to another variable.</summary>
    public static bool IsLiteralSecret(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var text = value.Trim();
        return !Keywords.Contains(text)
            && !text.StartsWith('/') && !text.StartsWith("./", StringComparison.Ordinal) && !text.StartsWith("~/", StringComparison.Ordinal)
            && !text.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
            && !text.StartsWith('$')
            && !PlaceholderValues.IsPlaceholder(text);
    }

    private static bool IsSecretWord(IReadOnlyList<string> words, int i) => words[i] switch
    {
        // PWD alone is the shell's working directory; PASS alone is too vague.
        "pwd" or "pass" => words.Count > 1 && i == words.Count - 1,
        "key" or "keys" => i > 0 && !NotSecretKeys.Contains(words[i - 1]),
        var word => SecretWords.Contains(word),
    };
}

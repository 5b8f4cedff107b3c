using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace FleetCatalog.DeployButton;

/// <summary>
/// Reads a complete, public https address, the part every URL a deploy link carries has in common; says what is wrong
/// otherwise and builds the address the author probably meant.
/// </summary>
internal static class WebAddress
{
    /// <summary>The address as a <see cref="Uri"/>, or null with <paramref name="error"/> set.</summary>
    /// <param name="suggest">Turns a guess at the intended address into a valid one, or null when the guess is not valid either.</param>
    public static Uri? Read(DeployParameter parameter, string? text, string example, Func<string, string?> suggest, out DeployButtonError? error)
    {
        error = null;
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            error = new DeployButtonError(parameter, DeployButtonErrorKind.Missing, null, $"is empty: {example}");
            return null;
        }

        var shown = Masked(value);
        if (value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format))
        {
            error = new DeployButtonError(parameter, DeployButtonErrorKind.Malformed, shown, "contains a space or an invisible character: a web address has none, so the dashboard would not find it.");
            return null;
        }

        var separator = value.IndexOf("://", StringComparison.Ordinal);
        if (separator < 0)
        {
            error = Schemeless(parameter, value, example, suggest);
            return null;
        }

        if (HasColonPath(value, separator))
        {
            error = new DeployButtonError(parameter, DeployButtonErrorKind.Malformed, shown,
                "mixes a web address with a git address: after the host comes '/', not ':' (that form is only for 'git clone' over SSH).", suggest(ProbablyMeant(value)));
            return null;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            error = new DeployButtonError(parameter, DeployButtonErrorKind.Malformed, shown, $"is not a valid web address: {example}", suggest(ProbablyMeant(value)));
            return null;
        }

        error = Insecure(parameter, uri, shown, suggest(ProbablyMeant(value)));
        return error is null ? uri : null;
    }

    /// <summary>
    /// The https address a value most likely stands for: the scheme made https, a git or SSH address turned into the web
    /// address, a ':' after the host made '/', and any user name or token left out (and any query and fragment, unless kept).
    /// </summary>
    public static string ProbablyMeant(string value, bool keepQuery = false)
    {
        var rest = value.Trim();
        if (rest.StartsWith("git+", StringComparison.OrdinalIgnoreCase))
        {
            rest = rest[4..];
        }

        var separator = rest.IndexOf("://", StringComparison.Ordinal);
        rest = separator >= 0 ? rest[(separator + 3)..] : rest;
        var authorityEnd = rest.IndexOfAny(['/', '?', '#']);
        var authority = authorityEnd < 0 ? rest : rest[..authorityEnd];
        var path = authorityEnd < 0 ? string.Empty : rest[authorityEnd..];
        authority = authority[(authority.LastIndexOf('@') + 1)..];
        var colon = authority.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0 && !authority[(colon + 1)..].All(char.IsAsciiDigit))
        {
            path = "/" + authority[(colon + 1)..] + path;
            authority = authority[..colon];
        }

        if (!keepQuery && path.IndexOfAny(['?', '#']) is var end and >= 0)
        {
            path = path[..end];
        }

        return $"https://{authority}{path}";
    }

    /// <summary>
    /// The value with any user name, password or token before the host replaced by <c>***</c>, so messages never repeat a
    /// secret. A bare user name in a git or SSH address (<c>ssh://git@host/…</c>) is a login name, not a secret, and stays.
    /// </summary>
    public static string Masked(string value)
    {
        var separator = value.IndexOf("://", StringComparison.Ordinal);
        if (separator < 0)
        {
            return value;
        }

        var scheme = value[..separator].ToLowerInvariant();
        var gitLogin = scheme is "ssh" or "git" or "git+ssh";

        var start = separator + 3;
        var authorityEnd = value.IndexOfAny(['/', '?', '#'], start);
        var at = value.LastIndexOf('@', authorityEnd < 0 ? value.Length - 1 : authorityEnd - 1);
        if (at < start || (gitLogin && !value[start..at].Contains(':', StringComparison.Ordinal)))
        {
            return value;
        }

        return value[..start] + "***" + value[at..];
    }

    private static DeployButtonError Schemeless(DeployParameter parameter, string value, string example, Func<string, string?> suggest)
    {
        var at = value.IndexOf('@', StringComparison.Ordinal);
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        if (colon > 0 && (slash < 0 || colon < slash) && (at < 0 || at < colon) && value[..colon].Contains('.', StringComparison.Ordinal))
        {
            return new DeployButtonError(parameter, DeployButtonErrorKind.NotHttps, value,
                "is a git address for cloning over SSH, not a web address: the dashboard downloads projects over https.", suggest(ProbablyMeant(value)));
        }

        var looksLikeHost = slash > 0 && at < 0 && value[..slash].Contains('.', StringComparison.Ordinal) && !value.StartsWith('.');
        return looksLikeHost
            ? new DeployButtonError(parameter, DeployButtonErrorKind.Malformed, value, "has no 'https://' at the start: the dashboard needs a complete web address.", suggest(ProbablyMeant(value)))
            : new DeployButtonError(parameter, DeployButtonErrorKind.Malformed, value, $"is not a web address: {example}");
    }

    // https://github.com:owner/repo: a ':' after the host that does not start a port number.
    private static bool HasColonPath(string value, int separator)
    {
        var start = separator + 3;
        var authorityEnd = value.IndexOfAny(['/', '?', '#'], start);
        var authority = authorityEnd < 0 ? value[start..] : value[start..authorityEnd];
        authority = authority[(authority.LastIndexOf('@') + 1)..];
        if (authority.StartsWith('['))
        {
            return false;
        }

        var colon = authority.IndexOf(':', StringComparison.Ordinal);
        return colon >= 0 && !(colon + 1 < authority.Length && authority[(colon + 1)..].All(char.IsAsciiDigit));
    }

    private static DeployButtonError? Insecure(DeployParameter parameter, Uri uri, string shown, string? suggestion)
    {
        if (uri.Scheme != Uri.UriSchemeHttps)
        {
            var reason = uri.Scheme switch
            {
                "http" => "starts with http://: the balena dashboard downloads only over a secure https connection.",
                "ssh" or "git" or "git+ssh" => "is a git address for cloning, not a web address: the dashboard downloads projects over https.",
                _ => $"uses '{uri.Scheme}:': the balena dashboard downloads only from https:// addresses.",
            };
            return new DeployButtonError(parameter, DeployButtonErrorKind.NotHttps, shown, reason, suggestion);
        }

        if (uri.UserInfo.Length > 0)
        {
            return new DeployButtonError(parameter, DeployButtonErrorKind.Credentials, shown,
                "holds a user name, password or token before the host: a deploy button is public, so anyone could read it; remove it and make the repository public.", suggestion);
        }

        return IsPublic(uri) ? null : new DeployButtonError(parameter, DeployButtonErrorKind.NotPublic, shown,
            $"names '{uri.Host}', which the balena dashboard cannot reach from the internet: use the project's public address.");
    }

    private static bool IsPublic(Uri uri)
    {
        if (uri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6)
        {
            return IPAddress.TryParse(uri.DnsSafeHost, out var address) && !IsPrivate(address);
        }

        var host = uri.IdnHost.TrimEnd('.');
        return host.Contains('.', StringComparison.Ordinal)
            && !host.EndsWith(".localhost", StringComparison.Ordinal)
            && !host.EndsWith(".local", StringComparison.Ordinal)
            && !host.EndsWith(".internal", StringComparison.Ordinal);
    }

    private static bool IsPrivate(IPAddress address)
    {
        if (IPAddress.IsLoopback(address) || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal)
        {
            return true;
        }

        if (address.AddressFamily != AddressFamily.InterNetwork)
        {
            return false;
        }

        var b = address.GetAddressBytes();
        return b[0] is 0 or 10 || (b[0] == 169 && b[1] == 254) || (b[0] == 172 && b[1] is >= 16 and <= 31) || (b[0] == 192 && b[1] == 168);
    }
}

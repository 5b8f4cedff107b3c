using System.Text;

namespace FleetCatalog.DeployButton;

/// <summary>Writes and reads the query of a deploy link the way the dashboard's browser reads it (URLSearchParams).</summary>
internal static class QueryString
{
    /// <summary>
    /// Percent-encodes a value for a query. ':' and '/' stay readable, as in balena's own examples
    /// (<c>repoUrl=https://github.com/owner/repo</c>); both are allowed in a query (RFC 3986, section 3.4). Everything
    /// that could end or change the value (<c>&amp; = + # ? %</c>, spaces, non-ASCII) is encoded.
    /// </summary>
    public static string Encode(string value)
    {
        var builder = new StringBuilder(value.Length + 16);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~' or ':' or '/')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(((int)b).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    /// <summary>The name/value pairs of a query (without '?'), in order, decoded: '+' is a space, malformed '%' escapes stay as written.</summary>
    public static List<KeyValuePair<string, string>> Parse(string query)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Decode(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? string.Empty : Decode(pair[(equals + 1)..]);
            pairs.Add(new KeyValuePair<string, string>(name, value));
        }

        return pairs;
    }

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}

using System.Text.RegularExpressions;

namespace FleetCatalog.Projects.Dockerfiles;

/// <summary>Docker's <c>$NAME</c>, <c>${NAME}</c>, <c>${NAME:-default}</c> and <c>${NAME:+alternative}</c> in a <c>FROM</c> line.</summary>
internal static partial class DockerfileVariables
{
    /// <summary>The names of the variables <paramref name="text"/> refers to.</summary>
    public static IEnumerable<string> References(string text) =>
        Reference().Matches(text).Select(m => m.Groups["braced"].Success ? m.Groups["braced"].Value : m.Groups["plain"].Value);

    /// <summary>
    /// <paramref name="text"/> with each variable replaced by its default; null when one has no value
    /// that can be known from the file (an <c>ARG</c> without default is set by whoever builds).
    /// </summary>
    public static string? Expand(string text, IReadOnlyDictionary<string, string?> arguments)
    {
        var unknown = false;
        var expanded = Reference().Replace(text, m =>
        {
            var name = m.Groups["braced"].Success ? m.Groups["braced"].Value : m.Groups["plain"].Value;

            // Docker expands an undeclared name to nothing (a build argument cannot set it); a declared
            // one without default is whatever the builder passes, which the file cannot tell.
            var declared = arguments.TryGetValue(name, out var value);
            if (declared && value is null)
            {
                unknown = true;
                return string.Empty;
            }

            var set = declared;
            var current = value ?? string.Empty;
            var word = m.Groups["word"].Value;
            return m.Groups["op"].Value switch
            {
                ":-" => current.Length > 0 ? current : word,
                "-" => set ? current : word,
                ":+" => current.Length > 0 ? word : string.Empty,
                "+" => set ? word : string.Empty,
                _ => current,
            };
        });
        return unknown ? null : expanded;
    }

    [GeneratedRegex(@"\$(?:\{(?<braced>[A-Za-z_][A-Za-z0-9_]*)(?:(?<op>:?[-+])(?<word>[^}]*))?\}|(?<plain>[A-Za-z_][A-Za-z0-9_]*))")]
    private static partial Regex Reference();
}

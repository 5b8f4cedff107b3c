using System.Collections.Immutable;

namespace FleetCatalog.Projects.Dockerfiles;

/// <summary>
/// Reads the <c>FROM</c> and global <c>ARG</c> instructions of a Dockerfile, with positions, the way
/// Docker splits it: line continuations, comments, the <c>escape</c> directive and heredocs.
/// Anything else is skipped; malformed lines are ignored, never reported.
/// </summary>
internal static class DockerfileReader
{
    public static Dockerfile Read(ProjectFile file) => Read(file.Path, file.Text);

    public static Dockerfile Read(string path, string text)
    {
        var stages = ImmutableArray.CreateBuilder<DockerfileStage>();
        var arguments = ImmutableDictionary.CreateBuilder<string, string?>(StringComparer.Ordinal);
        foreach (var instruction in Instructions(text))
        {
            var words = instruction.Words();
            if (words.Count == 0)
            {
                continue;
            }

            var keyword = words[0].Text;
            if (keyword.Equals("FROM", StringComparison.OrdinalIgnoreCase))
            {
                if (ReadFrom(words) is { } stage)
                {
                    stages.Add(stage);
                }
            }
            else if (keyword.Equals("ARG", StringComparison.OrdinalIgnoreCase) && stages.Count == 0)
            {
                foreach (var word in words.Skip(1))
                {
                    var equals = word.Text.IndexOf('=', StringComparison.Ordinal);
                    var name = equals < 0 ? word.Text : word.Text[..equals];
                    arguments[name] = equals < 0 ? null : Unquote(word.Text[(equals + 1)..]);
                }
            }
        }

        return new Dockerfile(path, stages.ToImmutable(), arguments.ToImmutable());
    }

    private static DockerfileStage? ReadFrom(List<DockerfileWord> words)
    {
        string? platform = null;
        var i = 1;
        for (; i < words.Count && words[i].Text.StartsWith("--", StringComparison.Ordinal); i++)
        {
            if (words[i].Text.StartsWith("--platform=", StringComparison.OrdinalIgnoreCase))
            {
                platform = Unquote(words[i].Text["--platform=".Length..]);
            }
        }

        if (i >= words.Count)
        {
            return null;
        }

        var image = words[i];
        string? name = i + 2 < words.Count && words[i + 1].Text.Equals("AS", StringComparison.OrdinalIgnoreCase) ? words[i + 2].Text : null;
        return new DockerfileStage(image.Text, platform, name, image.Span);
    }

    private static string Unquote(string text) =>
        text.Length >= 2 && (text[0] == '"' || text[0] == '\'') && text[^1] == text[0] ? text[1..^1] : text;

    /// <summary>Logical instructions: continued lines joined, comments and heredoc bodies dropped.</summary>
    private static IEnumerable<DockerfileInstruction> Instructions(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var escape = EscapeCharacter(lines);
        DockerfileInstruction? current = null;
        string? heredoc = null;
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n];
            if (heredoc is not null)
            {
                if (line.Trim() == heredoc)
                {
                    heredoc = null;
                }

                continue;
            }

            var trimmed = line.TrimStart();
            if (trimmed.StartsWith('#') || (current is null && trimmed.Length == 0))
            {
                continue;
            }

            current ??= new DockerfileInstruction();
            var body = line.TrimEnd();
            var continues = body.EndsWith(escape);
            current.Append(continues ? body[..^1] : body, n + 1);
            if (continues)
            {
                continue;
            }

            heredoc = HeredocDelimiter(current.ToString());
            yield return current;
            current = null;
        }

        if (current is not null)
        {
            yield return current;
        }
    }

    private static char EscapeCharacter(string[] lines)
    {
        // Parser directives come first, before any comment, blank line or instruction.
        foreach (var line in lines)
        {
            var directive = line.Trim();
            if (!directive.StartsWith('#') || !directive.Contains('=', StringComparison.Ordinal))
            {
                break;
            }

            var parts = directive[1..].Split('=', 2);
            if (parts[0].Trim().Equals("escape", StringComparison.OrdinalIgnoreCase) && parts[1].Trim() is [var c])
            {
                return c;
            }
        }

        return '\\';
    }

    private static string? HeredocDelimiter(string instruction)
    {
        var start = instruction.IndexOf("<<", StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var word = instruction[(start + 2)..].TrimStart('-').Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        var delimiter = word?.Trim('"', '\'');
        return delimiter is { Length: > 0 } && delimiter.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? delimiter : null;
    }
}

using System.Text;
using FleetCatalog.Diagnostics;

namespace FleetCatalog.Projects.Dockerfiles;

/// <summary>A word of a Dockerfile instruction and where it stands.</summary>
internal readonly record struct DockerfileWord(string Text, SourceSpan Span);

/// <summary>The text of one instruction and, for each character, the line and column it came from.</summary>
internal sealed class DockerfileInstruction
{
    private readonly StringBuilder _text = new();
    private readonly List<(int Line, int Column)> _positions = [];

    public void Append(string part, int line)
    {
        if (_text.Length > 0)
        {
            _text.Append(' ');
            _positions.Add((line, 0));
        }

        for (var i = 0; i < part.Length; i++)
        {
            _text.Append(part[i]);
            _positions.Add((line, i + 1));
        }
    }

    public List<DockerfileWord> Words()
    {
        var words = new List<DockerfileWord>();
        var text = _text.ToString();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var (line, column) = _positions[start];
            var (endLine, endColumn) = _positions[i - 1];
            words.Add(new DockerfileWord(text[start..i], new SourceSpan(line, column, endLine, endColumn + 1)));
        }

        return words;
    }

    public override string ToString() => _text.ToString();
}

using System.Text;

namespace FleetCatalog.Cli;

/// <summary>Writes to the console and keeps a copy (what a build reports, saved in its stamp to be shown again).</summary>
internal sealed class TeeWriter(TextWriter console) : TextWriter
{
    private readonly StringBuilder copy = new();

    public override Encoding Encoding => console.Encoding;

    public IEnumerable<string> Lines => copy.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r'));

    public override void Write(char value)
    {
        console.Write(value);
        copy.Append(value);
    }

    public override void Write(string? value)
    {
        console.Write(value);
        copy.Append(value);
    }

    public override void WriteLine(string? value)
    {
        console.WriteLine(value);
        copy.Append(value).Append('\n');
    }
}

using System.Globalization;
using System.Text;

namespace FleetCatalog.Output;

/// <summary>
/// A small JSON writer for the published files: keys in the order written, two-space indents, \n, and text
/// left as it is (UTF-8, no \u escapes for non-ASCII, emoji included, which System.Text.Json's encoders
/// always escape). Escapes only what JSON requires, plus U+2028/U+2029 for older JavaScript parsers.
/// </summary>
internal sealed class JsonOutput
{
    private readonly StringBuilder text = new();
    private readonly Stack<bool> hasItems = new();
    private bool afterName;

    public JsonOutput StartObject() => Open('{');

    public JsonOutput EndObject() => Close('}');

    public JsonOutput StartArray() => Open('[');

    public JsonOutput EndArray() => Close(']');

    public JsonOutput Name(string name)
    {
        Separate();
        Quote(name);
        text.Append(": ");
        afterName = true;
        return this;
    }

    public JsonOutput String(string? value) => value is null ? Null() : Raw(null, value);

    public JsonOutput Number(long value) => Raw(value.ToString(CultureInfo.InvariantCulture), null);

    public JsonOutput Number(long? value) => value is { } v ? Number(v) : Null();

    public JsonOutput Bool(bool value) => Raw(value ? "true" : "false", null);

    public JsonOutput Null() => Raw("null", null);

    public JsonOutput Strings(IEnumerable<string> values)
    {
        StartArray();
        foreach (var value in values)
        {
            String(value);
        }

        return EndArray();
    }

    public override string ToString() => text + "\n";

    private JsonOutput Open(char bracket)
    {
        Separate();
        text.Append(bracket);
        hasItems.Push(false);
        return this;
    }

    private JsonOutput Close(char bracket)
    {
        if (hasItems.Pop())
        {
            NewLine();
        }

        text.Append(bracket);
        return this;
    }

    private JsonOutput Raw(string? literal, string? quoted)
    {
        Separate();
        if (quoted is null)
        {
            text.Append(literal);
        }
        else
        {
            Quote(quoted);
        }

        return this;
    }

    // Before a value or a name: a comma after an earlier item, then a new line, unless the value follows its name.
    private void Separate()
    {
        if (afterName)
        {
            afterName = false;
            return;
        }

        if (hasItems.Count == 0)
        {
            return;
        }

        if (hasItems.Pop())
        {
            text.Append(',');
        }

        hasItems.Push(true);
        NewLine();
    }

    private void NewLine() => text.Append('\n').Append(' ', 2 * hasItems.Count);

    private void Quote(string value)
    {
        text.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case '\u2028' or '\u2029' or < ' ':
                    text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        text.Append(c).Append(value[++i]);
                    }
                    else
                    {
                        // A lone surrogate cannot be written as UTF-8.
                        text.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
                    }

                    break;
            }
        }

        text.Append('"');
    }
}

using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace FleetCatalog.Rendering.Markdown.CodeBlocks;

/// <summary>
/// Code blocks as <c>&lt;div class="guide-code"&gt;&lt;pre&gt;&lt;code class="language-xxx"&gt;</c>: the wrapper is
/// where <see cref="CopyButtons"/> puts the copy button, the class is what syntax highlighters read.
/// </summary>
internal sealed class CopyableCodeBlockRenderer : HtmlObjectRenderer<CodeBlock>
{
    protected override void Write(HtmlRenderer renderer, CodeBlock obj)
    {
        renderer.EnsureLine();
        renderer.Write("<div class=\"guide-code\"><pre><code");
        if (obj is FencedCodeBlock { Info: { } info } && Language(info) is { } language)
        {
            renderer.Write(" class=\"language-").Write(language).Write('"');
        }

        renderer.Write('>');
        renderer.WriteLeafRawLines(obj, true, true);
        renderer.Write("</code></pre></div>");
        renderer.WriteLine();
    }

    // The info string's first word, when it is a plausible language name ("python", "c++", "shell-session").
    private static string? Language(string info)
    {
        var word = info.Trim().Split(' ', '\t', '{', ',')[0];
        var valid = word.Length is > 0 and <= 40 && word.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '+' or '#' or '.');
        return valid ? word : null;
    }
}

using System.Text.Json;
using FleetCatalog.Tests.Testing;
using Microsoft.Playwright;

namespace FleetCatalog.BrowserTests;

/// <summary>
/// Runs axe-core (npm, tools/site-checks) in a page. The pages' Content-Security-Policy allows only their
/// own scripts, so the context that uses this must bypass CSP (<see cref="BrowserNewContextOptions.BypassCSP"/>).
/// </summary>
internal static class Axe
{
    /// <summary>The WCAG 2.0, 2.1 and 2.2 level A and AA rules.</summary>
    public static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    private static readonly Lazy<string> Script = new(NodeTools.AxeScript);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<IReadOnlyList<AxeViolation>> RunAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Script.Value });
        var json = await page.EvaluateAsync<string>("""
            async tags => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
              return JSON.stringify(result.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                targets: v.nodes.map(n => n.target.join(' ') + (n.failureSummary ? ' — ' + n.failureSummary.replace(/\s+/g, ' ') : '')),
              })));
            }
            """, Tags);
        return JsonSerializer.Deserialize<AxeViolation[]>(json, Json) ?? [];
    }
}

using System.CommandLine;
using System.CommandLine.Parsing;
using FleetCatalog.Sources.Refresh;

namespace FleetCatalog.Cli;

/// <summary><c>build --max-unreachable</c>: how much of the catalog an outage may cost before the build publishes nothing (<see cref="OutageCheck"/>).</summary>
internal static class MaxUnreachableOption
{
    // No default value on the option itself: help would show it as the share it is stored as (0.5), not as the
    // percentage the option takes; the description says 50% and Share() applies it.
    public static Option<double?> Create() => new("--max-unreachable")
    {
        Description = "Publish nothing (exit 3) when more than this share of the projects cannot be reached and have no earlier snapshot (default 50%; 100% never stops).",
        HelpName = "percent",
        CustomParser = Parse,
    };

    /// <summary>The share given, or the default when the option is absent.</summary>
    public static double Share(ParseResult result, Option<double?> option) =>
        result?.GetValue(option) ?? OutageCheck.DefaultMaxUnreachable;

    private static double? Parse(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (OutageCheck.ParsePercent(text) is { } share)
        {
            return share;
        }

        result.AddError($"--max-unreachable takes a percentage from 0% to 100%, such as 50%, not '{text}'");
        return OutageCheck.DefaultMaxUnreachable;
    }
}

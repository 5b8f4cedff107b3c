using System.CommandLine;
using System.CommandLine.Parsing;
using FleetCatalog.Sources.Refresh;

namespace FleetCatalog.Cli;

/// <summary><c>build --max-unreachable</c>: how much of the catalog an outage may cost before the build publishes nothing (<see cref="OutageCheck"/>).</summary>
internal static class MaxUnreachableOption
{
    public static Option<double> Create() => new("--max-unreachable")
    {
        Description = "Publish nothing (exit 3) when more than this share of the projects cannot be reached and have no earlier snapshot (default 50%; 100% never stops).",
        DefaultValueFactory = _ => OutageCheck.DefaultMaxUnreachable,
        CustomParser = Parse,
    };

    private static double Parse(ArgumentResult result)
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

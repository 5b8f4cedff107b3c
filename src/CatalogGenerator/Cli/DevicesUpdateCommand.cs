using System.CommandLine;

namespace FleetCatalog.Cli;

/// <summary><c>catalog devices update</c>: refresh the device-type list from balena's public API.</summary>
internal static class DevicesUpdateCommand
{
    public static Command Create()
    {
        var command = new Command("update", "Refresh the device-type list from balena's public API (needs the internet).");
        command.SetAction(result =>
        {
            result.InvocationConfiguration.Error.WriteLine("catalog devices update: not available yet");
            return ExitCodes.Unreadable;
        });
        return command;
    }
}

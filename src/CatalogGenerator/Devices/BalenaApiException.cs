namespace FleetCatalog.Devices;

/// <summary>balena's API could not be reached, or answered something that is not a device-type list.</summary>
internal sealed class BalenaApiException : Exception
{
    public BalenaApiException()
    {
    }

    public BalenaApiException(string message)
        : base(message)
    {
    }

    public BalenaApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

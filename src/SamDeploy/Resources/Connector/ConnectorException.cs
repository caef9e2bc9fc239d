namespace SamDeploy.Resources.Connector;

/// <summary>
/// A connector's source or destination cannot be used (an unknown id, a missing value); the connector turns it into
/// an error on its own resource.
/// </summary>
internal sealed class ConnectorException : Exception
{
    public ConnectorException()
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

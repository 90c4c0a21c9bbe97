namespace Leads.Sdk;

/// <summary>
/// Base class of every exception the Leads.Sdk clients throw, so callers can catch one type.
/// Messages never contain credentials, tokens or authentication header values.
/// </summary>
public abstract class LeadsException : Exception
{
    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">A description of the failure, free of secrets.</param>
    protected LeadsException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">A description of the failure, free of secrets.</param>
    /// <param name="innerException">The cause.</param>
    protected LeadsException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}

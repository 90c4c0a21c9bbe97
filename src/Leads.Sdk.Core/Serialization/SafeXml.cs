using System.Xml;
using System.Xml.Linq;

namespace Leads.Sdk.Serialization;

/// <summary>
/// Reads XML from servers without trusting it: DTDs are refused (so no entity expansion and no external
/// entities), nothing is resolved, and the document size is capped.
/// </summary>
internal static class SafeXml
{
    /// <summary>The default cap on characters in a response document (4 Mi characters).</summary>
    public const long DefaultMaxCharacters = 4L * 1024 * 1024;

    /// <summary>Reader settings that prohibit DTDs, resolve nothing and cap the document size.</summary>
    /// <param name="maxCharacters">The most characters a document may have.</param>
    public static XmlReaderSettings CreateReaderSettings(long maxCharacters = DefaultMaxCharacters) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = maxCharacters,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        Async = true,
        CloseInput = false,
    };

    /// <summary>Loads a document from a stream with the safe settings and the default size cap.</summary>
    /// <param name="stream">The XML.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="XmlException">The XML is malformed, has a DTD, or is too large.</exception>
    public static Task<XDocument> LoadAsync(Stream stream, CancellationToken cancellationToken)
        => LoadAsync(stream, DefaultMaxCharacters, cancellationToken);

    /// <summary>Loads a document from a stream with the safe settings.</summary>
    /// <param name="stream">The XML.</param>
    /// <param name="maxCharacters">The most characters the document may have.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="XmlException">The XML is malformed, has a DTD, or is too large.</exception>
    public static async Task<XDocument> LoadAsync(Stream stream, long maxCharacters, CancellationToken cancellationToken)
    {
        using var reader = XmlReader.Create(stream, CreateReaderSettings(maxCharacters));
        return await XDocument.LoadAsync(reader, LoadOptions.None, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Parses a document from text with the safe settings.</summary>
    /// <param name="xml">The XML.</param>
    /// <param name="maxCharacters">The most characters the document may have.</param>
    /// <exception cref="XmlException">The XML is malformed, has a DTD, or is too large.</exception>
    public static XDocument Parse(string xml, long maxCharacters = DefaultMaxCharacters)
    {
        var settings = CreateReaderSettings(maxCharacters);
        settings.Async = false;
        using var text = new StringReader(xml);
        using var reader = XmlReader.Create(text, settings);
        return XDocument.Load(reader);
    }

    /// <summary>Whether <paramref name="name"/> is a valid XML element or attribute name.</summary>
    /// <param name="name">The name.</param>
    public static bool IsValidName(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        try
        {
            XmlConvert.VerifyName(name);
            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }

    /// <summary>Whether every character of <paramref name="value"/> can be carried by XML 1.0.</summary>
    /// <param name="value">The text.</param>
    public static bool IsValidText(string? value)
    {
        if (value is null)
        {
            return true;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            if (!XmlConvert.IsXmlChar(c))
            {
                return false;
            }
        }

        return true;
    }
}

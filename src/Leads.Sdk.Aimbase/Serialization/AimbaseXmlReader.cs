using System.Text.Json;
using System.Xml;
using Leads.Sdk.Serialization;

namespace Leads.Sdk.Aimbase.Serialization;

/// <summary>
/// Reads the documented XML response (<c>&lt;Leads&gt;&lt;Lead&gt;&lt;Id/&gt;&lt;Status/&gt;…&lt;/Lead&gt;&lt;/Leads&gt;</c>) in one forward
/// pass, matching element names case-insensitively and ignoring namespaces; the first element of a name wins, an element's
/// value is all its text (trimmed), and <c>xsi:nil</c> and empty elements read as null. Also accepted: a
/// <c>&lt;LeadResponse&gt;</c> root, records inside <c>&lt;LeadResponseRecords&gt;</c> (then records beside it are ignored), and a
/// single record without a wrapper. Elements of a record (or of the root) that the model does not know are kept as JSON
/// strings of their text (<c>xsi:nil</c> as JSON null), the first of a name winning.
/// </summary>
internal static class AimbaseXmlReader
{
    private static readonly XmlReaderSettings Settings = CreateSettings();

    /// <exception cref="XmlException">Malformed XML or a DTD.</exception>
    /// <exception cref="FormatException">Another root element.</exception>
    public static AimbaseResponseDto Parse(string xml)
    {
        using var text = new StringReader(xml);
        using var reader = XmlReader.Create(text, Settings);
        reader.MoveToContent();
        if (!Is(reader, "Leads") && !Is(reader, "LeadResponse") && !Is(reader, "Lead"))
        {
            throw new FormatException($"The root element is <{reader.LocalName}>, not <Leads>.");
        }

        // The root may itself be a record (no wrapper), so its record fields are read too; records beside a
        // <LeadResponseRecords> container are ignored in favour of the container's.
        var root = new RecordFields();
        var topLevelError = new Field();
        List<AimbaseRecordDto> records = [];
        List<AimbaseRecordDto>? containerRecords = null;
        if (!reader.IsEmptyElement)
        {
            var depth = reader.Depth;
            while (NextChildElement(reader, depth))
            {
                if (IsRecord(reader))
                {
                    records.Add(ReadRecord(reader));
                }
                else if (Is(reader, "LeadResponseRecords") && containerRecords is null)
                {
                    containerRecords = ReadRecords(reader);
                }
                else if (!topLevelError.TryRead(reader, "TopLevelError") && !root.TryRead(reader))
                {
                    root.Keep(reader);
                }
            }
        }

        // Malformed content after the root (a second root, trailing text) is still an error.
        while (reader.Read())
        {
        }

        records = containerRecords ?? records;
        var rootIsRecord = records.Count == 0 && root.Status.Found;
        if (rootIsRecord)
        {
            records.Add(root.ToDto());
        }

        return new AimbaseResponseDto
        {
            TopLevelError = topLevelError.Value,
            LeadResponseRecords = records,
            AdditionalFields = rootIsRecord ? null : root.AdditionalFields,
        };
    }

    private static XmlReaderSettings CreateSettings()
    {
        var settings = SafeXml.CreateReaderSettings();
        settings.Async = false;
        return settings;
    }

    // The reader is on the container's start; returns on its end.
    private static List<AimbaseRecordDto> ReadRecords(XmlReader reader)
    {
        var records = new List<AimbaseRecordDto>();
        if (!reader.IsEmptyElement)
        {
            var depth = reader.Depth;
            while (NextChildElement(reader, depth))
            {
                if (IsRecord(reader))
                {
                    records.Add(ReadRecord(reader));
                }
                else
                {
                    SkipElement(reader);
                }
            }
        }

        return records;
    }

    private static AimbaseRecordDto ReadRecord(XmlReader reader)
    {
        var fields = new RecordFields();
        if (!reader.IsEmptyElement)
        {
            var depth = reader.Depth;
            while (NextChildElement(reader, depth))
            {
                if (!fields.TryRead(reader))
                {
                    fields.Keep(reader);
                }
            }
        }

        return fields.ToDto();
    }

    private static List<AimbaseMessageDto> ReadMessages(XmlReader reader)
    {
        var messages = new List<AimbaseMessageDto>();
        if (!reader.IsEmptyElement)
        {
            var depth = reader.Depth;
            while (NextChildElement(reader, depth))
            {
                messages.Add(ReadMessage(reader));
            }
        }

        return messages;
    }

    // <Message><Field/><Message/></Message>, or <Message>text</Message> without child elements.
    private static AimbaseMessageDto ReadMessage(XmlReader reader)
    {
        var nil = IsNil(reader);
        var field = new Field();
        var message = new Field();
        var hasElements = false;
        string? text = null;
        if (!reader.IsEmptyElement)
        {
            var depth = reader.Depth;
            while (reader.Read() && reader.Depth > depth)
            {
                if (reader.NodeType == XmlNodeType.Element)
                {
                    hasElements = true;
                    if (!field.TryRead(reader, "Field") && !message.TryRead(reader, "Message"))
                    {
                        SkipElement(reader);
                    }
                }
                else if (IsText(reader.NodeType))
                {
                    text += reader.Value;
                }
            }
        }

        return new AimbaseMessageDto { Field = field.Value, Message = message.Value ?? (hasElements || nil ? null : Trimmed(text)) };
    }

    // An element's value: all its text, trimmed; xsi:nil or nothing but white space is null. Ends on the element's end.
    private static string? ReadText(XmlReader reader)
    {
        if (IsNil(reader))
        {
            SkipElement(reader);
            return null;
        }

        if (reader.IsEmptyElement)
        {
            return null;
        }

        string? text = null;
        var depth = reader.Depth;
        while (reader.Read() && reader.Depth > depth)
        {
            if (IsText(reader.NodeType))
            {
                text += reader.Value;
            }
        }

        return Trimmed(text);
    }

    // Leaves the reader on the element's end (or on the empty element itself), so the caller's Read moves past it.
    // Moves to the next child element of the (non-empty) element at depth; false once that element has ended.
    private static bool NextChildElement(XmlReader reader, int depth)
    {
        while (reader.Read() && reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                return true;
            }
        }

        return false;
    }

    private static void SkipElement(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            return;
        }

        var depth = reader.Depth;
        while (reader.Read() && reader.Depth > depth)
        {
        }
    }

    private static bool IsRecord(XmlReader reader) => Is(reader, "Lead") || Is(reader, "LeadResponseRecord") || Is(reader, "LeadResponse");

    private static bool Is(XmlReader reader, string name) => string.Equals(reader.LocalName, name, StringComparison.OrdinalIgnoreCase);

    private static bool IsNil(XmlReader reader)
        => reader.HasAttributes && string.Equals(reader.GetAttribute("nil", AimbaseXmlWriter.XsiNamespace), "true", StringComparison.OrdinalIgnoreCase);

    private static bool IsText(XmlNodeType type)
        => type is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace;

    private static string? Trimmed(string? text)
    {
        var value = text?.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    // The first element of a name sets the value, even when that element is empty or nil.
    private struct Field
    {
        public bool Found;
        public string? Value;

        public bool TryRead(XmlReader reader, string name)
        {
            if (Found || !Is(reader, name))
            {
                return false;
            }

            Found = true;
            Value = ReadText(reader);
            return true;
        }
    }

    private struct RecordFields
    {
        public Field LeadApiIdentifier;
        public Field Id;
        public Field Status;
        public Field StatusMessage;
        public List<AimbaseMessageDto>? Messages;
        public Dictionary<string, JsonElement>? AdditionalFields;

        public bool TryRead(XmlReader reader)
        {
            if (LeadApiIdentifier.TryRead(reader, "LeadApiIdentifier") || Id.TryRead(reader, "Id")
                || Status.TryRead(reader, "Status") || StatusMessage.TryRead(reader, "StatusMessage"))
            {
                return true;
            }

            if (Messages is null && Is(reader, "Messages"))
            {
                Messages = ReadMessages(reader);
                return true;
            }

            return false;
        }

        // An element the model does not know, kept as the JSON string of its text; the first of a name wins.
        public void Keep(XmlReader reader)
        {
            var name = reader.LocalName;
            var nil = IsNil(reader);
            var text = ReadText(reader);
            var value = JsonSerializer.SerializeToElement(nil ? null : text ?? string.Empty, AimbaseJsonContext.Default.String);
            (AdditionalFields ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal)).TryAdd(name, value);
        }

        public readonly AimbaseRecordDto ToDto() => new()
        {
            LeadApiIdentifier = LeadApiIdentifier.Value,
            Id = Id.Value,
            Status = Status.Value,
            StatusMessage = StatusMessage.Value,
            Messages = Messages,
            AdditionalFields = AdditionalFields,
        };
    }
}

using System;
using System.Text.Json;

namespace UsageGen.LaunchDarkly
{
    /// <summary>
    /// Checks a JSON body block by block as it arrives, with <see cref="Utf8JsonReader"/> (nothing is allocated per
    /// token), and tells a body that was cut off from one that was never JSON: while more data may follow, the reader
    /// stops at an incomplete token without complaint, so any error before the end is malformed JSON, and any failure
    /// once the data has ended means it ended inside a value. The reader's defaults match the
    /// <see cref="JsonDocument"/> defaults that Kiota parses with (depth 64, no comments, no trailing commas).
    /// </summary>
    internal sealed class JsonBodyScanner
    {
        private JsonReaderState _state;
        private bool _started;
        private bool _sawToken;
        private bool _rootComplete;
        private long _consumedBefore;

        /// <summary>Where the body stopped being valid: the offset of the last complete token before the error.</summary>
        public long ErrorOffset { get; private set; }

        /// <summary>
        /// Reads the complete tokens of <paramref name="block"/>. <paramref name="consumed"/> says how many bytes were
        /// used; the caller passes the rest again, followed by more data.
        /// </summary>
        /// <returns>False when the body is not JSON; reading more cannot change that.</returns>
        public bool TryScan(ReadOnlySpan<byte> block, out int consumed)
        {
            consumed = SkipByteOrderMark(block, isFinalBlock: false);
            if (!_started)
            {
                return true;
            }

            return Read(block.Slice(consumed), isFinalBlock: false, ref consumed);
        }

        /// <summary>Reads what is left once the body has ended and says what the body was.</summary>
        public JsonBodyState Finish(ReadOnlySpan<byte> rest)
        {
            var consumed = SkipByteOrderMark(rest, isFinalBlock: true);
            rest = rest.Slice(consumed);
            if (!_sawToken && IsWhitespace(rest))
            {
                return JsonBodyState.Empty;
            }

            return Read(rest, isFinalBlock: true, ref consumed) && _rootComplete ? JsonBodyState.Complete : JsonBodyState.Truncated;
        }

        private bool Read(ReadOnlySpan<byte> data, bool isFinalBlock, ref int consumed)
        {
            var reader = new Utf8JsonReader(data, isFinalBlock, _state);
            try
            {
                while (reader.Read())
                {
                    _sawToken = true;
                    if (reader.CurrentDepth == 0 && reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray or JsonTokenType.PropertyName))
                    {
                        _rootComplete = true;
                    }
                }
            }
            catch (JsonException)
            {
                ErrorOffset = _consumedBefore + consumed + reader.BytesConsumed;
                return false;
            }

            _state = reader.CurrentState;
            consumed += (int)reader.BytesConsumed;
            _consumedBefore += consumed;
            return true;
        }

        // Utf8JsonReader rejects a byte order mark, which JsonDocument (and so Kiota) skips.
        private int SkipByteOrderMark(ReadOnlySpan<byte> block, bool isFinalBlock)
        {
            if (_started)
            {
                return 0;
            }

            if (block.Length < 3 && !isFinalBlock)
            {
                return 0;
            }

            _started = true;
            return block.Length >= 3 && block[0] == 0xEF && block[1] == 0xBB && block[2] == 0xBF ? 3 : 0;
        }

        private static bool IsWhitespace(ReadOnlySpan<byte> data)
        {
            foreach (var value in data)
            {
                if (value is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
                {
                    return false;
                }
            }

            return true;
        }
    }
}

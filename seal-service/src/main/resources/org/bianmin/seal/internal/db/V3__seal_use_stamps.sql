-- A sealed OFD document's use record says where its stamps are (page and box, in millimetres);
-- empty for a detached signature.
ALTER TABLE seal_use ADD COLUMN stamps ${text};

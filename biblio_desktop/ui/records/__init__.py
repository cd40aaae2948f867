"""Records leaving the computer: certificates, the signed record, sync to an LRS, USB export."""

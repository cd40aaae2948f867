"""The facilitator's overview of every learner, exports and learner management."""

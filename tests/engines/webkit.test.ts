import { describeReaderOn } from "./readerBehaviours";
import { webkit } from "./webkit";

describeReaderOn(webkit);
